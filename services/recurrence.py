"""Recurring calendar exceptions: the subset of RFC 5545 RRULEs that Belfry stores and MS Project can express.

``CalendarException.recurrence`` holds such a rule; :func:`occurrences_of` expands it into days, for the
scheduler's calendars and for MS Project exchange alike.
"""

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
"""RFC 5545 weekday codes, Monday (Python weekday 0) first."""


def parse_rrule(rule: str) -> dict[str, str]:
    """The parts of an RRULE (``FREQ=...;BYDAY=...``) as a dict; a leading ``RRULE:`` is allowed."""
    text = rule.removeprefix("RRULE:")
    parts: dict[str, str] = {}
    for part in text.split(";"):
        if not part:
            continue
        name, _sep, value = part.partition("=")
        parts[name.strip().upper()] = value.strip().upper()
    return parts


def occurrences_of(rule: str, first_day: dt.date, last_day: dt.date) -> Iterator[dt.date]:
    """The days of ``rule`` (the subset this module writes) from ``first_day`` (its DTSTART) to ``last_day``.

    Weeks, months and years are counted from the one containing ``first_day``; weeks start on the rule's WKST
    (Monday by default; MS Project's recurrences count weeks from Sunday, written ``WKST=SU``).
    """
    recurrence = _Rule.of(rule, first_day)
    emitted = 0
    day = first_day
    while day <= last_day and (recurrence.count is None or emitted < recurrence.count):
        if recurrence.matches(day):
            emitted += 1
            yield day
        day += dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class _Rule:
    """An RRULE of the subset written by this module, with its first day (DTSTART)."""

    first_day: dt.date
    frequency: str
    interval: int
    count: int | None
    by_day: tuple[str, ...]
    by_month_day: tuple[int, ...]
    by_month: tuple[int, ...]
    set_position: int | None
    week_start: int

    @classmethod
    def of(cls, rule: str, first_day: dt.date) -> "_Rule":
        parts = parse_rrule(rule)
        return cls(
            first_day=first_day,
            frequency=parts.get("FREQ", "DAILY"),
            interval=max(1, int(parts.get("INTERVAL", "1"))),
            count=int(parts["COUNT"]) if "COUNT" in parts else None,
            by_day=tuple(item for item in parts.get("BYDAY", "").split(",") if item),
            by_month_day=tuple(int(item) for item in parts.get("BYMONTHDAY", "").split(",") if item),
            by_month=tuple(int(item) for item in parts.get("BYMONTH", "").split(",") if item),
            set_position=int(parts["BYSETPOS"]) if "BYSETPOS" in parts else None,
            week_start=RRULE_DAYS.index(parts.get("WKST", "MO")) if parts.get("WKST", "MO") in RRULE_DAYS else 0,
        )

    def matches(self, day: dt.date) -> bool:
        first = self.first_day
        if self.frequency == "DAILY":
            return (day - first).days % self.interval == 0
        if self.frequency == "WEEKLY":
            week_origin = first - dt.timedelta(days=(first.weekday() - self.week_start) % 7)
            weeks = (day - week_origin).days // 7
            days = self.by_day or (RRULE_DAYS[first.weekday()],)
            return weeks % self.interval == 0 and RRULE_DAYS[day.weekday()] in days
        if self.frequency == "MONTHLY":
            in_period = ((day.year - first.year) * 12 + day.month - first.month) % self.interval == 0
        elif self.frequency == "YEARLY":
            in_period = (day.year - first.year) % self.interval == 0 and day.month in (self.by_month or (first.month,))
        else:
            in_period = False
        return in_period and self._matches_in_month(day)

    def _matches_in_month(self, day: dt.date) -> bool:
        if self.by_month_day:
            last = _month_length(day)
            return any(day.day == (value if value > 0 else last + 1 + value) for value in self.by_month_day)
        if not self.by_day:
            return day.day == self.first_day.day
        if self.set_position is not None:
            plain = [item[-2:] for item in self.by_day]
            candidates = [candidate for candidate in _days_of_month(day) if RRULE_DAYS[candidate.weekday()] in plain]
            index = self.set_position - 1 if self.set_position > 0 else len(candidates) + self.set_position
            return 0 <= index < len(candidates) and candidates[index] == day
        return any(self._matches_day(day, item) for item in self.by_day)

    @staticmethod
    def _matches_day(day: dt.date, item: str) -> bool:
        ordinal_text, code = item[:-2], item[-2:]
        if RRULE_DAYS[day.weekday()] != code:
            return False
        if not ordinal_text:
            return True
        ordinal = int(ordinal_text)
        same = [candidate for candidate in _days_of_month(day) if candidate.weekday() == day.weekday()]
        index = ordinal - 1 if ordinal > 0 else len(same) + ordinal
        return 0 <= index < len(same) and same[index] == day


def _month_length(day: dt.date) -> int:
    following = day.replace(day=28) + dt.timedelta(days=4)
    return (following - dt.timedelta(days=following.day)).day


def _days_of_month(day: dt.date) -> list[dt.date]:
    return [day.replace(day=number) for number in range(1, _month_length(day) + 1)]
