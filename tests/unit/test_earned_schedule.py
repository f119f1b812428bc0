"""Earned Schedule (``services.evm.earned_schedule``) against published examples and properties.

Sources:
* [LIPKE-2003] W. Lipke, "Schedule is Different", The Measurable News, March 2003: ES = C + I, SV(t) = ES − AT,
  SPI(t) = ES / AT; the motivating observation that a late project ends with SV = 0 and SPI = 1 while SPI(t) =
  PD / AT < 1.
* [LIPKE-CONCEPT] W. Lipke, "Earned Schedule Concept" (one-page handout, earnedschedule.com; copy at
  https://www.scribd.com/doc/47929652/Earned-Schedule-Concept): "ES = 5 + (EV − PV(May)) / (PV(June) − PV(May)),
  AT = 7" for a project whose EV at the end of July lies between the PV of May and June.
* [PMI-EVM-2011] Practice Standard for Earned Value Management, 2nd ed., PMI 2011, appendix D (Earned Schedule):
  IEAC(t) = PD / SPI(t), IEAC(t) with PF = 1 = AT + (PD − ES), TSPI = (PD − ES) / (PD − AT).
* [GOVAN-PRA] P. Govan, PRA R package, "Earned Value Management" vignette,
  https://paulgovan.github.io/PRA/articles/evm.html: BAC 100 000, cumulative schedule 10/20/40/70/100 %, 35 %
  complete at period 3 (the data; ES figures derived from them by the formulas above).

Published worked examples whose RESULTS (not only data) are asserted:
* [PREPCAST-Q] Project Management PrepCast forum, "Explanation" (PMP exam discussion, topic 9649, posts #21314,
  #21327, #22422), https://www.project-management-prepcast.com/kunena/pmp-exam-discussion/9649-explanation:
  "A project was planned to take 5 months. The team is currently 3 months into it and has completed half of the
  work." Answer given (post #22422): "100% work <=> 5 months, so 50% work <=> 2.5 months. 2.5 months is the Earned
  Schedule. 3.0 months is the Actual Time. SV = ES − AT = −0.5 months, SPI = ES/AT = 0.83" (a linear plan).
* [HKSM-ES] HKSM, "Earned Schedule (ES)" definition page,
  https://hksmnow.com/definitions/project-management/earned_schedule_es.php: "A project is at week 20 (AT = 20).
  The earned value achieved to date equals the planned value that was scheduled for week 18. Therefore, ES = 18
  weeks. SV(t) = 18 − 20 = −2 weeks, and SPI(t) = 18 / 20 = 0.90." (The PV curve itself is not given; any
  increasing curve reproduces the result, so an S-curve of our own is used.)
* [MPUG-ESM] "Earned Schedule Management (ESM)", MPUG, https://www.mpug.com/earned-schedule-management-esm/
  (also https://www.managementyogi.com/2021/11/earned-schedule-managementesm-with-ms-project.html): 10 modules of
  US$100 000 planned over 10 months; the project "actually took 12 months to complete with a cost of US$1.3M";
  "Schedule variance = US$0.0M, Schedule performance index = 1.0 ... Obviously, the project is two months behind
  schedule. It also has a cost overrun of US$0.3 million." (one module a month is our reading of the plan; at
  completion ES = PD whatever the shape.)
"""

import math
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services import evm


def test_govan_pra_data_with_lipke_formula() -> None:
    # [GOVAN-PRA]: PV = 10 000, 20 000, 40 000, 70 000, 100 000; EV = 35 000 at AT = 3.
    result = evm.earned_schedule([10_000, 20_000, 40_000, 70_000, 100_000], 35_000, 3)
    # C = 2 (PV_2 = 20 000 <= 35 000 < PV_3 = 40 000); I = (35 000 − 20 000) / (40 000 − 20 000) = 0.75.
    assert result.es == pytest.approx(2.75)
    assert result.sv_t == pytest.approx(-0.25)
    assert result.spi_t == pytest.approx(2.75 / 3)
    assert result.pd == 5
    assert result.ieac_t == pytest.approx(5 / (2.75 / 3))  # 5.4545 periods
    assert result.ieac_t_pf1 == pytest.approx(3 + (5 - 2.75))
    assert result.tspi == pytest.approx((5 - 2.75) / (5 - 3))
    assert result.reasons == {}


def test_lipke_concept_example_structure() -> None:
    # [LIPKE-CONCEPT]: monthly PV Jan..Nov, EV at the end of July (AT = 7) between PV(May) and PV(June).
    pv = [100, 250, 450, 700, 1000, 1300, 1550, 1750, 1900, 1980, 2000]
    ev = 1150  # between PV(May) = 1000 and PV(June) = 1300
    result = evm.earned_schedule(pv, ev, 7)
    assert result.es == pytest.approx(5 + (1150 - 1000) / (1300 - 1000))  # 5.5 months
    assert result.sv_t == pytest.approx(5.5 - 7)
    assert result.spi_t == pytest.approx(5.5 / 7)
    assert result.ieac_t == pytest.approx(11 / (5.5 / 7))  # 14 months
    assert result.ieac_t_pf1 == pytest.approx(7 + 11 - 5.5)


def test_prepcast_half_done_after_three_of_five_months() -> None:
    # [PREPCAST-Q]: linear plan over 5 months (20 % a month), 50 % earned at AT = 3.
    result = evm.earned_schedule([20, 40, 60, 80, 100], 50, 3)
    assert result.es == pytest.approx(2.5)  # "2.5 months is the Earned Schedule"
    assert result.sv_t == pytest.approx(-0.5)  # "SV = ES − AT = −0.5 months"
    assert result.spi_t == pytest.approx(0.83, abs=0.005)  # "SPI = ES/AT = 0.83"
    assert result.pd == 5


def test_hksm_ev_equal_to_week_18_plan_at_week_20() -> None:
    # [HKSM-ES]: EV equals the PV planned for week 18; AT = 20 weeks. S-shaped 30-week plan of our own.
    weekly = [1, 2, 3, 4, 5, 6, 7, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 7, 6, 5, 4, 3, 2, 1, 1, 1]
    pv = [sum(weekly[:k]) for k in range(1, len(weekly) + 1)]
    result = evm.earned_schedule(pv, pv[18 - 1], 20)
    assert result.es == pytest.approx(18)  # "ES = 18 weeks"
    assert result.sv_t == pytest.approx(-2)  # "SV(t) = 18 − 20 = −2 weeks"
    assert result.spi_t == pytest.approx(0.90, abs=0.005)  # "SPI(t) = 18 / 20 = 0.90"


def test_mpug_ten_modules_finished_in_twelve_months() -> None:
    # [MPUG-ESM]: BAC US$1M (10 modules x US$100 000) planned over 10 months; complete at AT = 12, AC = US$1.3M.
    pv = [100_000 * month for month in range(1, 11)]
    figures = evm.indicators(1_000_000, 1_000_000, 1_000_000, 1_300_000)
    assert figures.sv == 0  # "Schedule variance = US$0.0M"
    assert figures.spi == pytest.approx(1.0)  # "Schedule performance index = 1.0"
    assert figures.cv == -300_000  # "a cost overrun of US$0.3 million"
    schedule = evm.earned_schedule(pv, 1_000_000, 12)
    assert schedule.sv_t == pytest.approx(-2)  # "the project is two months behind schedule"
    assert schedule.es == 10
    assert schedule.spi_t == pytest.approx(10 / 12)


def test_late_project_spi_is_one_but_spi_t_is_not() -> None:
    # [LIPKE-2003]: a 10-period project completed at AT = 13: SV = 0 and SPI = 1, but SV(t) = −3 and SPI(t) = 10/13.
    pv = [10 * k for k in range(1, 11)]
    schedule = evm.earned_schedule(pv, 100, 13)
    figures = evm.indicators(100, 100, 100, 120)
    assert figures.sv == 0
    assert figures.spi == 1.0
    assert schedule.es == 10
    assert schedule.sv_t == -3
    assert schedule.spi_t == pytest.approx(10 / 13)
    assert schedule.ieac_t == pytest.approx(13)  # completed: the estimate is the actual duration
    assert schedule.ieac_t_pf1 == pytest.approx(13)
    assert schedule.tspi == 0.0  # nothing remains (PD − ES = 0) although AT is past PD


def test_flat_tail_does_not_lengthen_the_planned_duration() -> None:
    result = evm.earned_schedule([10, 20, 30, 30, 30], 15, 2)
    assert result.pd == 3
    assert result.es == pytest.approx(1.5)


def test_explicit_planned_duration_caps_es() -> None:
    result = evm.earned_schedule([10, 20, 30, 40], 35, 3, planned_duration=3)
    assert result.pd == 3
    assert result.es == 3  # 3.5 by interpolation, capped at PD


def test_ev_at_or_above_bac_gives_es_equal_to_pd() -> None:
    assert evm.earned_schedule([10, 20, 30], 30, 2).es == 3
    assert evm.earned_schedule([10, 20, 30], 45, 2).es == 3


def test_ev_zero() -> None:
    result = evm.earned_schedule([10, 20, 30], 0, 1)
    assert result.es == 0
    assert result.spi_t == 0
    assert result.ieac_t is None
    assert result.reasons["ieac_t"] == "ES is 0 (SPI(t) is 0)"
    assert result.ieac_t_pf1 == 4


def test_leading_periods_without_planned_value_count_as_earned() -> None:
    # C counts every period whose cumulative PV is <= EV (Lipke), so two empty periods are earned from the start.
    assert evm.earned_schedule([0, 0, 10, 20], 0, 2).es == 2


def test_actual_time_zero() -> None:
    result = evm.earned_schedule([10, 20, 30], 5, 0)
    assert result.spi_t is None
    assert result.ieac_t is None
    assert result.reasons["spi_t"] == "AT is 0"
    assert result.sv_t == pytest.approx(0.5)
    assert result.tspi == pytest.approx((3 - 0.5) / 3)


def test_at_equal_to_pd_leaves_tspi_undefined() -> None:
    result = evm.earned_schedule([10, 20, 30], 25, 3)
    assert result.tspi is None
    assert result.reasons["tspi"] == "PD - AT is 0"


def test_tspi_is_negative_past_the_planned_duration() -> None:
    assert evm.earned_schedule([10, 20, 30], 25, 4).tspi == pytest.approx((3 - 2.5) / (3 - 4))


@pytest.mark.parametrize(
    ("pv", "reason"),
    [
        ([], "there is no planned value"),
        ([0, 0, 0], "BAC is 0"),
        ([10, 5, 20], "the PV series is not cumulative (it decreases)"),
        ([10, float("nan"), 20], "a cumulative PV is not a finite number"),
        ([10, float("inf")], "a cumulative PV is not a finite number"),
    ],
)
def test_undefined_curves_give_none_with_a_reason(pv: list[float], reason: str) -> None:
    result = evm.earned_schedule(pv, 5, 2)
    assert result.es is None
    assert result.spi_t is None
    assert result.reasons["es"] == reason


def test_negative_inputs() -> None:
    assert evm.earned_schedule([10, 20], -1, 1).reasons["es"] == "EV is negative"
    negative_at = evm.earned_schedule([10, 20], 5, -1)
    assert negative_at.at is None
    assert negative_at.reasons["at"] == "AT is negative"
    assert evm.earned_schedule([10, 20], 5, 1, planned_duration=0).reasons["es"] == "PD is 0"


def test_decimal_and_float_inputs_agree() -> None:
    exact = evm.earned_schedule([Decimal("10.10"), Decimal("20.20")], Decimal("15.15"), 1)
    loose = evm.earned_schedule([10.10, 20.20], 15.15, 1.0)
    assert exact.es == pytest.approx(1.5)
    assert loose.es == pytest.approx(1.5)


# -- properties -------------------------------------------------------------------------------------------------------

increments = st.lists(st.integers(min_value=1, max_value=10_000), min_size=1, max_size=40)


def _cumulative(steps: list[int]) -> list[int]:
    total, out = 0, []
    for step in steps:
        total += step
        out.append(total)
    return out


@given(increments, st.data())
def test_on_plan_gives_es_equal_at_and_spi_t_one(steps: list[int], data: st.DataObject) -> None:
    pv = _cumulative(steps)
    k = data.draw(st.integers(min_value=1, max_value=len(pv)))
    result = evm.earned_schedule(pv, pv[k - 1], k)
    assert result.es == k
    assert result.spi_t == 1.0
    assert result.sv_t == 0.0


@given(increments, st.floats(min_value=0, max_value=1e6), st.floats(min_value=0, max_value=200))
def test_es_stays_between_zero_and_pd(steps: list[int], ev: float, at: float) -> None:
    pv = _cumulative(steps)
    result = evm.earned_schedule(pv, ev, at)
    assert result.es is not None
    assert result.pd is not None
    assert 0 <= result.es <= result.pd <= len(pv)


@given(increments, st.integers(min_value=0, max_value=500_000), st.integers(min_value=0, max_value=500_000))
def test_es_is_monotone_in_ev(steps: list[int], ev1: int, ev2: int) -> None:
    pv = _cumulative(steps)
    low, high = sorted((ev1, ev2))
    es_low = evm.earned_schedule(pv, low, 1).es
    es_high = evm.earned_schedule(pv, high, 1).es
    assert es_low is not None
    assert es_high is not None
    assert es_low <= es_high


finite_or_not = st.one_of(
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
)


@given(st.lists(finite_or_not, max_size=12), finite_or_not, finite_or_not, st.none() | finite_or_not)
def test_never_raises_inf_or_nan(
    pv: list[int | float | Decimal], ev: int | float | Decimal, at: int | float | Decimal, pd: object
) -> None:
    result = evm.earned_schedule(pv, ev, at, pd)  # type: ignore[arg-type]
    for name, value in result.as_dict().items():
        if value is None:
            assert name in result.reasons
        else:
            assert isinstance(value, float)
            assert math.isfinite(value)
