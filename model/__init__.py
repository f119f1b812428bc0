"""Belfry's domain model: SQLAlchemy 2 entities, enums, typed ids, money and the schema version.

Import the entities from here (``from model import Task``) or from their modules.
"""
