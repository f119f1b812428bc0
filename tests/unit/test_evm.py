"""The EVM engine (``services.evm``): indicators against published worked examples, the time-phased engine, and
properties.

Sources:
* [MSP-SPI] Microsoft Support, "SPI fields" (Project desktop), example: a four-day task with a $100 budget; after
  two days BCWS is $50; 60 % of the work is done, so BCWP is $60 and SPI = 60 / 50 = 1.2.
  https://support.microsoft.com/office/spi-fields
* [GOVAN-PRA] P. Govan, PRA R package, "Earned Value Management" vignette,
  https://paulgovan.github.io/PRA/articles/evm.html: BAC 100 000, schedule 10/20/40/70/100 %, period 3, 35 %
  complete, period costs 9 000 + 18 000 + 36 000; its formulas for the typical, atypical and combined EAC, ETC,
  VAC and TCPI. The package's ``spi`` reference page prints "Schedule Performance Index (SPI): 0.875".
* [TPQ] "Term paper project analysis", https://termpaperqueen.com/term-paper-project-analysis/ (end of month 4):
  PV 101 000, EV 86 571, AC 88 800 -> SV −14 429, CV −2 229, SPI 0.85714, CPI 0.9745.
* [CEBOARD] "Project control and earned value", https://ceboardexamgenerator.com/subjects/mstc/construction/
  3project-control-and-earned-value: BAC 5 000 000, EV 1 500 000, AC 1 800 000 -> EAC = BAC / CPI = 6 000 000.
* [QUESTPOND] S. Koirala, "Earned value" (bread project),
  https://www.geocities.ws/projectmanagementquestpond/earnedvalue.htm: BAC $8, PV $2.4, EV $1.6, AC $3 ->
  SV −0.8, CV −1.4, CPI 0.53, TCPI = (8 − 1.6) / (8 − 3) = 1.28.
* [PMI-EVM-2011] Practice Standard for Earned Value Management, 2nd ed., PMI 2011: the formulas in the module
  docstring of ``services.evm``.
* [LIPKE-2006] W. Lipke, "Applying Earned Schedule to Critical Path Analysis and More", The Measurable News, Fall
  2006: Earned Schedule below the project level (control accounts, work packages, critical path) by treating the
  sub-level "as the project": its own PV and EV on its own time line (see ``services.evm``, "Earned Schedule of a
  WBS branch").
"""

import math
from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model.enums import CostCategory, EarnedValueTechnique
from services import evm

D = Decimal


# -- indicators: published examples ----------------------------------------------------------------------------------


def test_govan_pra_example() -> None:
    # [GOVAN-PRA]: PV = 40 % x 100 000, EV = 35 % x 100 000, AC = 9 000 + 18 000 + 36 000.
    r = evm.indicators(100_000, 40_000, 35_000, 63_000)
    assert r.spi == 0.875  # printed by the package's spi example
    assert r.sv == -5_000
    assert r.cv == -28_000
    assert r.cpi == pytest.approx(35 / 63)
    assert r.eac_cpi == 180_000  # typical: BAC / CPI
    assert r.eac_atypical == 128_000  # AC + (BAC − EV)
    assert r.eac_cpi_spi == pytest.approx(D("196714.29"), abs=D("0.01"))  # combined: AC + (BAC − EV) / (CPI x SPI)
    assert r.etc_cpi == 117_000  # (BAC − EV) / CPI
    assert r.vac == -80_000
    assert r.tcpi_bac == pytest.approx(65_000 / 37_000)  # 1.76
    assert r.percent_complete == 0.35
    assert r.percent_planned == 0.4
    assert r.percent_spent == 0.63


def test_term_paper_example() -> None:
    r = evm.indicators(200_000, 101_000, 86_571, 88_800)  # [TPQ]; BAC is not used by these figures
    assert r.sv == -14_429
    assert r.cv == -2_229
    assert r.spi == pytest.approx(0.85714, abs=5e-6)
    # The source prints 0.9745; 86 571 / 88 800 is 0.97490 (the source drops a digit), hence the wider tolerance.
    assert r.cpi == pytest.approx(0.9745, abs=5e-4)


def test_ceboard_eac_example() -> None:
    r = evm.indicators(5_000_000, 1_500_000, 1_500_000, 1_800_000)  # [CEBOARD]; PV not given, taken = EV
    assert r.eac_cpi == 6_000_000
    assert r.etc_cpi == 4_200_000
    assert r.vac == -1_000_000


def test_questpond_bread_example_with_floats() -> None:
    r = evm.indicators(8.0, 2.4, 1.6, 3.0)  # [QUESTPOND]
    assert isinstance(r.sv, float)
    assert r.sv == pytest.approx(-0.8)
    assert r.cv == pytest.approx(-1.4)
    assert r.cpi == pytest.approx(0.53, abs=0.005)
    assert r.tcpi_bac == pytest.approx(1.28)


def test_all_figures_by_their_formulas() -> None:
    r = evm.indicators(D("1000"), D("400"), D("300"), D("360"), etc_bottom_up=D("800"))
    spi, cpi = 300 / 400, 300 / 360
    assert r.sv == D("-100")
    assert r.cv == D("-60")
    assert r.sv_percent == pytest.approx(-0.25)
    assert r.cv_percent == pytest.approx(-0.2)
    assert r.spi == pytest.approx(spi)
    assert r.cpi == pytest.approx(cpi)
    assert r.csi == pytest.approx(spi * cpi)
    assert r.eac_cpi == D("1200")
    assert r.eac_atypical == D("1060")
    assert r.eac_cpi_spi == pytest.approx(D("360") + D("700") / D(spi * cpi), rel=D("1e-12"))
    assert r.eac_bottom_up == D("1160")
    assert r.etc_cpi == D("840")
    assert r.etc_atypical == D("700")
    assert r.vac == D("-200")
    assert r.tcpi_bac == pytest.approx(700 / 640)
    assert r.tcpi_eac == pytest.approx(700 / 840)
    assert (r.percent_complete, r.percent_spent, r.percent_planned) == (0.3, 0.36, 0.4)
    assert r.reasons == {}


def test_exact_inputs_give_decimal_money_and_float_indices() -> None:
    r = evm.indicators(D("100.10"), D("50.05"), 40, D("45.55"))
    for name in ("sv", "cv", "eac_cpi", "eac_atypical", "eac_cpi_spi", "etc_cpi", "etc_atypical", "vac"):
        assert isinstance(getattr(r, name), Decimal), name
    for name in ("spi", "cpi", "csi", "tcpi_bac", "tcpi_eac", "sv_percent", "cv_percent", "percent_complete"):
        assert isinstance(getattr(r, name), float), name
    assert r.sv == D("-10.05")
    assert r.eac_atypical == D("105.65")


@pytest.mark.parametrize(
    ("inputs", "figure", "reason"),
    [
        ((100, 50, 40, 0), "cpi", "AC is 0"),
        ((100, 50, 40, 0), "eac_cpi", "AC is 0"),
        ((100, 0, 40, 30), "spi", "PV is 0"),
        ((100, 0, 40, 30), "sv_percent", "PV is 0"),
        ((100, 50, 0, 30), "cv_percent", "EV is 0"),
        ((100, 50, 0, 30), "eac_cpi", "EV is 0"),
        ((100, 50, 0, 30), "eac_cpi_spi", "EV is 0"),
        ((0, 0, 0, 0), "percent_complete", "BAC is 0"),
        ((100, 50, 40, 100), "tcpi_bac", "BAC - AC is 0"),
        ((100, 50, 100, 80), "tcpi_eac", "EAC - AC is 0"),
        ((100, 50, 40, 30), "eac_bottom_up", "no bottom-up ETC given"),
    ],
)
def test_undefined_figures_are_none_with_a_reason(inputs: tuple[int, int, int, int], figure: str, reason: str) -> None:
    r = evm.indicators(*inputs)
    assert getattr(r, figure) is None
    assert r.reasons[figure] == reason


def test_eac_atypical_and_variances_stay_defined_when_everything_is_zero() -> None:
    r = evm.indicators(0, 0, 0, 0)
    assert (r.sv, r.cv, r.eac_atypical, r.etc_atypical) == (0, 0, 0, 0)


# -- indicators: properties --------------------------------------------------------------------------------------------

anything = st.one_of(
    st.integers(min_value=-(10**15), max_value=10**15),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
)


@given(anything, anything, anything, anything, st.none() | anything)
def test_indicators_never_raise_and_never_give_inf_or_nan(
    bac: evm.Number, pv: evm.Number, ev: evm.Number, ac: evm.Number, etc: evm.Number | None
) -> None:
    r = evm.indicators(bac, pv, ev, ac, etc)
    for name, value in r.as_dict().items():
        if value is None:
            assert name in r.reasons, name
        elif isinstance(value, float):
            assert math.isfinite(value), name
        else:
            assert value.is_finite(), name


money = st.decimals(min_value=1, max_value=10**9, places=2)


@given(money, st.fractions(min_value=0.01, max_value=1))
def test_on_plan_and_on_budget_gives_unit_indices(bac: Decimal, share: object) -> None:
    amount = (bac * D(share.numerator) / D(share.denominator)).quantize(D("0.01"))  # type: ignore[attr-defined]
    if amount == 0:
        return
    r = evm.indicators(bac, amount, amount, amount)
    assert r.spi == 1.0
    assert r.cpi == 1.0
    assert r.eac_cpi == bac
    assert r.vac == 0


# -- periods --------------------------------------------------------------------------------------------------------


def test_weekly_grid_starts_on_monday_with_iso_labels() -> None:
    grid = evm.period_grid(evm.PeriodKind.WEEK, date(2025, 1, 8), date(2025, 1, 20))
    assert [(p.start, p.label) for p in grid.periods] == [
        (date(2025, 1, 6), "2025-W02"),
        (date(2025, 1, 13), "2025-W03"),
        (date(2025, 1, 20), "2025-W04"),
    ]


def test_fiscal_periods_follow_the_fiscal_year_start_month() -> None:
    grid = evm.period_grid(evm.PeriodKind.FISCAL, date(2025, 6, 15), date(2025, 7, 1), fiscal_year_start_month=7)
    assert [p.label for p in grid.periods] == ["FY2025 P12", "FY2026 P01"]
    by_start = evm.period_grid(
        evm.PeriodKind.FISCAL, date(2025, 7, 1), date(2025, 7, 1), fiscal_year_start_month=7,
        fiscal_year_named_by_start=True,
    )  # fmt: skip
    assert by_start.periods[0].label == "FY2025 P01"
    quarters = evm.period_grid(
        evm.PeriodKind.FISCAL_QUARTER, date(2025, 1, 1), date(2025, 12, 31), fiscal_year_start_month=4
    )
    assert [(p.start, p.label) for p in quarters.periods] == [
        (date(2025, 1, 1), "FY2025 Q4"),
        (date(2025, 4, 1), "FY2026 Q1"),
        (date(2025, 7, 1), "FY2026 Q2"),
        (date(2025, 10, 1), "FY2026 Q3"),
    ]
    months = evm.period_grid(evm.PeriodKind.MONTH, date(2024, 12, 31), date(2025, 2, 1))
    assert [p.label for p in months.periods] == ["2024-12", "2025-01", "2025-02"]


# -- the time-phased engine ------------------------------------------------------------------------------------------

MONDAY = date(2025, 1, 6)
WEEKS = evm.period_grid(evm.PeriodKind.WEEK, MONDAY, MONDAY + timedelta(weeks=3))


def test_ms_project_spi_example_through_the_engine() -> None:
    # [MSP-SPI]: four working days, $100; status after two days; 60 % complete.
    task = evm.TaskInput(
        1,
        budget=D("100"),
        baseline_start=MONDAY,
        baseline_finish=MONDAY + timedelta(days=3),
        percent_complete=60,
        actual_start=MONDAY,
        actual_costs=(evm.ActualCost(D("60"), MONDAY, MONDAY + timedelta(days=1)),),
    )
    result = evm.compute([task], WEEKS, MONDAY + timedelta(days=1))
    project = result.project
    assert (project.pv, project.ev, project.ac) == (D("50.00"), D("60.00"), D("60.00"))
    assert project.indicators.spi == pytest.approx(1.2)
    assert project.schedule.at == pytest.approx(0.4)  # two of the week's five working days
    assert project.schedule.pd == pytest.approx(0.8)
    assert project.schedule.spi_t == pytest.approx(1.2)
    assert project.planned_finish == date(2025, 1, 9)
    assert project.forecast_finish == date(2025, 1, 9)  # 0.4 + 0.4 / 1.2 weeks: during Thursday
    figures = result.tasks[1]
    assert (figures.bac, figures.pv, figures.ev, figures.ac) == (D("100.00"), D("50.00"), D("60.00"), D("60.00"))
    assert figures == evm.TaskFigures(10_000, 5_000, 6_000, 6_000)


def test_planned_value_skips_weekends_and_spreads() -> None:
    def pv_at(spread: evm.Spread, status: date) -> Decimal:
        task = evm.TaskInput(
            1, budget=D("1000"), baseline_start=MONDAY, baseline_finish=MONDAY + timedelta(days=11), spread=spread
        )  # Monday to Friday of the next week: ten working days
        return evm.compute([task], WEEKS, status).project.pv

    friday, sunday = MONDAY + timedelta(days=4), MONDAY + timedelta(days=6)
    assert pv_at(evm.Spread.LINEAR, friday) == D("500.00")
    assert pv_at(evm.Spread.LINEAR, sunday) == D("500.00")
    assert pv_at(evm.Spread.FRONT_LOADED, friday) == D("750.00")  # 1 − (1 − 1/2)²
    assert pv_at(evm.Spread.BACK_LOADED, friday) == D("250.00")  # (1/2)²
    assert pv_at(evm.Spread.BACK_LOADED, MONDAY + timedelta(days=20)) == D("1000.00")


def test_time_phased_baseline_slices() -> None:
    task = evm.TaskInput(
        1,
        planned=(
            evm.PlannedSlice(MONDAY, MONDAY + timedelta(days=4), D("300")),
            evm.PlannedSlice(MONDAY + timedelta(days=7), MONDAY + timedelta(days=11), D("700")),
        ),
    )
    result = evm.compute([task], WEEKS, MONDAY + timedelta(days=20))
    assert result.project.bac == D("1000.00")
    assert result.project.pv_series[:3] == (D("300.00"), D("1000.00"), D("1000.00"))


@pytest.mark.parametrize(
    ("technique", "fields", "expected"),
    [
        (EarnedValueTechnique.PERCENT_COMPLETE, {"percent_complete": 30}, "300.00"),
        (
            EarnedValueTechnique.PHYSICAL_PERCENT_COMPLETE,
            {"percent_complete": 30, "physical_percent_complete": 45},
            "450.00",
        ),
        (EarnedValueTechnique.ZERO_HUNDRED, {"percent_complete": 90}, "0.00"),
        (EarnedValueTechnique.ZERO_HUNDRED, {"percent_complete": 100}, "1000.00"),
        (EarnedValueTechnique.FIFTY_FIFTY, {"percent_complete": 10}, "500.00"),
        (EarnedValueTechnique.FIFTY_FIFTY, {"percent_complete": 0}, "0.00"),
        (
            EarnedValueTechnique.WEIGHTED_MILESTONES,
            {"milestones": (evm.Milestone(1, done_on=MONDAY), evm.Milestone(3, done=True), evm.Milestone(4))},
            "500.00",
        ),
    ],
)
def test_earned_value_techniques(technique: EarnedValueTechnique, fields: dict[str, object], expected: str) -> None:
    task = evm.TaskInput(
        1,
        budget=D("1000"),
        baseline_start=MONDAY,
        baseline_finish=MONDAY + timedelta(days=11),
        technique=technique,
        **fields,  # type: ignore[arg-type]
    )
    assert evm.compute([task], WEEKS, MONDAY + timedelta(days=4)).project.ev == D(expected)


def test_earned_value_series_interpolates_between_progress_records() -> None:
    task = evm.TaskInput(
        1,
        budget=D("1000"),
        baseline_start=MONDAY,
        baseline_finish=MONDAY + timedelta(days=18),
        actual_start=MONDAY,
        progress=(evm.ProgressRecord(MONDAY + timedelta(days=4), 20),),
        percent_complete=60,
    )
    result = evm.compute([task], WEEKS, MONDAY + timedelta(days=11))
    assert result.project.ev_series[:2] == (D("200.00"), D("600.00"))
    assert result.project.ev_series[2] is None  # after the status date
    assert result.series[1].as_of == MONDAY + timedelta(days=11)


def test_actual_costs_by_day_and_spread_and_future_bookings() -> None:
    task = evm.TaskInput(
        1,
        budget=D("1000"),
        baseline_start=MONDAY,
        baseline_finish=MONDAY + timedelta(days=11),
        actual_costs=(
            evm.ActualCost(D("100"), MONDAY + timedelta(days=2)),
            evm.ActualCost(D("500"), MONDAY, MONDAY + timedelta(days=11)),  # ten working days
            evm.ActualCost(D("999"), MONDAY + timedelta(days=30)),  # after the status date: not actual yet
        ),
    )
    result = evm.compute([task], WEEKS, MONDAY + timedelta(days=7))
    # The spread cost is clamped to the status date (Monday of week 2): 5 of its 6 working days fall in week 1.
    assert result.project.ac_series[0] == D("100.00") + D("416.67")
    assert result.project.ac == D("600.00")


def test_roll_up_per_branch_and_category_and_project_costs() -> None:
    tasks = [
        evm.TaskInput("root"),
        evm.TaskInput("a", parent="root"),
        evm.TaskInput(
            "a1", parent="a", category=CostCategory.PERSONNEL, budget=D("100"), baseline_start=MONDAY,
            baseline_finish=MONDAY + timedelta(days=4), percent_complete=100,
            actual_costs=(evm.ActualCost(D("90"), MONDAY, category=CostCategory.TRAVEL),),
        ),
        evm.TaskInput(
            "b", parent="root", category=CostCategory.HARDWARE, budget=D("300"), baseline_start=MONDAY,
            baseline_finish=MONDAY + timedelta(days=4), percent_complete=50,
            actual_costs=(evm.ActualCost(D("200"), MONDAY),),
        ),
    ]  # fmt: skip
    result = evm.compute(tasks, WEEKS, MONDAY + timedelta(days=6), project_costs=[evm.ActualCost(D("5"), MONDAY)])
    assert set(result.branches) == {"root", "a"}
    assert result.branches["a"].bac == D("100.00")
    assert result.branches["a"].ac == D("90.00")
    assert result.branches["root"].ev == D("250.00")
    assert result.project.ac == D("295.00")
    assert result.categories[CostCategory.PERSONNEL].ev == D("100.00")
    assert result.categories[CostCategory.TRAVEL].ac == D("90.00")
    assert result.categories[CostCategory.OTHER].ac == D("5.00")
    assert result.categories[CostCategory.HARDWARE].indicators.cpi == pytest.approx(0.75)
    assert result.categories[CostCategory.HARDWARE].status["cpi"] is evm.Rag.RED


def _branch_project() -> tuple[list[evm.TaskInput], date]:
    """Four branches on a Monday-Friday week grid, measured on Wednesday of week 5 (grid position 4.6).

    * ``on-time``: one week from Monday of week 1, finished on its baseline finish (Friday of week 1);
    * ``late``: two weeks from Monday of week 1, finished a week late (Friday of week 3);
    * ``later``: planned in weeks 3-4, started on time, 50 % complete at the status date;
    * ``future``: planned in week 6, not started.
    """
    friday = timedelta(days=4)
    week = timedelta(weeks=1)

    def package(key: str, start: date, finish: date, **fields: object) -> list[evm.TaskInput]:
        leaf = evm.TaskInput(
            f"{key}.1", parent=key, budget=D("1000"), baseline_start=start, baseline_finish=finish,
            **fields,  # type: ignore[arg-type]
        )  # fmt: skip
        return [evm.TaskInput(key), leaf]

    tasks = [
        *package("on-time", MONDAY, MONDAY + friday, percent_complete=100, actual_start=MONDAY,
                 actual_finish=MONDAY + friday),
        *package("late", MONDAY, MONDAY + week + friday, percent_complete=100, actual_start=MONDAY,
                 actual_finish=MONDAY + 2 * week + friday),
        *package("later", MONDAY + 2 * week, MONDAY + 3 * week + friday, percent_complete=50,
                 actual_start=MONDAY + 2 * week),
        *package("future", MONDAY + 5 * week, MONDAY + 5 * week + friday),
    ]  # fmt: skip
    return tasks, MONDAY + 4 * week + timedelta(days=2)


def test_branch_finished_on_time_has_spi_t_one_long_after() -> None:
    # [LIPKE-2006]: the branch is its own project; its time stops when it has earned its budget.
    tasks, status = _branch_project()
    branch = evm.compute(tasks, WEEKS, status).branches["on-time"]
    assert (branch.schedule.es, branch.schedule.at, branch.schedule.pd) == (1.0, 1.0, 1.0)
    assert branch.schedule.spi_t == 1.0
    assert branch.schedule.sv_t == 0.0
    assert branch.forecast_finish == branch.planned_finish == MONDAY + timedelta(days=4)
    assert branch.status["spi_t"] is evm.Rag.GREEN


def test_branch_finished_late_has_spi_t_pd_over_at() -> None:
    # [LIPKE-2003] at branch level ([LIPKE-2006]): finished, so SPI = 1 but SPI(t) = PD / AT = 2 / 3 weeks.
    tasks, status = _branch_project()
    branch = evm.compute(tasks, WEEKS, status).branches["late"]
    assert branch.indicators.spi == 1.0
    assert branch.schedule.pd == 2.0
    assert branch.schedule.es == 2.0
    assert branch.schedule.at == 3.0  # its actual duration, not the 4.6 weeks since the project start
    assert branch.schedule.spi_t == pytest.approx(2 / 3)
    assert branch.schedule.sv_t == -1.0
    assert branch.schedule.ieac_t == pytest.approx(3.0)  # completed: IEAC(t) is the actual duration
    assert branch.forecast_finish == MONDAY + timedelta(weeks=2, days=4)  # its actual finish
    assert branch.planned_finish == MONDAY + timedelta(weeks=1, days=4)


def test_branch_time_starts_at_its_baseline_start() -> None:
    tasks, status = _branch_project()
    result = evm.compute(tasks, WEEKS, status)
    later = result.branches["later"].schedule
    # Planned in weeks 3-4; EV = 50 % of BAC = its PV after one of its two weeks, so ES = 1 week; AT = 4.6 − 2.
    assert later.pd == 2.0
    assert later.es == pytest.approx(1.0)
    assert later.at == pytest.approx(2.6)
    assert later.spi_t == pytest.approx(1 / 2.6)
    assert later.sv_t == pytest.approx(-1.6)  # SV(t) does not depend on the origin: 3 − 4.6 on the project axis
    future = result.branches["future"]
    assert future.schedule.at == 0.0  # planned to start after the status date
    assert future.schedule.es == 0.0
    assert future.schedule.spi_t is None
    assert future.schedule.reasons["spi_t"] == "AT is 0"
    assert "spi_t" not in future.status
    project = result.project.schedule
    assert project.at == pytest.approx(4.6)  # the project starts at the grid start and is not finished
    assert project.pd == 6.0


def test_status_thresholds() -> None:
    assert evm.rate({"cpi": 0.96, "spi_t": 0.94, "spi": 0.89, "tcpi_bac": 1.2, "csi": None}) == {
        "cpi": evm.Rag.GREEN,
        "spi_t": evm.Rag.AMBER,
        "spi": evm.Rag.RED,
        "tcpi_bac": evm.Rag.RED,
    }
    strict = [evm.StatusRule("cpi", 0.99, 0.97)]
    assert evm.rate({"cpi": 0.98}, strict) == {"cpi": evm.Rag.AMBER}


def test_task_budget_from_assignments() -> None:
    budget = evm.task_budget(
        [
            evm.AssignmentCost(work_minutes=90, rate_per_hour=D("60.00"), cost_per_use=D("10")),
            evm.AssignmentCost(rate_per_hour=D("12.50"), material_units=4),
        ],
        fixed_cost=D("0.005"),
    )
    assert budget == D("150.00")  # 90 + 10 + 50 + 0.005 rounded half-even


def test_issues_are_values() -> None:
    tasks = [
        evm.TaskInput(1, budget=D("10")),  # no baseline dates
        evm.TaskInput(2, parent=99),  # unknown parent
        evm.TaskInput(2),  # duplicate id
        evm.TaskInput(3, parent=4),
        evm.TaskInput(4, parent=3),  # cycle
        evm.TaskInput(5, technique=EarnedValueTechnique.WEIGHTED_MILESTONES, budget=D("5"),
                      baseline_start=MONDAY, baseline_finish=MONDAY, percent_complete=50),
    ]  # fmt: skip
    result = evm.compute(tasks, WEEKS, MONDAY)
    messages = " | ".join(issue.message for issue in result.issues)
    for fragment in ("without baseline", "unknown parent", "duplicate", "cycle", "weighted milestones"):
        assert fragment in messages
    assert result.project.bac == D("5.00")


def test_grid_is_extended_to_cover_the_baseline_and_the_forecast_goes_beyond() -> None:
    task = evm.TaskInput(
        1, budget=D("1200"), baseline_start=MONDAY, baseline_finish=MONDAY + timedelta(days=39),
        percent_complete=10, actual_start=MONDAY,
    )  # fmt: skip  # six weeks of 200 each
    grid = evm.period_grid(evm.PeriodKind.WEEK, MONDAY, MONDAY)
    result = evm.compute([task], grid, MONDAY + timedelta(days=11))
    assert len(result.periods) == 6
    assert result.project.schedule.es == pytest.approx(0.6)  # EV 120 = 0.6 x the first week's PV of 200
    assert result.project.schedule.spi_t == pytest.approx(0.3)  # at the end of week 2
    assert result.project.planned_finish == date(2025, 2, 14)
    assert result.project.forecast_finish == date(2025, 5, 23)  # PD / SPI(t) = 20 weeks: the Friday of week 20


def test_working_days_axis_and_task_calendars() -> None:
    holiday = MONDAY + timedelta(days=1)
    days = [MONDAY + timedelta(days=k) for k in range(28) if (MONDAY + timedelta(days=k)).weekday() < 5]
    axis = evm.working_days_axis(d for d in days if d != holiday)
    task = evm.TaskInput(1, budget=D("400"), baseline_start=MONDAY, baseline_finish=MONDAY + timedelta(days=4),
                         calendar="four-days")  # fmt: skip
    result = evm.compute([task], WEEKS, MONDAY + timedelta(days=1), calendars={"four-days": axis})
    assert result.project.pv == D("100.00")
    assert evm.compute([task], WEEKS, MONDAY + timedelta(days=1)).issues[0].message.startswith("unknown calendar")


# -- the time-phased engine: properties ----------------------------------------------------------------------------


@st.composite
def projects(draw: st.DrawFn) -> tuple[list[evm.TaskInput], date]:
    """Random WBS with contiguous-or-not work packages, progress, costs and a status date."""
    count = draw(st.integers(min_value=1, max_value=12))
    tasks = []
    for index in range(count):
        start = MONDAY + timedelta(days=draw(st.integers(0, 40)))
        finish = start + timedelta(days=draw(st.integers(0, 30)))
        technique = draw(st.sampled_from(list(EarnedValueTechnique)))
        percent = draw(st.integers(0, 100))
        tasks.append(
            evm.TaskInput(
                index,
                parent=draw(st.none() | st.integers(0, index - 1)) if index else None,
                category=draw(st.sampled_from([CostCategory.PERSONNEL, CostCategory.HARDWARE])),
                budget=draw(st.decimals(min_value=0, max_value=10**6, places=2)),
                baseline_start=start,
                baseline_finish=finish,
                spread=draw(st.sampled_from(list(evm.Spread))),
                technique=technique,
                percent_complete=percent,
                physical_percent_complete=draw(st.integers(0, 100)),
                actual_start=start if percent else None,
                milestones=tuple(
                    evm.Milestone(draw(st.integers(1, 5)), done_on=draw(st.none() | st.just(start)))
                    for _ in range(draw(st.integers(0, 3)))
                ),
                actual_costs=tuple(
                    evm.ActualCost(draw(st.decimals(min_value=0, max_value=10**5, places=2)), start + timedelta(days=k))
                    for k in range(draw(st.integers(0, 3)))
                ),
            )
        )
    status = MONDAY + timedelta(days=draw(st.integers(0, 80)))
    return tasks, status


def _is_monotone(values: tuple[Decimal | None, ...]) -> bool:
    known = [v for v in values if v is not None]
    return all(a <= b for a, b in pairwise(known))


@settings(max_examples=60, deadline=None)
@given(projects())
def test_series_are_monotone_ev_within_bac_es_within_pd(project: tuple[list[evm.TaskInput], date]) -> None:
    tasks, status = project
    result = evm.compute(tasks, WEEKS, status)
    for group in (result.project, *result.branches.values(), *result.categories.values()):
        assert _is_monotone(group.pv_series)
        assert _is_monotone(group.ev_series)
        assert _is_monotone(group.ac_series)
        assert group.ev <= group.bac
        assert group.pv <= group.bac
        schedule = group.schedule
        if schedule.es is not None:
            assert schedule.pd is not None
            assert 0 <= schedule.es <= schedule.pd + 1e-9
    assert result.project.bac == sum((t.bac for t in result.tasks.values()), D(0))
    if result.series[-1].ev is None:  # the last period is after the status date: measured at its end
        assert result.project.pv_series[-1] == result.project.bac


@settings(max_examples=40, deadline=None)
@given(projects(), st.randoms(use_true_random=False))
def test_results_do_not_depend_on_task_order(project: tuple[list[evm.TaskInput], date], random: object) -> None:
    tasks, status = project
    shuffled = list(tasks)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    first, second = evm.compute(tasks, WEEKS, status), evm.compute(shuffled, WEEKS, status)
    assert first.project == second.project
    assert first.series == second.series
    assert first.branches == second.branches
    assert first.categories == second.categories
    assert first.tasks == second.tasks


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(1, 10), min_size=1, max_size=8), st.data())
def test_exactly_on_plan_gives_unit_indices(durations: list[int], data: st.DataObject) -> None:
    """Contiguous work packages (in working days); at the end of one of them, all before it done, none after."""
    workdays = [MONDAY + timedelta(days=k) for k in range(400) if (MONDAY + timedelta(days=k)).weekday() < 5]
    done = data.draw(st.integers(1, len(durations)))
    tasks, first = [], 0
    for index, days in enumerate(durations):
        start, finish = workdays[first], workdays[first + days - 1]
        budget = D(data.draw(st.integers(1, 10**6)))
        complete = index < done
        tasks.append(
            evm.TaskInput(
                index, budget=budget, baseline_start=start, baseline_finish=finish,
                actual_start=start if complete else None, percent_complete=100 if complete else 0,
                actual_costs=(evm.ActualCost(budget, finish),) if complete else (),
            )
        )  # fmt: skip
        first += days
    status = tasks[done - 1].baseline_finish
    assert isinstance(status, date)
    result = evm.compute(tasks, WEEKS, status)
    figures = result.project
    assert figures.indicators.spi == 1.0
    assert figures.indicators.cpi == 1.0
    assert figures.schedule.spi_t == pytest.approx(1.0)
    assert figures.forecast_finish == figures.planned_finish


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 10), st.integers(0, 3)), min_size=1, max_size=6), st.integers(0, 60))
def test_branches_done_on_plan_keep_spi_t_one(packages: list[tuple[int, int]], extra_days: int) -> None:
    """[LIPKE-2006]: a branch whose work packages all finished on their baseline finish has SPI(t) = 1 and its
    planned finish as forecast, however long after its finish the status date is; one finished d working days late
    has SPI(t) = PD / (PD + d)."""
    workdays = [MONDAY + timedelta(days=k) for k in range(600) if (MONDAY + timedelta(days=k)).weekday() < 5]
    tasks, first, lateness = [], 0, {}
    for index, (days, late) in enumerate(packages):
        start, finish = workdays[first], workdays[first + days - 1]
        actual_finish = workdays[first + days - 1 + late]
        tasks += [
            evm.TaskInput(f"b{index}"),
            evm.TaskInput(
                index, parent=f"b{index}", budget=D(1000 * days), baseline_start=start, baseline_finish=finish,
                actual_start=start, actual_finish=actual_finish, percent_complete=100,
            ),
        ]  # fmt: skip
        lateness[f"b{index}"] = (days, late, actual_finish)
        first += days + late
    status = workdays[first] + timedelta(days=extra_days)
    result = evm.compute(tasks, WEEKS, status)
    for key, (days, late, actual_finish) in lateness.items():
        schedule = result.branches[key].schedule
        assert schedule.spi_t == pytest.approx(days / (days + late))
        assert result.branches[key].forecast_finish == actual_finish
        if late == 0:
            assert result.branches[key].forecast_finish == result.branches[key].planned_finish


def test_scribd_exercise_ex6() -> None:
    # "Exercise", EX6, https://www.scribd.com/document/817319588/Exercise: BAC 36,000 over 6 months, PV 29,000,
    # EV 30,500, AC 28,000 -> SPI 1.05, CPI 1.09, estimated cost BAC/CPI = 33,049, estimated time 6/SPI = 5.70.
    figures = evm.indicators(36_000, 29_000, 30_500, 28_000)
    assert figures.spi == pytest.approx(1.05, abs=0.005)
    assert figures.cpi == pytest.approx(1.09, abs=0.005)
    assert float(figures.eac_cpi) == pytest.approx(33_049, abs=1)
    assert figures.spi is not None
    assert 6 / figures.spi == pytest.approx(5.70, abs=0.005)


def test_ie5411_homework_overrun() -> None:
    # IE5411 homework 9, https://www.coursehero.com/file/pbt8e/: BAC 248, EV 148, AC 210 -> CPI 0.7047,
    # EAC = BAC/CPI = 352, VAC = -104.
    figures = evm.indicators(248, 148, 148, 210)
    assert figures.cpi == pytest.approx(0.7047, abs=0.0001)  # 148 / 210 = 0.70476, printed truncated
    assert float(figures.eac_cpi) == pytest.approx(352, abs=0.5)
    assert float(figures.vac) == pytest.approx(-104, abs=0.5)


def test_ie5411_homework_under_budget() -> None:
    # IE5411 homework, second scenario, https://www.coursehero.com/file/p267p/: BAC 118, EV 85, AC 63, PV 85 ->
    # SPI 1, CPI 1.35, EAC 87, VAC 31.
    figures = evm.indicators(118, 85, 85, 63)
    assert figures.spi == pytest.approx(1.0)
    assert figures.cpi == pytest.approx(1.35, abs=0.005)
    assert float(figures.eac_cpi) == pytest.approx(87, abs=0.5)
    assert float(figures.vac) == pytest.approx(31, abs=0.5)
