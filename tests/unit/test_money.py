"""Money is exact: integer cents in the database, Decimal in the domain, floats refused."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Column, Integer, MetaData, Table, create_engine, insert, select

from model.money import MoneyError, MoneyType, from_cents, to_cents, to_money


def test_rounding_is_half_even_to_the_cent() -> None:
    assert to_money("2.345") == Decimal("2.34")
    assert to_money("2.355") == Decimal("2.36")
    assert to_money(7) == Decimal("7.00")


@pytest.mark.parametrize("bad", [0.1, float("nan"), "abc", "Infinity", True])
def test_floats_and_non_numbers_are_refused(bad: object) -> None:
    with pytest.raises(MoneyError):
        to_money(bad)  # type: ignore[arg-type]


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_cents_round_trip(cents: int) -> None:
    assert to_cents(from_cents(cents)) == cents


def test_money_column_stores_integer_cents() -> None:
    metadata = MetaData()
    table = Table("t", metadata, Column("id", Integer, primary_key=True), Column("amount", MoneyType()))
    engine = create_engine("sqlite://")
    try:
        with engine.begin() as connection:
            metadata.create_all(connection)
            connection.execute(insert(table), [{"id": 1, "amount": Decimal("1234567.89")}])
            stored = connection.exec_driver_sql("SELECT amount, typeof(amount) FROM t").one()
            assert tuple(stored) == (123456789, "integer")
            assert connection.execute(select(table.c.amount)).scalar_one() == Decimal("1234567.89")
    finally:
        engine.dispose()
