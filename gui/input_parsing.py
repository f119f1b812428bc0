"""Parsing and formatting of what users type in the task table: durations and predecessor lists.

Qt-free and pure (input parsing, not business rules), so it is tested without a widget. Units follow the project's
time units: a day is ``minutes_per_day`` working minutes, a week ``minutes_per_week``, a month ``days_per_month`` days.

Duration text: a number (``.`` or ``,`` as the decimal separator) and an optional unit: ``m`` (minutes), ``h``
(hours), ``d`` (days, the default), ``w`` (weeks), ``mo`` (months); ``0d`` is a milestone. Whole words are accepted
too (``5 days``, ``3 weeks``), and the Dutch and French symbols and words MS Project uses (``5j``, ``2 sem``, ``3u``,
``1 ma``, ``4 jours``, ``2 weken``). Durations are shown with the symbols of the user's language.

Predecessor text follows :mod:`services.queries`: comma- or semicolon-separated items ``{uid}{type}{lag}``, e.g.
``"3FS+2d, 5SS-1d, 7FF+10%"``. The type defaults to FS; the lag is signed with a unit ``d``/``h``/``m`` (working
time), ``ed``/``eh``/``em`` (elapsed time, 1,440-minute days) or ``%`` (of the predecessor's duration). Errors are
:class:`InputError` with one sentence for the user.
"""

import re
from dataclasses import dataclass

from model.enums import DependencyType, DurationUnit, LagKind
from services import i18n

_ = i18n.translate

MINUTES_PER_HOUR = 60
MINUTES_PER_ELAPSED_DAY = 1440


class InputError(ValueError):
    """Text that cannot be read; ``str(error)`` is one sentence for the user."""


@dataclass(frozen=True, slots=True)
class TimeUnits:
    """The project's time units, in working minutes."""

    minutes_per_day: int = 480
    minutes_per_week: int = 2400
    days_per_month: int = 20

    def minutes_of(self, unit: DurationUnit) -> int:
        """Working minutes in one ``unit``."""
        return {
            DurationUnit.MINUTES: 1,
            DurationUnit.HOURS: MINUTES_PER_HOUR,
            DurationUnit.DAYS: self.minutes_per_day,
            DurationUnit.WEEKS: self.minutes_per_week,
            DurationUnit.MONTHS: self.minutes_per_day * self.days_per_month,
        }[unit]


@dataclass(frozen=True, slots=True)
class Duration:
    """A parsed duration: working ``minutes`` and the ``unit`` it was typed in (shown in that unit)."""

    minutes: int
    unit: DurationUnit


@dataclass(frozen=True, slots=True)
class PredecessorSpec:
    """One parsed predecessor: the predecessor's task uid, the link type and its lag.

    ``lag`` in minutes (working, or elapsed for ``LagKind.ELAPSED``); ``lag_percent`` for ``LagKind.PERCENT``.
    """

    uid: int
    type: DependencyType = DependencyType.FINISH_TO_START
    lag_kind: LagKind = LagKind.WORKING
    lag: int = 0
    lag_percent: float = 0.0


_UNIT_WORDS: dict[str, DurationUnit] = {
    "": DurationUnit.DAYS,
    "m": DurationUnit.MINUTES,
    "min": DurationUnit.MINUTES,
    "mins": DurationUnit.MINUTES,
    "minute": DurationUnit.MINUTES,
    "minutes": DurationUnit.MINUTES,
    "h": DurationUnit.HOURS,
    "hr": DurationUnit.HOURS,
    "hrs": DurationUnit.HOURS,
    "hour": DurationUnit.HOURS,
    "hours": DurationUnit.HOURS,
    "u": DurationUnit.HOURS,  # Dutch "uur"
    "d": DurationUnit.DAYS,
    "day": DurationUnit.DAYS,
    "days": DurationUnit.DAYS,
    "j": DurationUnit.DAYS,  # French "jour"
    "w": DurationUnit.WEEKS,
    "wk": DurationUnit.WEEKS,
    "wks": DurationUnit.WEEKS,
    "week": DurationUnit.WEEKS,
    "weeks": DurationUnit.WEEKS,
    "s": DurationUnit.WEEKS,  # French "semaine"
    "mo": DurationUnit.MONTHS,
    "mon": DurationUnit.MONTHS,
    "month": DurationUnit.MONTHS,
    "months": DurationUnit.MONTHS,
    # Dutch and French, as MS Project writes them in those languages.
    "uur": DurationUnit.HOURS,
    "uren": DurationUnit.HOURS,
    "dag": DurationUnit.DAYS,
    "dagen": DurationUnit.DAYS,
    "weken": DurationUnit.WEEKS,
    "ma": DurationUnit.MONTHS,
    "maand": DurationUnit.MONTHS,
    "maanden": DurationUnit.MONTHS,
    "heure": DurationUnit.HOURS,
    "heures": DurationUnit.HOURS,
    "jour": DurationUnit.DAYS,
    "jours": DurationUnit.DAYS,
    "sem": DurationUnit.WEEKS,
    "semaine": DurationUnit.WEEKS,
    "semaines": DurationUnit.WEEKS,
    "ms": DurationUnit.MONTHS,
    "mois": DurationUnit.MONTHS,
}
_DURATION = re.compile(r"^\s*(\d+(?:[.,]\d+)?|[.,]\d+)\s*([a-z]*)\s*$", re.IGNORECASE)
_PREDECESSOR = re.compile(
    r"^\s*(\d+)\s*(FS|SS|FF|SF)?\s*(?:([+-])\s*(\d+(?:[.,]\d+)?)\s*(ed|eh|em|d|h|m|%)?)?\s*$", re.IGNORECASE
)


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def parse_duration(text: str, units: TimeUnits) -> Duration:
    """Read a duration such as ``5d``, ``3w``, ``2h``, ``1,5 d`` or ``0d``; a bare number is in days.

    Raises:
        InputError: the text is not a duration (the message quotes it).
    """
    match = _DURATION.match(text)
    unit = None if match is None else _UNIT_WORDS.get(match.group(2).lower())
    if match is None or unit is None:
        raise InputError(
            _("input", "“{text}” is not a duration; type for example 5d, 3w, 2h or 0d for a milestone.").format(
                text=text.strip()
            )
        )
    minutes = round(_number(match.group(1)) * units.minutes_of(unit))
    return Duration(minutes=minutes, unit=unit)


def format_number(value: float, decimal_point: str = ".") -> str:
    """``value`` with at most two decimals and no trailing zeros, e.g. ``2.5`` -> ``"2,5"`` with ``","``."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", decimal_point) if decimal_point != "." else text


def unit_symbol(unit: DurationUnit) -> str:
    """The short symbol of ``unit`` in the user's language, as MS Project writes it (``d``/``j``, ``w``/``sem``...);
    :func:`parse_duration` reads every language's symbols."""
    symbols = {
        DurationUnit.MINUTES: _("unit", "m"),
        DurationUnit.HOURS: _("unit", "h"),
        DurationUnit.DAYS: _("unit", "d"),
        DurationUnit.WEEKS: _("unit", "w"),
        DurationUnit.MONTHS: _("unit", "mo"),
    }
    return symbols[unit]


def format_duration(minutes: int, unit: DurationUnit, units: TimeUnits, decimal_point: str = ".") -> str:
    """A duration in its unit, compact: ``"5d"``, ``"2,5w"``, ``"4h"`` (in French ``"5j"``...); the inverse of
    :func:`parse_duration`."""
    return f"{format_number(minutes / units.minutes_of(unit), decimal_point)}{unit_symbol(unit)}"


def parse_predecessors(text: str, units: TimeUnits) -> tuple[PredecessorSpec, ...]:
    """Read a predecessor list such as ``"3FS+2d, 5SS-1d, 7FF+10%"``; an empty text is no predecessor.

    A lag without a unit is in days. The same uid twice is refused (two links between the same tasks).

    Raises:
        InputError: an item is not a predecessor or a uid is repeated (the message quotes the item).
    """
    specs: list[PredecessorSpec] = []
    seen: set[int] = set()
    for item in re.split(r"[,;]", text):
        if not item.strip():
            continue
        match = _PREDECESSOR.match(item)
        if match is None:
            raise InputError(
                _(
                    "input",
                    "“{item}” is not a predecessor; type the task's ID, a link type and a lag, "
                    "for example 3FS+2d, 5SS-1d or 7FF+10%.",
                ).format(item=item.strip())
            )
        uid_text, type_text, sign, amount_text, unit_text = match.groups()
        uid = int(uid_text)
        if uid in seen:
            raise InputError(_("input", "Task {uid} is listed twice as a predecessor.").format(uid=uid))
        seen.add(uid)
        link_type = DependencyType((type_text or "FS").upper())
        lag_kind, lag, lag_percent = LagKind.WORKING, 0, 0.0
        if amount_text is not None:
            amount = _number(amount_text) * (-1 if sign == "-" else 1)
            unit = (unit_text or "d").lower()
            if unit == "%":
                lag_kind, lag_percent = LagKind.PERCENT, amount
            elif unit.startswith("e"):
                size = {"d": MINUTES_PER_ELAPSED_DAY, "h": MINUTES_PER_HOUR, "m": 1}[unit[1]]
                lag_kind, lag = LagKind.ELAPSED, round(amount * size)
            else:
                size = {"d": units.minutes_per_day, "h": MINUTES_PER_HOUR, "m": 1}[unit]
                lag = round(amount * size)
        specs.append(PredecessorSpec(uid, link_type, lag_kind, lag, lag_percent))
    return tuple(specs)
