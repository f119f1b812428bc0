"""Parsing of durations and predecessor lists typed in the task table (pure, no Qt)."""

import pytest

from gui import input_parsing
from gui.input_parsing import Duration, InputError, PredecessorSpec, TimeUnits
from model.enums import DependencyType, DurationUnit, LagKind
from services import i18n

UNITS = TimeUnits(minutes_per_day=480, minutes_per_week=2400, days_per_month=20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5d", Duration(2400, DurationUnit.DAYS)),
        ("3w", Duration(7200, DurationUnit.WEEKS)),
        ("2h", Duration(120, DurationUnit.HOURS)),
        ("0d", Duration(0, DurationUnit.DAYS)),
        ("1,5 d", Duration(720, DurationUnit.DAYS)),
        ("2.5days", Duration(1200, DurationUnit.DAYS)),
        (" 7 ", Duration(3360, DurationUnit.DAYS)),
        ("90m", Duration(90, DurationUnit.MINUTES)),
        ("1mo", Duration(9600, DurationUnit.MONTHS)),
        ("2 Weeks", Duration(4800, DurationUnit.WEEKS)),
    ],
)
def test_durations_are_read_in_the_projects_units(text: str, expected: Duration) -> None:
    assert input_parsing.parse_duration(text, UNITS) == expected


@pytest.mark.parametrize("text", ["", "d", "five days", "5x", "-3d", "5d 2h"])
def test_invalid_durations_are_refused_with_the_text_quoted(text: str) -> None:
    with pytest.raises(InputError, match="is not a duration"):
        input_parsing.parse_duration(text, UNITS)


def test_durations_format_back_to_what_parses() -> None:
    for minutes, unit in ((2400, DurationUnit.DAYS), (720, DurationUnit.DAYS), (7200, DurationUnit.WEEKS)):
        text = input_parsing.format_duration(minutes, unit, UNITS, ",")
        assert input_parsing.parse_duration(text, UNITS) == Duration(minutes, unit)
    assert input_parsing.format_duration(720, DurationUnit.DAYS, UNITS, ",") == "1,5d"
    assert input_parsing.format_duration(0, DurationUnit.DAYS, UNITS) == "0d"


def test_predecessors_follow_the_queries_convention() -> None:
    specs = input_parsing.parse_predecessors("3FS+2d, 5SS-1d, 7FF+10%; 9 sf +4eh, 11, 12FS-30m", UNITS)
    assert specs == (
        PredecessorSpec(3, DependencyType.FINISH_TO_START, LagKind.WORKING, 960),
        PredecessorSpec(5, DependencyType.START_TO_START, LagKind.WORKING, -480),
        PredecessorSpec(7, DependencyType.FINISH_TO_FINISH, LagKind.PERCENT, 0, 10.0),
        PredecessorSpec(9, DependencyType.START_TO_FINISH, LagKind.ELAPSED, 240),
        PredecessorSpec(11),
        PredecessorSpec(12, lag=-30),
    )
    assert input_parsing.parse_predecessors("  ", UNITS) == ()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("3XY", "not a predecessor"),
        ("3FS+", "not a predecessor"),
        ("3, 3SS", "listed twice"),
        ("abc", "not a predecessor"),
    ],
)
def test_invalid_predecessors_are_refused(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        input_parsing.parse_predecessors(text, UNITS)


@pytest.mark.parametrize(
    ("text", "minutes", "unit"),
    [
        ("5j", 5 * 480, DurationUnit.DAYS),
        ("2 sem", 2 * 2400, DurationUnit.WEEKS),
        ("1ms", 20 * 480, DurationUnit.MONTHS),
        ("3u", 180, DurationUnit.HOURS),
        ("2 weken", 2 * 2400, DurationUnit.WEEKS),
        ("1 ma", 20 * 480, DurationUnit.MONTHS),
        ("30min", 30, DurationUnit.MINUTES),
    ],
)
def test_dutch_and_french_units_are_read(text: str, minutes: int, unit: DurationUnit) -> None:
    assert input_parsing.parse_duration(text, input_parsing.TimeUnits()) == input_parsing.Duration(minutes, unit)


def test_durations_are_shown_with_the_symbols_of_the_language() -> None:
    french = {"d": "j", "w": "sem", "mo": "ms", "m": "min", "h": "h"}
    i18n.install(lambda context, text: french[text] if context == "unit" else text)
    try:
        units = input_parsing.TimeUnits()
        assert input_parsing.format_duration(5 * 480, DurationUnit.DAYS, units, ",") == "5j"
        assert input_parsing.format_duration(3600, DurationUnit.WEEKS, units, ",") == "1,5sem"
        for minutes, unit in ((5 * 480, DurationUnit.DAYS), (3600, DurationUnit.WEEKS), (90, DurationUnit.MINUTES)):
            shown = input_parsing.format_duration(minutes, unit, units)
            assert input_parsing.parse_duration(shown, units) == input_parsing.Duration(minutes, unit)
    finally:
        i18n.install(lambda context, text: text)
