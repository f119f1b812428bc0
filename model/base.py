"""The declarative base: how Python annotations map to column types in every entity."""

import datetime as dt
from decimal import Decimal
from enum import Enum
from typing import Any, ClassVar

from sqlalchemy import Date, DateTime, Integer, MetaData, String
from sqlalchemy import Enum as SqlEnum
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeEngine

from model import ids
from model.money import MoneyType

# Deterministic constraint names, so hand-written migrations can refer to them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of every entity.

    ``Mapped[Decimal]`` is money (integer cents); enums store their stable ``value`` strings (never the member name)
    without a CHECK constraint, so adding a value never needs a table rebuild; typed ids are integers.
    """

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, TypeEngine[Any]]] = {
        Decimal: MoneyType(),
        str: String(),
        dt.date: Date(),
        dt.datetime: DateTime(),
        Enum: SqlEnum(
            Enum,
            values_callable=lambda members: [member.value for member in members],
            native_enum=False,
            create_constraint=False,
            validate_strings=True,
            length=40,
        ),
        **{id_type: Integer() for id_type in ids.ALL_ID_TYPES},
    }
