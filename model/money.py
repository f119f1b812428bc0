"""Exact money: integer cents in SQLite, ``Decimal`` in the domain, never float.

SQLAlchemy's ``Numeric`` goes through float on SQLite, so money columns use :class:`MoneyType`, which stores
integer cents and hands back ``Decimal`` with two places.
"""

from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Integer
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


class MoneyError(ValueError):
    """Raised for a value that is not an exact amount of money (a float, NaN, text)."""


def to_money(value: Decimal | int | str) -> Decimal:
    """Return ``value`` as a ``Decimal`` rounded to cents (banker's rounding).

    Floats are refused on purpose: ``0.1 + 0.2`` must never reach a budget.
    """
    if isinstance(value, (bool, float)):
        raise MoneyError(f"money must be Decimal, int or str, not {type(value).__name__}: {value!r}")
    try:
        amount = Decimal(value)
    except (InvalidOperation, TypeError) as error:
        raise MoneyError(f"not an amount of money: {value!r}") from error
    if not amount.is_finite():
        raise MoneyError(f"not a finite amount of money: {value!r}")
    return amount.quantize(CENT, rounding=ROUND_HALF_EVEN)


def to_cents(value: Decimal | int | str) -> int:
    """Return the integer number of cents in ``value`` (rounded half-even to the cent)."""
    return int(to_money(value) * 100)


def from_cents(cents: int) -> Decimal:
    """Return ``cents`` as a ``Decimal`` amount with two places."""
    return Decimal(cents).scaleb(-2).quantize(CENT)


class MoneyType(TypeDecorator[Decimal]):
    """Column type: ``Decimal`` in Python, integer cents in the database."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        return to_cents(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return from_cents(int(value))


class HundredthsType(MoneyType):
    """Column type for exact percentages such as a VAT rate of 21.00 or 5.50: stored as integer hundredths."""

    cache_ok = True
