"""Every entity of the domain survives a save and a reopen of the project file, value for value.

The rows are generated from the schema itself (every table, every column, non-default values), so a new column
or table is covered without touching this test.
"""

import datetime as dt
import enum
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Float, Integer, String, Table, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.types import Enum as SqlEnum
from sqlalchemy.types import TypeDecorator

from model.base import Base
from model.money import HundredthsType, MoneyType
from services import project_file

# Values that must satisfy a CHECK constraint of the schema.
OVERRIDES: dict[str, Any] = {
    "weekday": 3,
    "start_minute": 480,
    "end_minute": 720,
    "fiscal_year": 2026,
    "fiscal_year_start_month": 7,
    "number": 4,
    "priority": 700,
    "percent_complete": 45,
    "physical_percent_complete": 40,
}
SCORE_COLUMNS = {"probability", "impact", "power", "interest"}


def sample_value(table: Table, column: Column[Any], row_number: int) -> Any:
    """A valid, non-default value for ``column`` in row ``row_number`` (1-based)."""
    name = column.name
    if column.foreign_keys:
        referred = next(iter(column.foreign_keys)).column.table
        # Self references point at the first row; the first row has none (it is the root).
        if referred is table:
            return None if row_number == 1 else 1
        # A reference to a table inserted later (a use_alter cycle) cannot be filled yet.
        order = Base.metadata.sorted_tables
        if order.index(referred) > order.index(table):
            return None
        # Row n refers to row n, except a link's successor, which is the other row (no self-links).
        return 3 - row_number if name == "successor_id" else row_number
    if name in OVERRIDES and isinstance(column.type, Integer):
        return OVERRIDES[name] + (row_number if name in {"weekday", "number", "fiscal_year"} else 0)
    if any(name.startswith(prefix) for prefix in SCORE_COLUMNS):
        return 4
    for column_type, make in SAMPLES_BY_TYPE:
        if isinstance(column.type, column_type):
            return make(table, column, row_number)
    raise AssertionError(f"no sample for {table.name}.{name} ({column.type!r})")


def _enum_sample(table: Table, column: Column[Any], row_number: int) -> Any:
    enum_class = column.type.enum_class if isinstance(column.type, SqlEnum) else None
    return list(enum_class)[-1].value if enum_class else None


def _integer_sample(table: Table, column: Column[Any], row_number: int) -> int:
    return row_number if column.primary_key else 1000 + row_number


# The first matching type wins: the money types are TypeDecorators over Integer, so they come first.
SAMPLES_BY_TYPE: list[tuple[type, Callable[[Table, Column[Any], int], Any]]] = [
    (HundredthsType, lambda table, column, row: Decimal("5.50")),
    (MoneyType, lambda table, column, row: Decimal("1234567.89") + row),
    (SqlEnum, _enum_sample),
    (Boolean, lambda table, column, row: True),
    (DateTime, lambda table, column, row: dt.datetime(2026, 3, 17, 13, 45) + dt.timedelta(days=row)),
    (Date, lambda table, column, row: dt.date(2026, 9, 27) + dt.timedelta(days=row)),
    (Float, lambda table, column, row: 12.5),
    (Integer, _integer_sample),
    (TypeDecorator, _integer_sample),
    (String, lambda table, column, row: f"Élément {table.name}.{column.name} n°{row} — Überprüfung ç"),
]


def sample_rows(table: Table) -> list[dict[str, Any]]:
    return [{column.name: sample_value(table, column, number) for column in table.columns} for number in (1, 2)]


def dump(session: Session) -> dict[str, list[tuple[Any, ...]]]:
    return {
        table.name: [tuple(row) for row in session.execute(select(table).order_by(*table.primary_key.columns))]
        for table in Base.metadata.sorted_tables
    }


def test_every_entity_round_trips_through_a_file(tmp_path: Path) -> None:
    target = tmp_path / "every-entity.belfry"

    def build(session: Session) -> None:
        for table in Base.metadata.sorted_tables:
            session.execute(insert(table), sample_rows(table))

    project_file.write_new(target, build)
    with project_file.open_for_reading(target) as store:
        stored = store.read(dump)

    assert set(stored) == {table.name for table in Base.metadata.sorted_tables}
    for table in Base.metadata.sorted_tables:
        expected = [tuple(row.values()) for row in sample_rows(table)]
        converted = [
            tuple(value.value if isinstance(value, enum.Enum) else value for value in row) for row in stored[table.name]
        ]
        assert converted == expected, table.name
    money = stored["budget_line"][0][[c.name for c in Base.metadata.tables["budget_line"].columns].index("amount")]
    assert isinstance(money, Decimal)
