"""Earned value management (EVM) and Earned Schedule (ES): a pure engine (no database, no Qt, no I/O).

Sources: *Practice Standard for Earned Value Management*, 2nd ed. (PMI, 2011) and ANSI/EIA-748 for the cost-based
figures; W. Lipke, "Schedule is Different", *The Measurable News*, March 2003, and the PMI practice standard's
appendix D for Earned Schedule. Every acronym used in Belfry is defined here, once, with its formula.

Basic quantities (money, at a status date, cumulative from the start of the project):

* **BAC** (budget at completion): the total baseline budget, the sum of all planned value at completion.
* **PV** (planned value, BCWS): the baseline budget of the work scheduled up to the status date.
* **EV** (earned value, BCWP): the baseline budget of the work actually performed, ``EV = Σ task BAC × task %``
  with the task's earned-value technique (see :class:`model.enums.EarnedValueTechnique`).
* **AC** (actual cost, ACWP): the cost actually incurred for the work performed.

Figures computed by :func:`indicators` (``BAC, PV, EV, AC`` in, nothing else):

* **SV** = EV − PV (schedule variance, money); **CV** = EV − AC (cost variance, money).
* **SV %** = SV / PV; **CV %** = CV / EV.
* **SPI** = EV / PV (schedule performance index); **CPI** = EV / AC (cost performance index).
* **CSI** = SPI × CPI (critical ratio, cost-schedule index).
* **EAC** (estimate at completion) in four forms: ``EAC_cpi = BAC / CPI`` (the current cost efficiency persists);
  ``EAC_atypical = AC + (BAC − EV)`` (the remaining work costs its budget); ``EAC_cpi_spi = AC + (BAC − EV) /
  (CPI × SPI)`` (cost and schedule efficiency both weigh on the remaining work); ``EAC_bottom_up = AC + ETC`` with a
  bottom-up ETC estimated by the team.
* **ETC** (estimate to complete): ``ETC_cpi = EAC_cpi − AC``; ``ETC_atypical = BAC − EV``.
* **VAC** = BAC − EAC_cpi (variance at completion).
* **TCPI** (to-complete performance index, the cost efficiency the remaining work needs): ``TCPI_bac = (BAC − EV) /
  (BAC − AC)`` to finish on budget, ``TCPI_eac = (BAC − EV) / (EAC_cpi − AC)`` to finish at EAC_cpi. A negative
  TCPI means the target is already out of reach (more than the target has been spent).
* **% complete** = EV / BAC, **% spent** = AC / BAC, **% planned** = PV / BAC.

Earned Schedule (time, in reporting periods; :func:`earned_schedule`):

* **AT** (actual time): the periods elapsed at the status date. **PD** (planned duration): the periods of the
  baseline, up to the moment cumulative PV reaches BAC.
* **ES** (earned schedule) = C + I: the time at which the current EV should have been earned according to the
  baseline. C is the number of whole periods whose cumulative PV is <= EV; I = (EV − PV_C) / (PV_C+1 − PV_C)
  interpolates linearly in the next period. ES is at most PD, and ES = PD once EV >= BAC.
* **SV(t)** = ES − AT (schedule variance in time); **SPI(t)** = ES / AT.
* **IEAC(t)** = PD / SPI(t) (independent estimate at completion of the duration, in periods from the start);
  **IEAC(t) with PF = 1** = AT + (PD − ES) (the remaining work runs as planned).
* **TSPI** = (PD − ES) / (PD − AT) (the schedule efficiency the remaining work needs to finish at PD).

Earned Schedule of a WBS branch (and of a cost category, and of the project itself) in :func:`compute`. Lipke's
answer for the sub-levels of a project (control accounts, work packages, the critical path) is to "simply treat the
[sub-level] as the project" (W. Lipke, "Applying Earned Schedule to Critical Path Analysis and More", *The
Measurable News*, Fall 2006): the sub-level's own PV curve and EV, on its own time line. Belfry reads that as:

* time 0 is the group's **baseline start** (the earliest start of its budgeted baseline), so time before the branch
  was planned to start counts neither as earned nor as elapsed, and a late start shows as a schedule slip;
* **PD** = the grid time from the baseline start to the baseline finish (the last budgeted finish);
* **ES** = C + I on the group's own cumulative PV, measured from its baseline start;
* **AT** = the grid time from the baseline start to the status date, **stopped at the group's actual finish** once
  its EV equals its BAC (the moment its last task earned its full budget): a finished branch, like a finished
  project, does not keep ageing (0 before the baseline start).

So a branch finished on time has ES = PD = AT and SPI(t) = 1; one finished late has SPI(t) = PD / AT (its planned
over its actual duration, in periods) and IEAC(t) = AT; its forecast finish is its actual finish. SV(t) is the
same on any origin; SPI(t), IEAC(t) and TSPI are not, which is why an origin at the project start (a branch done in
early 2025 showing SPI(t) = 0.11 at a 2026 status date) is wrong. For the project the baseline start is usually
the start of the first period, where Lipke's definitions put time 0.

Conventions:

* **Percentages are fractions**: ``sv_percent == -0.125`` means −12.5 %, ``percent_complete == 0.35`` means 35 %
  (the PMI practice standard writes them as ratios too). Inputs that come from the data model keep the model's
  convention (``TaskInput.percent_complete`` is 0-100).
* **Money is exact**: with ``int``/``Decimal`` inputs every money figure is a ``Decimal`` (divisions carry 28
  significant digits: round for display); with any ``float`` input the money figures are floats. Indices and
  percentages (SPI, CPI, CSI, TCPI, SV %, CV %, % complete...) are always ``float``.
* **Undefined is None, never an exception, inf or nan**: a figure whose formula divides by zero (or uses a figure
  that is undefined, or an input that is not a finite number) is ``None`` and ``result.reasons[name]`` says why,
  e.g. ``reasons["cpi"] == "AC is 0"``.
* Time-phased engine (:func:`compute`): amounts are handled as integer cents (inputs rounded half-even to the cent,
  as :mod:`model.money` does), so every series is exact and sums exactly to the BAC. A status date is inclusive:
  whatever happens on that day counts. Earned Schedule time is measured in periods of the grid (a period's share
  by its working time) from the group's baseline start (see above); the **forecast finish** is the date at
  baseline start + IEAC(t) = PD / SPI(t), which is the same as status date + (PD − ES) / SPI(t) while the group is
  unfinished, because ES / SPI(t) = AT.
"""

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_EVEN, Context, Decimal, localcontext
from enum import StrEnum
from itertools import accumulate

from model.enums import CostCategory, EarnedValueTechnique
from model.money import CENT

Number = int | float | Decimal
"""An input quantity: money, a duration in periods or a percentage."""

Money = Decimal | float
"""A money result: ``Decimal`` when every input was exact (int or Decimal), ``float`` otherwise."""

TaskKey = int | str
"""A task's id (``model.ids.TaskId`` is an ``int``)."""

WorkingAxis = Callable[[datetime], int]
"""Cumulative working time up to a moment, in any integer unit (usually minutes), non-decreasing in the moment.

``services.working_time.WorkingTimeIndex.to_minutes`` is one; :func:`weekday_axis` and :func:`working_days_axis`
build others without a calendar. Only differences matter, so the origin is free.
"""

_DECIMAL = Context(prec=28, rounding=ROUND_HALF_EVEN, traps=[])
_MAX_PERIODS = 10_000  # a grid, once extended to cover the baseline and the forecast, never exceeds this
_DAY = timedelta(days=1)


# --------------------------------------------------------------------------------------------------------------------
# Indicators at one point in time
# --------------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Indicators:
    """Every cost-based EVM figure at one status date (see the module docstring for the formulas).

    Money figures are ``Decimal`` for exact inputs (``float`` otherwise); indices and percentages (fractions) are
    ``float``. A figure that is undefined is ``None`` and ``reasons`` maps its name to why.
    """

    bac: Money | None
    pv: Money | None
    ev: Money | None
    ac: Money | None
    etc_bottom_up: Money | None
    sv: Money | None
    cv: Money | None
    sv_percent: float | None
    cv_percent: float | None
    spi: float | None
    cpi: float | None
    csi: float | None
    eac_cpi: Money | None
    eac_atypical: Money | None
    eac_cpi_spi: Money | None
    eac_bottom_up: Money | None
    etc_cpi: Money | None
    etc_atypical: Money | None
    vac: Money | None
    tcpi_bac: float | None
    tcpi_eac: float | None
    percent_complete: float | None
    percent_spent: float | None
    percent_planned: float | None
    reasons: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Money | None]:
        """The figures by name (without ``reasons``), e.g. for JSON."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "reasons"}


class _Figures:
    """Arithmetic on values that may be undefined, in one number mode (exact ``Decimal`` or ``float``)."""

    __slots__ = ("exact", "reasons")

    def __init__(self, exact: bool) -> None:
        self.exact = exact
        self.reasons: dict[str, str] = {}

    def number(self, value: Number | None, name: str, label: str) -> Money | None:
        """``value`` in this mode, or None (with a reason for ``label``) when it is not a finite number."""
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
            raise TypeError(f"{label} must be int, float or Decimal, not {type(value).__name__}")
        converted: Money
        if isinstance(value, Decimal) and not value.is_finite():
            pass  # NaN, sNaN or infinity (float() refuses a signalling NaN)
        elif self.exact:
            converted = Decimal(value)
            if converted.is_finite():
                return converted
        else:
            converted = float(value)
            if math.isfinite(converted):
                return converted
        self.reasons[name] = f"{label} is not a finite number"
        return None

    def finite(self, name: str, value: Money) -> Money | None:
        """``value`` if it is finite (an overflow is undefined, never inf or nan)."""
        if value.is_finite() if isinstance(value, Decimal) else math.isfinite(value):
            return value
        self.reasons[name] = "the result is out of range"
        return None

    def undefined(self, name: str, reason: str) -> None:
        self.reasons[name] = reason

    def inherit(self, name: str, *sources: str) -> None:
        """Record that ``name`` is undefined because the first undefined of ``sources`` is."""
        for source in sources:
            if source in self.reasons:
                self.reasons[name] = self.reasons[source]
                return
        self.reasons[name] = f"{sources[0]} is undefined"

    def ratio(self, name: str, value: Money | None) -> float | None:
        """An index or percentage as a ``float``."""
        if value is None:
            return None
        result = float(value) + 0.0  # + 0.0 turns -0.0 into 0.0
        if math.isfinite(result):
            return result
        self.reasons[name] = "the result is out of range"
        return None


def indicators(bac: Number, pv: Number, ev: Number, ac: Number, etc_bottom_up: Number | None = None) -> Indicators:
    """Every cost-based EVM figure from BAC, PV, EV and AC (and a bottom-up ETC if there is one).

    Args:
        bac: budget at completion. pv, ev, ac: cumulative planned value, earned value and actual cost.
        etc_bottom_up: a bottom-up estimate to complete, for ``eac_bottom_up = AC + ETC``; None if there is none.

    Returns:
        The figures; never raises for any numeric input (undefined figures are None with a reason).
    """
    values = (bac, pv, ev, ac, etc_bottom_up)
    exact = all(v is None or isinstance(v, int | Decimal) for v in values)
    f = _Figures(exact)
    with localcontext(_DECIMAL):
        b = f.number(bac, "bac", "BAC")
        p = f.number(pv, "pv", "PV")
        e = f.number(ev, "ev", "EV")
        a = f.number(ac, "ac", "AC")
        t = f.number(etc_bottom_up, "etc_bottom_up", "ETC")
        return _indicators(f, b, p, e, a, t=t, etc_given=etc_bottom_up is not None)


def _indicators(  # noqa: PLR0915 (one statement per formula of the standard reads best)
    f: _Figures,
    b: Money | None,
    p: Money | None,
    e: Money | None,
    a: Money | None,
    *,
    t: Money | None,
    etc_given: bool,
) -> Indicators:
    r: dict[str, Money | None] = {}

    def diff(name: str, x: Money | None, y: Money | None, *sources: str) -> Money | None:
        if x is None or y is None:
            f.inherit(name, *sources)
            return None
        return f.finite(name, x - y)  # type: ignore[operator]  # both operands share the mode

    def quotient(name: str, x: Money | None, y: Money | None, zero_reason: str, *sources: str) -> Money | None:
        if x is None or y is None:
            f.inherit(name, *sources)
            return None
        if y == 0:
            f.undefined(name, zero_reason)
            return None
        return f.finite(name, x / y)  # type: ignore[operator]

    r["sv"] = diff("sv", e, p, "ev", "pv")
    r["cv"] = diff("cv", e, a, "ev", "ac")
    r["sv_percent"] = quotient("sv_percent", r["sv"], p, "PV is 0", "sv")
    r["cv_percent"] = quotient("cv_percent", r["cv"], e, "EV is 0", "cv")
    r["spi"] = quotient("spi", e, p, "PV is 0", "ev", "pv")
    r["cpi"] = quotient("cpi", e, a, "AC is 0", "ev", "ac")
    if r["spi"] is None or r["cpi"] is None:
        f.inherit("csi", "spi", "cpi")
        r["csi"] = None
    else:
        r["csi"] = f.finite("csi", r["spi"] * r["cpi"])  # type: ignore[operator]

    # EAC = BAC / CPI = BAC × AC / EV, computed from the inputs so that exact inputs give an exact-as-possible result.
    if r["cpi"] is None:
        f.inherit("eac_cpi", "cpi")
        r["eac_cpi"] = None
    elif r["cpi"] == 0:
        f.undefined("eac_cpi", "EV is 0")
        r["eac_cpi"] = None
    else:
        r["eac_cpi"] = quotient("eac_cpi", _mul(b, a), e, "EV is 0", "bac")
    r["etc_atypical"] = diff("etc_atypical", b, e, "bac", "ev")
    r["eac_atypical"] = _add(f, "eac_atypical", a, r["etc_atypical"], "ac", "etc_atypical")
    # EAC = AC + (BAC − EV) / (CPI × SPI) = AC + (BAC − EV) × AC × PV / EV².
    if r["csi"] is None:
        f.inherit("eac_cpi_spi", "csi")
        r["eac_cpi_spi"] = None
    elif r["csi"] == 0:
        f.undefined("eac_cpi_spi", "EV is 0")
        r["eac_cpi_spi"] = None
    else:
        remainder = quotient("eac_cpi_spi", _mul(_mul(r["etc_atypical"], a), p), _mul(e, e), "EV is 0", "bac")
        r["eac_cpi_spi"] = _add(f, "eac_cpi_spi", a, remainder, "ac", "eac_cpi_spi")
    if not etc_given:
        f.undefined("etc_bottom_up", "no bottom-up ETC given")
        f.undefined("eac_bottom_up", "no bottom-up ETC given")
        r["eac_bottom_up"] = None
    else:
        r["eac_bottom_up"] = _add(f, "eac_bottom_up", a, t, "ac", "etc_bottom_up")
    r["etc_cpi"] = diff("etc_cpi", r["eac_cpi"], a, "eac_cpi", "ac")
    r["vac"] = diff("vac", b, r["eac_cpi"], "bac", "eac_cpi")
    bac_minus_ac = diff("bac_minus_ac", b, a, "bac", "ac")
    r["tcpi_bac"] = quotient(
        "tcpi_bac", r["etc_atypical"], bac_minus_ac, "BAC - AC is 0", "etc_atypical", "bac_minus_ac"
    )
    f.reasons.pop("bac_minus_ac", None)
    r["tcpi_eac"] = quotient("tcpi_eac", r["etc_atypical"], r["etc_cpi"], "EAC - AC is 0", "etc_atypical", "etc_cpi")
    r["percent_complete"] = quotient("percent_complete", e, b, "BAC is 0", "ev", "bac")
    r["percent_spent"] = quotient("percent_spent", a, b, "BAC is 0", "ac", "bac")
    r["percent_planned"] = quotient("percent_planned", p, b, "BAC is 0", "pv", "bac")

    ratios = {"sv_percent", "cv_percent", "spi", "cpi", "csi", "tcpi_bac", "tcpi_eac"}
    ratios |= {"percent_complete", "percent_spent", "percent_planned"}
    out: dict[str, Money | None] = {name: f.ratio(name, r[name]) if name in ratios else r[name] for name in r}
    for name, value in out.items():
        if value is not None:
            f.reasons.pop(name, None)
    return Indicators(
        bac=b,
        pv=p,
        ev=e,
        ac=a,
        etc_bottom_up=t,
        sv=out["sv"],
        cv=out["cv"],
        sv_percent=_as_float(out["sv_percent"]),
        cv_percent=_as_float(out["cv_percent"]),
        spi=_as_float(out["spi"]),
        cpi=_as_float(out["cpi"]),
        csi=_as_float(out["csi"]),
        eac_cpi=out["eac_cpi"],
        eac_atypical=out["eac_atypical"],
        eac_cpi_spi=out["eac_cpi_spi"],
        eac_bottom_up=out["eac_bottom_up"],
        etc_cpi=out["etc_cpi"],
        etc_atypical=out["etc_atypical"],
        vac=out["vac"],
        tcpi_bac=_as_float(out["tcpi_bac"]),
        tcpi_eac=_as_float(out["tcpi_eac"]),
        percent_complete=_as_float(out["percent_complete"]),
        percent_spent=_as_float(out["percent_spent"]),
        percent_planned=_as_float(out["percent_planned"]),
        reasons=dict(sorted(f.reasons.items())),
    )


def _mul(x: Money | None, y: Money | None) -> Money | None:
    if x is None or y is None:
        return None
    return x * y  # type: ignore[operator]  # both operands share the mode


def _add(f: _Figures, name: str, x: Money | None, y: Money | None, *sources: str) -> Money | None:
    if x is None or y is None:
        f.inherit(name, *sources)
        return None
    return f.finite(name, x + y)  # type: ignore[operator]


def _as_float(value: Money | None) -> float | None:
    return None if value is None else float(value)


# --------------------------------------------------------------------------------------------------------------------
# Earned Schedule
# --------------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EarnedSchedule:
    """Earned Schedule figures (Lipke), all in periods of the PV series; undefined figures are None with a reason.

    Attributes:
        es: earned schedule. at: actual time. pd: planned duration.
        sv_t: SV(t) = ES − AT. spi_t: SPI(t) = ES / AT.
        ieac_t: IEAC(t) = PD / SPI(t). ieac_t_pf1: IEAC(t) with PF = 1 = AT + (PD − ES).
        tspi: TSPI = (PD − ES) / (PD − AT); negative once AT is past PD while work remains.
    """

    es: float | None
    at: float | None
    pd: float | None
    sv_t: float | None
    spi_t: float | None
    ieac_t: float | None
    ieac_t_pf1: float | None
    tspi: float | None
    reasons: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, float | None]:
        """The figures by name (without ``reasons``)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "reasons"}


_ES_FIGURES = ("es", "at", "pd", "sv_t", "spi_t", "ieac_t", "ieac_t_pf1", "tspi")


def earned_schedule(
    pv_cumulative: Sequence[Number], ev: Number, actual_time: Number, planned_duration: Number | None = None
) -> EarnedSchedule:
    """Earned Schedule figures from a cumulative PV series, the current EV and the actual time.

    Args:
        pv_cumulative: ``pv_cumulative[i]`` is the cumulative PV at the end of period ``i + 1``; PV is 0 at time 0.
            The last value is the BAC.
        ev: cumulative earned value at the status date.
        actual_time: AT, the periods elapsed at the status date (may be fractional).
        planned_duration: PD in periods; by default the first period in which cumulative PV reaches its final value
            (a baseline that stays flat at the end does not lengthen the project).

    Returns:
        ES, SV(t), SPI(t), IEAC(t), IEAC(t) with PF = 1 and TSPI; never raises for numeric input.
    """
    values = (*pv_cumulative, ev, actual_time, planned_duration)
    exact = all(v is None or isinstance(v, int | Decimal) for v in values)
    f = _Figures(exact)
    with localcontext(_DECIMAL):
        pvs = [f.number(v, "pv", "a cumulative PV") for v in pv_cumulative]
        times = [f.number(i + 1, "at", "AT") for i in range(len(pvs))]
        return _earned_schedule(f, times, pvs, ev=ev, actual_time=actual_time, planned_duration=planned_duration)


def _earned_schedule(  # noqa: PLR0912, PLR0915 (one branch per undefined case of the definitions)
    f: _Figures,
    times: Sequence[Money | None],
    pvs: Sequence[Money | None],
    *,
    ev: Number,
    actual_time: Number,
    planned_duration: Number | None,
) -> EarnedSchedule:
    """Earned Schedule on a PV curve sampled at ``times`` (non-decreasing, after time 0 where PV is 0)."""
    e = f.number(ev, "ev", "EV")
    at = f.number(actual_time, "at", "AT")
    pd = f.number(planned_duration, "pd", "PD")
    zero = f.number(0, "zero", "0")
    assert zero is not None  # 0 is finite
    reason: str | None = None
    if any(v is None for v in pvs) or any(t is None for t in times):
        reason = "a cumulative PV is not a finite number"
    elif not pvs:
        reason = "there is no planned value"
    elif any(later < earlier for earlier, later in zip([zero, *pvs], pvs, strict=False)):  # type: ignore[operator]
        reason = "the PV series is not cumulative (it decreases)"
    elif pvs[-1] <= 0:  # type: ignore[operator]
        reason = "BAC is 0"
    if reason is not None:
        return _es_none(f, reason, at)
    curve_t: list[Money] = [zero, *(t for t in times if t is not None)]
    curve_pv: list[Money] = [zero, *(v for v in pvs if v is not None)]
    bac = curve_pv[-1]
    if pd is None:
        if "pd" in f.reasons:
            return _es_none(f, f.reasons["pd"], at)
        pd = curve_t[bisect_left(curve_pv, bac)]
    if pd <= 0:
        return _es_none(f, "PD is 0", at)

    out: dict[str, Money | None] = {"at": at, "pd": pd}
    if e is None:
        f.inherit("es", "ev")
        es = None
    elif e < 0:
        f.undefined("es", "EV is negative")
        es = None
    elif e >= bac:
        es = pd
    else:
        c = bisect_right(curve_pv, e) - 1  # last sample with PV <= EV (PV_0 = 0 <= EV)
        increment = (e - curve_pv[c]) / (curve_pv[c + 1] - curve_pv[c])  # type: ignore[operator]
        es = min(curve_t[c] + increment * (curve_t[c + 1] - curve_t[c]), pd)  # type: ignore[operator,assignment]
    out["es"] = es
    if at is not None and at < 0:
        f.undefined("at", "AT is negative")
        at = out["at"] = None
    if es is None or at is None:
        for name in ("sv_t", "spi_t", "ieac_t", "ieac_t_pf1"):
            f.inherit(name, "es", "at")
            out[name] = None
    else:
        out["sv_t"] = es - at  # type: ignore[operator]
        out["ieac_t_pf1"] = at + (pd - es)  # type: ignore[operator]
        if at == 0:
            f.undefined("spi_t", "AT is 0")
            f.undefined("ieac_t", "AT is 0")
            out["spi_t"] = out["ieac_t"] = None
        elif es == 0:
            out["spi_t"] = es / at  # type: ignore[operator]
            f.undefined("ieac_t", "ES is 0 (SPI(t) is 0)")
            out["ieac_t"] = None
        else:
            out["spi_t"] = es / at  # type: ignore[operator]
            out["ieac_t"] = pd * at / es  # type: ignore[operator]  # = PD / SPI(t)
    if es is None or at is None:
        f.inherit("tspi", "es", "at")
        out["tspi"] = None
    elif pd == at:
        f.undefined("tspi", "PD - AT is 0")
        out["tspi"] = None
    else:
        out["tspi"] = (pd - es) / (pd - at)  # type: ignore[operator]
    floats = {name: f.ratio(name, out[name]) for name in _ES_FIGURES}
    for name, value in floats.items():
        if value is not None:
            f.reasons.pop(name, None)
    f.reasons.pop("zero", None)
    return EarnedSchedule(**floats, reasons=dict(sorted(f.reasons.items())))


def _es_none(f: _Figures, reason: str, at: Money | None) -> EarnedSchedule:
    reasons = {name: reason for name in _ES_FIGURES if name != "at"}
    if at is None:
        reasons["at"] = f.reasons.get("at", reason)
    return EarnedSchedule(
        es=None,
        at=None if at is None else float(at),
        pd=None,
        sv_t=None,
        spi_t=None,
        ieac_t=None,
        ieac_t_pf1=None,
        tspi=None,
        reasons=dict(sorted(reasons.items())),
    )


# --------------------------------------------------------------------------------------------------------------------
# Working-time axes without a calendar
# --------------------------------------------------------------------------------------------------------------------

_MINUTES_PER_DAY = 1440


class _WeekdayAxis:
    """Working minutes on fixed weekdays; inside a working day time counts uniformly from 00:00 to 24:00."""

    __slots__ = ("_before", "_per_week", "_weekdays")

    def __init__(self, weekdays: Iterable[int]) -> None:
        self._weekdays = frozenset(weekdays)
        if not self._weekdays <= set(range(7)):
            raise ValueError("weekdays are 0 (Monday) to 6 (Sunday)")
        self._per_week = len(self._weekdays)
        self._before = [sum(1 for d in range(k) if d in self._weekdays) for k in range(7)]

    def __call__(self, moment: datetime) -> int:
        weeks, weekday = divmod(moment.toordinal() - 1, 7)  # ordinal 1 (0001-01-01) is a Monday
        days = weeks * self._per_week + self._before[weekday]
        inside = moment.hour * 60 + moment.minute if weekday in self._weekdays else 0
        return days * _MINUTES_PER_DAY + inside


class _DaysAxis:
    """Working minutes on a precomputed list of working days (every other day is off)."""

    __slots__ = ("_days", "_ordinals")

    def __init__(self, days: Iterable[date]) -> None:
        self._days = frozenset(day.toordinal() for day in days)
        self._ordinals = sorted(self._days)

    def __call__(self, moment: datetime) -> int:
        ordinal = moment.toordinal()
        inside = moment.hour * 60 + moment.minute if ordinal in self._days else 0
        return bisect_left(self._ordinals, ordinal) * _MINUTES_PER_DAY + inside


def weekday_axis(weekdays: Iterable[int] = (0, 1, 2, 3, 4)) -> WorkingAxis:
    """A working-time axis on which the given weekdays (0 = Monday) work, 24 h a day; Monday to Friday by default.

    Period boundaries fall at midnight, so counting a working day from 00:00 to 24:00 only shifts, within the first
    and last day of a task, how its budget splits between them. Use a calendar's
    ``WorkingTimeIndex.to_minutes`` where that matters.
    """
    return _WeekdayAxis(weekdays)


def working_days_axis(days: Iterable[date]) -> WorkingAxis:
    """A working-time axis on which exactly ``days`` work (e.g. a calendar's precomputed working days)."""
    return _DaysAxis(days)


# --------------------------------------------------------------------------------------------------------------------
# Reporting periods
# --------------------------------------------------------------------------------------------------------------------


class PeriodKind(StrEnum):
    """Reporting period of a series.

    ``FISCAL`` periods are the months of the fiscal year, numbered P01-P12 from the fiscal-year start month (an ERP's
    posting periods); ``FISCAL_QUARTER`` groups three of them.
    """

    WEEK = "week"
    MONTH = "month"
    FISCAL = "fiscal"
    FISCAL_QUARTER = "fiscal-quarter"


@dataclass(frozen=True, slots=True)
class Period:
    """A reporting period: ``start`` inclusive, ``end`` exclusive (both at midnight), and its display label."""

    start: date
    end: date
    label: str

    @property
    def last_day(self) -> date:
        """The period's last day."""
        return self.end - _DAY


@dataclass(frozen=True, slots=True)
class PeriodGrid:
    """Contiguous reporting periods and the rule that makes more of them (see :func:`period_grid`)."""

    kind: PeriodKind
    periods: tuple[Period, ...]
    fiscal_year_start_month: int = 1
    week_start: int = 0
    fiscal_year_named_by_start: bool = False

    def containing(self, day: date) -> Period:
        """The period of this grid's kind that contains ``day``."""
        if self.kind is PeriodKind.WEEK:
            start = day - timedelta(days=(day.weekday() - self.week_start) % 7)
            year, week, _ = (start + timedelta(days=3)).isocalendar()
            return Period(start, start + timedelta(days=7), f"{year}-W{week:02d}")
        months = 3 if self.kind is PeriodKind.FISCAL_QUARTER else 1
        offset = (day.month - self.fiscal_year_start_month) % 12 if self.kind is not PeriodKind.MONTH else 0
        first_month_index = day.year * 12 + day.month - 1 - offset % months
        start = date(first_month_index // 12, first_month_index % 12 + 1, 1)
        end_index = first_month_index + months
        end = date(end_index // 12, end_index % 12 + 1, 1)
        if self.kind is PeriodKind.MONTH:
            return Period(start, end, f"{start.year}-{start.month:02d}")
        fiscal_offset = (start.month - self.fiscal_year_start_month) % 12
        start_year = start.year if start.month >= self.fiscal_year_start_month else start.year - 1
        named = start_year if self.fiscal_year_named_by_start or self.fiscal_year_start_month == 1 else start_year + 1
        if self.kind is PeriodKind.FISCAL:
            return Period(start, end, f"FY{named} P{fiscal_offset + 1:02d}")
        return Period(start, end, f"FY{named} Q{fiscal_offset // 3 + 1}")

    def after(self, period: Period) -> Period:
        """The period that follows ``period``."""
        return self.containing(period.end)

    def before(self, period: Period) -> Period:
        """The period that precedes ``period``."""
        return self.containing(period.start - _DAY)


def period_grid(
    kind: PeriodKind,
    first: date,
    last: date,
    *,
    fiscal_year_start_month: int = 1,
    week_start: int = 0,
    fiscal_year_named_by_start: bool = False,
) -> PeriodGrid:
    """The periods of ``kind`` covering ``first`` to ``last`` (inclusive).

    Args:
        kind: weeks, calendar months, fiscal months or fiscal quarters.
        first: a day in the first period; build the grid from the project start, since Earned Schedule counts time
            from the start of the first period.
        last: a day in the last period (:func:`compute` adds periods to cover the baseline and the status date).
        fiscal_year_start_month: 1 = January (the Belgian budget year).
        week_start: first day of a week, 0 = Monday (ISO 8601).
        fiscal_year_named_by_start: name a fiscal year after the calendar year it starts in (default: the year it
            ends in, as MS Project does by default; identical for a January start).
    """
    if not 1 <= fiscal_year_start_month <= 12 or not 0 <= week_start <= 6:
        raise ValueError("fiscal_year_start_month is 1-12 and week_start 0-6")
    grid = PeriodGrid(kind, (), fiscal_year_start_month, week_start, fiscal_year_named_by_start)
    periods = [grid.containing(first)]
    while periods[-1].end <= last:
        periods.append(grid.after(periods[-1]))
    return PeriodGrid(kind, tuple(periods), fiscal_year_start_month, week_start, fiscal_year_named_by_start)


# --------------------------------------------------------------------------------------------------------------------
# Engine inputs
# --------------------------------------------------------------------------------------------------------------------


class Spread(StrEnum):
    """How a task's budget is spread over its baseline working time, as the cumulative share F(x) of the budget
    planned once a fraction x (0-1) of the task's baseline working time has elapsed:

    * ``LINEAR``: F(x) = x (uniform density);
    * ``FRONT_LOADED``: F(x) = 1 − (1 − x)², a triangular density 2(1 − x) falling from twice the average to 0
      (three quarters of the budget in the first half);
    * ``BACK_LOADED``: F(x) = x², a triangular density 2x rising from 0 (one quarter in the first half).
    """

    LINEAR = "linear"
    FRONT_LOADED = "front-loaded"
    BACK_LOADED = "back-loaded"


@dataclass(frozen=True, slots=True)
class PlannedSlice:
    """Part of a time-phased baseline: ``amount`` spread linearly over the working time from ``start`` to ``finish``.

    A ``date`` start means its midnight, a ``date`` finish the end of that day. A ``BaselineTimephased`` row maps to
    ``PlannedSlice(period_start, period_start + period_days - 1 day, cost)``.
    """

    start: date | datetime
    finish: date | datetime
    amount: Decimal | int


@dataclass(frozen=True, slots=True)
class Milestone:
    """A milestone of a weighted-milestones task: its weight and whether (and on which day) it was reached."""

    weight: Number
    done: bool = False
    done_on: date | None = None


@dataclass(frozen=True, slots=True)
class ProgressRecord:
    """A task's progress as recorded at the end of ``on`` (e.g. from a closed status period); percentages 0-100."""

    on: date
    percent_complete: Number = 0
    physical_percent_complete: Number = 0


@dataclass(frozen=True, slots=True)
class ActualCost:
    """An actual cost: booked on ``start`` (a cost entry), or spread linearly over the working time from ``start`` to
    ``finish`` (actual work x rates between the actual start and the actual finish or the status date).

    ``category`` overrides the task's cost category for the roll-up per category.
    """

    amount: Decimal | int
    start: date | datetime
    finish: date | datetime | None = None
    category: str | None = None


@dataclass(frozen=True, slots=True)
class AssignmentCost:
    """What one assignment costs: ``work_minutes`` at ``rate_per_hour`` plus ``cost_per_use``; a material resource
    gives ``material_units`` instead (cost = units x rate)."""

    work_minutes: int = 0
    rate_per_hour: Decimal | int = 0
    cost_per_use: Decimal | int = 0
    material_units: Decimal | int | None = None


def task_budget(assignments: Iterable[AssignmentCost], fixed_cost: Decimal | int = 0) -> Decimal:
    """A task's budget: Σ assignments (work x rate + cost per use) + fixed cost, rounded half-even to the cent."""
    total = Decimal(fixed_cost)
    for assignment in assignments:
        quantity = (
            Decimal(assignment.material_units)
            if assignment.material_units is not None
            else Decimal(assignment.work_minutes) / 60
        )
        total += quantity * Decimal(assignment.rate_per_hour) + Decimal(assignment.cost_per_use)
    return total.quantize(CENT, rounding=ROUND_HALF_EVEN)


@dataclass(frozen=True, slots=True)
class TaskInput:
    """One task of the WBS as the engine sees it (plain values; the mapping layer reads them from a baseline).

    Attributes:
        id: the task's id. parent: its parent's id (None at the top); a task that is some task's parent is a WBS
            branch whose figures roll up its own and all its descendants' values.
        category: the cost category of its budget and of its costs (unless a cost says otherwise).
        budget: the task's BAC (see :func:`task_budget`); ignored when ``planned`` slices are given.
        baseline_start, baseline_finish: the baseline dates over which ``budget`` is spread (``date`` = midnight /
            end of day). spread: the shape of that spread.
        planned: a time-phased baseline instead (its sum is then the task's BAC).
        technique: how EV is earned. percent_complete, physical_percent_complete: 0-100, as in the data model.
        actual_start, actual_finish: actual dates (an actual finish means the task is complete).
        milestones: for ``WEIGHTED_MILESTONES``. progress: earlier progress records, which shape the EV series.
        actual_costs: the task's actual costs. etc_bottom_up: the team's estimate to complete, if any.
        calendar: key of the task's working-time axis in ``compute(calendars=...)``; None = the project's.
    """

    id: TaskKey
    parent: TaskKey | None = None
    category: str = CostCategory.OTHER
    budget: Decimal | int = 0
    baseline_start: date | datetime | None = None
    baseline_finish: date | datetime | None = None
    spread: Spread = Spread.LINEAR
    planned: tuple[PlannedSlice, ...] = ()
    technique: EarnedValueTechnique = EarnedValueTechnique.PERCENT_COMPLETE
    percent_complete: Number = 0
    physical_percent_complete: Number = 0
    actual_start: date | datetime | None = None
    actual_finish: date | datetime | None = None
    milestones: tuple[Milestone, ...] = ()
    progress: tuple[ProgressRecord, ...] = ()
    actual_costs: tuple[ActualCost, ...] = ()
    etc_bottom_up: Decimal | int | None = None
    calendar: Hashable | None = None


# --------------------------------------------------------------------------------------------------------------------
# Engine outputs
# --------------------------------------------------------------------------------------------------------------------


class Rag(StrEnum):
    """Traffic-light status of a figure."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"


@dataclass(frozen=True, slots=True)
class StatusRule:
    """Thresholds of one figure: worse than ``amber`` is amber, worse than ``red`` is red.

    "Worse" is "below" when ``higher_is_better`` (indices such as CPI), "above" otherwise (TCPI).
    """

    figure: str
    amber: float
    red: float
    higher_is_better: bool = True

    def rate(self, value: float) -> Rag:
        """The status of ``value``."""
        sign = 1.0 if self.higher_is_better else -1.0
        if sign * value < sign * self.red:
            return Rag.RED
        return Rag.AMBER if sign * value < sign * self.amber else Rag.GREEN


DEFAULT_RULES: tuple[StatusRule, ...] = (
    StatusRule("cpi", 0.95, 0.90),
    StatusRule("spi", 0.95, 0.90),
    StatusRule("spi_t", 0.95, 0.90),
    StatusRule("csi", 0.95, 0.90),
    StatusRule("cv_percent", -0.05, -0.10),
    StatusRule("sv_percent", -0.05, -0.10),
    StatusRule("tcpi_bac", 1.05, 1.10, higher_is_better=False),
)
"""CPI, SPI, SPI(t), CSI below 0.95 amber, below 0.90 red; CV %, SV % below −5 % / −10 %; TCPI above 1.05 / 1.10."""


def rate(figures: Mapping[str, object], rules: Iterable[StatusRule] = DEFAULT_RULES) -> dict[str, Rag]:
    """The status of every figure that has a rule and a value (undefined figures get no status)."""
    status: dict[str, Rag] = {}
    for rule in rules:
        value = figures.get(rule.figure)
        if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
            status[rule.figure] = rule.rate(float(value))
    return status


@dataclass(frozen=True, slots=True)
class EvmIssue:
    """A problem in the input, returned as a value (the engine never raises for bad data)."""

    message: str
    task: TaskKey | None = None
    severity: str = "warning"  # "warning" or "error"


@dataclass(frozen=True, slots=True)
class SeriesPoint:
    """Cumulative figures at the end of one period, or at the status date for the period that contains it.

    Periods after the status date have a PV only (``ev``, ``ac``, ``indicators``, ``schedule`` are None).
    """

    period: Period
    as_of: date
    pv: Decimal
    ev: Decimal | None
    ac: Decimal | None
    indicators: Indicators | None
    schedule: EarnedSchedule | None


@dataclass(frozen=True, slots=True)
class GroupFigures:
    """The figures of the project, a WBS branch or a cost category at the status date, and its PV/EV/AC series.

    Attributes:
        bac, pv, ev, ac: money at the status date; etc_bottom_up: Σ the tasks' bottom-up ETC (a task without one
            counts its BAC − EV), None when no task has one.
        indicators, schedule: every EVM and ES figure at the status date (ES, AT, PD in periods of the grid from
            the group's baseline start; AT stops at the group's actual finish: see the module docstring).
        planned_finish: the last day of the baseline. forecast_finish: the day at baseline start + IEAC(t) (None,
            with ``forecast_reason``, when IEAC(t) is undefined).
        status: green/amber/red per rated figure.
        pv_series, ev_series, ac_series: cumulative values per period of ``EvmResult.periods`` (as in
            :class:`SeriesPoint`; EV and AC are None after the status date).
    """

    bac: Decimal
    pv: Decimal
    ev: Decimal
    ac: Decimal
    etc_bottom_up: Decimal | None
    indicators: Indicators
    schedule: EarnedSchedule
    planned_finish: date | None
    forecast_finish: date | None
    forecast_reason: str | None
    status: dict[str, Rag]
    pv_series: tuple[Decimal, ...]
    ev_series: tuple[Decimal | None, ...]
    ac_series: tuple[Decimal | None, ...]


@dataclass(frozen=True, slots=True)
class TaskFigures:
    """One task's own cumulative BAC, PV, EV and AC at the status date (for a period snapshot per task).

    Kept in integer cents (10,000 tasks need no 40,000 Decimals); the properties give ``Decimal`` amounts.
    """

    bac_cents: int
    pv_cents: int
    ev_cents: int
    ac_cents: int

    @property
    def bac(self) -> Decimal:
        return _money(self.bac_cents)

    @property
    def pv(self) -> Decimal:
        return _money(self.pv_cents)

    @property
    def ev(self) -> Decimal:
        return _money(self.ev_cents)

    @property
    def ac(self) -> Decimal:
        return _money(self.ac_cents)


@dataclass(frozen=True, slots=True)
class EvmResult:
    """Everything :func:`compute` derives.

    Attributes:
        periods: the grid actually used (the given one, extended to cover the baseline, the costs and the status date).
        project: the project's figures. series: the project's figures per period.
        branches: per WBS branch (every task that has children), its own and its descendants' values.
        categories: per cost category. tasks: each task's own values. issues: problems found in the input.
    """

    status_date: date
    periods: tuple[Period, ...]
    project: GroupFigures
    series: tuple[SeriesPoint, ...]
    branches: dict[TaskKey, GroupFigures]
    categories: dict[str, GroupFigures]
    tasks: dict[TaskKey, TaskFigures]
    issues: tuple[EvmIssue, ...]


# --------------------------------------------------------------------------------------------------------------------
# The time-phased engine
# --------------------------------------------------------------------------------------------------------------------


def _start_moment(value: date | datetime) -> datetime:
    """A start: a ``date`` means its midnight."""
    return value if isinstance(value, datetime) else datetime.combine(value, time())


def _end_moment(value: date | datetime) -> datetime:
    """A finish or a booking day: a ``date`` means the end of that day (the next midnight)."""
    return value if isinstance(value, datetime) else datetime.combine(value + _DAY, time())


def _day_of_end(moment: datetime) -> date:
    """The day a finish moment belongs to (midnight belongs to the day before)."""
    return moment.date() - _DAY if moment.time() == time() else moment.date()


def _to_cents(value: Number) -> int:
    if type(value) is int:
        return value * 100
    amount = value if type(value) is Decimal else Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    return int((amount * 100).to_integral_value(rounding=ROUND_HALF_EVEN))


def _money(cents: int) -> Decimal:
    return Decimal(cents).scaleb(-2)


def _round_div(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half-even (denominator > 0), in exact integer arithmetic."""
    quotient, remainder = divmod(numerator, denominator)
    twice = 2 * remainder
    if twice > denominator or (twice == denominator and quotient % 2):
        quotient += 1
    return quotient


def _share(cents: int, spread: Spread, elapsed: int, total: int) -> int:
    """Cumulative cents of a ``cents`` budget planned after ``elapsed`` of ``total`` working time (0 < elapsed <
    total)."""
    if spread is Spread.LINEAR:
        return _round_div(cents * elapsed, total)
    if spread is Spread.BACK_LOADED:
        return _round_div(cents * elapsed * elapsed, total * total)
    rest = total - elapsed
    return _round_div(cents * (total * total - rest * rest), total * total)


def _fraction(value: Number) -> Decimal:
    """A 0-100 percentage as a Decimal, clamped to 0-100."""
    if type(value) is int:  # the usual case, without going through Decimal arithmetic
        return Decimal(min(max(value, 0), 100))
    amount = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    if not amount.is_finite():
        return Decimal(0)
    return min(max(amount, Decimal(0)), Decimal(100))


def _earned_cents(bac_cents: int, share: Decimal) -> int:
    """round(BAC x share), share in 0-1."""
    with localcontext(_DECIMAL):
        return int((bac_cents * share).to_integral_value(rounding=ROUND_HALF_EVEN))


def _percent_of(bac_cents: int, percent: Number) -> int:
    """round(BAC x percent / 100), the percentage clamped to 0-100 (integers in exact integer arithmetic)."""
    if type(percent) is int:
        return _round_div(bac_cents * min(max(percent, 0), 100), 100)
    return _earned_cents(bac_cents, _fraction(percent) / 100)


@dataclass(slots=True)
class _Segment:
    start: datetime
    finish: datetime
    cents: int
    spread: Spread


class _Accumulator:
    """Per-sample increments of PV, EV and AC of one group (project, branch or category).

    ``start`` and ``finish`` bound the group's budgeted baseline (its own Earned Schedule time line); ``completed``
    is the latest moment at which one of its tasks earned its whole budget (the group's actual finish once its EV
    equals its BAC).
    """

    __slots__ = ("ac", "bac", "completed", "etc", "ev", "finish", "has_etc", "pv", "start")

    def __init__(self, samples: int) -> None:
        self.pv = [0] * samples
        self.ev = [0] * samples
        self.ac = [0] * samples
        self.bac = 0
        self.etc = 0
        self.has_etc = False
        self.start: datetime | None = None
        self.finish: datetime | None = None
        self.completed: datetime | None = None


class _MemoAxis:
    """A working-time axis that remembers its answers: tasks share their start, finish and booking moments, and a
    calendar's answer costs far more than a dictionary look-up."""

    __slots__ = ("_axis", "_known")

    def __init__(self, axis: WorkingAxis) -> None:
        self._axis = axis
        self._known: dict[datetime, int] = {}

    def __call__(self, moment: datetime) -> int:
        known = self._known.get(moment)
        if known is None:
            known = self._known[moment] = self._axis(moment)
        return known


class _Timeline:
    """The sample moments (period boundaries and the status moment) and positions on working-time axes."""

    def __init__(self, grid: PeriodGrid, periods: list[Period], status_moment: datetime, axis: WorkingAxis) -> None:
        self.grid = grid
        self.periods = periods
        self.axis = axis
        self.boundaries = [_start_moment(periods[0].start), *(_start_moment(p.end) for p in periods)]
        self.status_moment = status_moment
        samples = list(self.boundaries)
        insert_at = bisect_left(samples, status_moment)
        if insert_at == len(samples) or samples[insert_at] != status_moment:
            samples.insert(insert_at, status_moment)
        self.samples = samples
        self.status_index = insert_at
        self.boundary_index = [bisect_left(samples, moment) for moment in self.boundaries]
        self._positions: dict[int, tuple[WorkingAxis, list[int]]] = {}
        self._boundary_work = [axis(moment) for moment in self.boundaries]
        # Grid position (periods since the start of the first period) of every sample.
        self.times = [self.position(moment) for moment in samples]

    def positions(self, axis: WorkingAxis) -> list[int]:
        """``axis`` at every sample, computed once per axis."""
        cached = self._positions.get(id(axis))
        if cached is None:
            cached = (axis, [axis(moment) for moment in self.samples])
            self._positions[id(axis)] = cached
        return cached[1]

    def position(self, moment: datetime) -> float:
        """The grid position of ``moment``: period index + the share of that period's working time before it."""
        k = bisect_right(self.boundaries, moment) - 1
        if k >= len(self.periods):
            return float(len(self.periods))
        k = max(k, 0)
        start, end = self.boundaries[k], self.boundaries[k + 1]
        work = self._boundary_work[k + 1] - self._boundary_work[k]
        if work > 0:
            return k + (self.axis(moment) - self._boundary_work[k]) / work
        return k + (moment - start) / (end - start)

    def day_at(self, position: float) -> date | None:
        """The day on which grid position ``position`` falls (the periods go on past the grid); None if too far."""
        position = round(position, 9)  # float noise must not push a finish at a boundary into the next period
        k = math.floor(position)
        share = position - k
        if share == 0 and k > 0:
            k, share = k - 1, 1.0
        if k >= _MAX_PERIODS:
            return None
        period = self.periods[min(k, len(self.periods) - 1)]
        for _ in range(k - len(self.periods) + 1):
            period = self.grid.after(period)
        first, last = self.axis(_start_moment(period.start)), self.axis(_start_moment(period.end))
        if last > first:
            # Float noise (the rounding above, a position rebuilt as origin + duration) must not move a finish at
            # the end of a day to the next working day: a hundredth of a working minute is far below any real share.
            target = first + share * (last - first) - 0.01
            day = period.start
            while day < period.last_day and self.axis(_end_moment(day)) < target:
                day += _DAY
            return day
        days = (period.end - period.start).days
        return period.start + timedelta(days=max(math.ceil(share * days) - 1, 0))


def _cover(grid: PeriodGrid, first: datetime, last: datetime, issues: list[EvmIssue]) -> list[Period]:
    """The grid's periods, extended backwards and forwards so that they cover ``first`` to ``last``."""
    periods = list(grid.periods) or [grid.containing(first.date())]
    head: list[Period] = []
    while _start_moment((head[-1] if head else periods[0]).start) > first and len(head) + len(periods) < _MAX_PERIODS:
        head.append(grid.before(head[-1] if head else periods[0]))
    periods = head[::-1] + periods
    while _start_moment(periods[-1].end) < last and len(periods) < _MAX_PERIODS:
        periods.append(grid.after(periods[-1]))
    if len(periods) >= _MAX_PERIODS:
        issues.append(
            EvmIssue(f"the dates span more than {_MAX_PERIODS} periods; later ones are ignored", None, "error")
        )
    return periods


def _segments(task: TaskInput, issues: list[EvmIssue]) -> list[_Segment]:
    """The task's baseline budget as spreads over time."""
    if task.planned:
        segments = []
        for part in task.planned:
            start, finish = _start_moment(part.start), _end_moment(part.finish)
            if finish < start:
                issues.append(EvmIssue("a planned slice finishes before it starts; taken at its start", task.id))
                finish = start
            segments.append(_Segment(start, finish, _to_cents(part.amount), Spread.LINEAR))
        if sum(s.cents for s in segments) != _to_cents(task.budget) and task.budget:
            issues.append(
                EvmIssue("the time-phased baseline does not add up to the budget; it is used as BAC", task.id)
            )
        return segments
    cents = _to_cents(task.budget)
    if task.baseline_start is None or task.baseline_finish is None:
        if cents:
            issues.append(
                EvmIssue(
                    "budget without baseline dates: left out of BAC, PV and EV (its costs count)", task.id, "error"
                )
            )
        return []
    start, finish = _start_moment(task.baseline_start), _end_moment(task.baseline_finish)
    if isinstance(task.baseline_finish, datetime) or start < finish:
        pass
    if finish < start:
        issues.append(EvmIssue("the baseline finish is before the baseline start; taken at the start", task.id))
        finish = start
    return [_Segment(start, finish, cents, task.spread)]


def _spread(
    increments: dict[int, int],
    segment: _Segment,
    *,
    axis: WorkingAxis,
    positions: list[int],
    samples: list[datetime],
    limit: int,
) -> None:
    """Add the cumulative shape of ``segment`` to per-sample ``increments`` (samples ``< limit`` only)."""
    start, finish = axis(segment.start), axis(segment.finish)
    if finish <= start:  # no working time: all at the first sample at or after the finish moment
        j = bisect_left(samples, segment.finish)
        if j < limit:
            increments[j] = increments.get(j, 0) + segment.cents
        return
    total = finish - start
    j = bisect_right(positions, start)
    planned = 0
    cents, spread = segment.cents, segment.spread
    linear = spread is Spread.LINEAR
    while j < limit and positions[j] < finish:
        cumulative = (
            _round_div(cents * (positions[j] - start), total)
            if linear
            else _share(cents, spread, positions[j] - start, total)
        )
        if cumulative != planned:
            increments[j] = increments.get(j, 0) + cumulative - planned
            planned = cumulative
        j += 1
    if j < limit and segment.cents != planned:
        increments[j] = increments.get(j, 0) + segment.cents - planned


def _task_progress(
    task: TaskInput, baseline_start: datetime | None, status_moment: datetime, issues: list[EvmIssue]
) -> tuple[datetime | None, datetime | None]:
    """The moments the task started and finished, as known at the status date (None: not yet)."""
    actual_start = _start_moment(task.actual_start) if task.actual_start is not None else None
    if actual_start is not None and actual_start >= status_moment:
        issues.append(EvmIssue("actual start after the status date ignored", task.id))
        actual_start = None
    actual_finish = _end_moment(task.actual_finish) if task.actual_finish is not None else None
    if actual_finish is not None and actual_finish > status_moment:
        issues.append(EvmIssue("actual finish after the status date ignored", task.id))
        actual_finish = None
    percent = _fraction(task.percent_complete)
    finished = actual_finish is not None or percent >= 100
    finish = actual_finish if actual_finish is not None else (status_moment if finished else None)
    has_progress = (
        finished
        or percent > 0
        or _fraction(task.physical_percent_complete) > 0
        or any(m.done or m.done_on is not None for m in task.milestones)
        or any(_fraction(r.percent_complete) > 0 or _fraction(r.physical_percent_complete) > 0 for r in task.progress)
    )
    start = actual_start
    if start is None and has_progress:
        start = min(baseline_start, status_moment) if baseline_start is not None else status_moment
    if start is not None and finish is not None and finish < start:
        start = finish
    return start, finish


def _earned(
    task: TaskInput,
    bac_cents: int,
    *,
    baseline_start: datetime | None,
    timeline: _Timeline,
    axis: WorkingAxis,
    positions: list[int],
    issues: list[EvmIssue],
) -> tuple[dict[int, int], datetime | None]:
    """The task's EV increments per sample (samples up to the status moment only), and the moment its EV reached
    its BAC (None if it has not by the status date, or has no budget)."""
    status_moment = timeline.status_moment
    samples, last = timeline.samples, timeline.status_index
    increments: dict[int, int] = {}
    if bac_cents == 0:
        return increments, None
    started, finished = _task_progress(task, baseline_start, status_moment, issues)
    technique = task.technique
    steps: list[tuple[datetime, int]] = []  # (moment, cumulative EV) for the discrete techniques
    if technique is EarnedValueTechnique.ZERO_HUNDRED:
        if finished is not None:
            steps = [(finished, bac_cents)]
    elif technique is EarnedValueTechnique.FIFTY_FIFTY:
        if started is not None:
            steps.append((started, _round_div(bac_cents, 2)))
        if finished is not None:
            steps.append((finished, bac_cents))
    elif technique is EarnedValueTechnique.WEIGHTED_MILESTONES:
        steps = _milestone_steps(task, bac_cents, status_moment, issues)
    else:
        return _earned_linear(
            task, bac_cents, started=started, finished=finished, timeline=timeline, axis=axis, positions=positions
        )
    earned = 0
    completed: datetime | None = None
    for moment, cumulative in steps:
        j = bisect_left(samples, moment)
        if j <= last and cumulative != earned:
            increments[j] = increments.get(j, 0) + cumulative - earned
            earned = cumulative
            if earned == bac_cents and completed is None:
                completed = moment
    return increments, completed


def _milestone_steps(
    task: TaskInput, bac_cents: int, status_moment: datetime, issues: list[EvmIssue]
) -> list[tuple[datetime, int]]:
    """(moment, cumulative EV) of a weighted-milestones task: each milestone earns its share the day it is reached."""
    total = sum((_weight(m.weight) for m in task.milestones), Decimal(0))
    if total <= 0:
        issues.append(EvmIssue("weighted milestones without a positive total weight: no EV", task.id))
        return []
    reached = []
    for milestone in task.milestones:
        if milestone.done_on is not None:
            moment = _end_moment(milestone.done_on)
            if moment <= status_moment:
                reached.append((moment, _weight(milestone.weight)))
        elif milestone.done:
            reached.append((status_moment, _weight(milestone.weight)))
    reached.sort(key=lambda item: item[0])
    steps = []
    weight = Decimal(0)
    for moment, milestone_weight in reached:
        weight += milestone_weight
        steps.append((moment, _earned_cents(bac_cents, weight / total)))
    return steps


def _weight(value: Number) -> Decimal:
    amount = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    return amount if amount.is_finite() and amount > 0 else Decimal(0)


def _earned_linear(
    task: TaskInput,
    bac_cents: int,
    *,
    started: datetime | None,
    finished: datetime | None,
    timeline: _Timeline,
    axis: WorkingAxis,
    positions: list[int],
) -> tuple[dict[int, int], datetime | None]:
    """EV of a % complete technique: known at the start (0), the progress records and the status date (or actual
    finish), interpolated linearly in the task's working time in between; and the first known moment with EV = BAC."""
    increments: dict[int, int] = {}
    if started is None:
        return increments, None
    physical = task.technique is EarnedValueTechnique.PHYSICAL_PERCENT_COMPLETE
    current = task.physical_percent_complete if physical else task.percent_complete
    final = finished if finished is not None else timeline.status_moment
    points = [(started, 0)]
    for record in sorted(task.progress, key=lambda r: r.on):
        moment = _end_moment(record.on)
        if started < moment < final:
            value = record.physical_percent_complete if physical else record.percent_complete
            points.append((moment, _percent_of(bac_cents, value)))
    points.append((final, _percent_of(bac_cents, current)))
    completed = next((moment for moment, value in points if value == bac_cents), None)
    moments = [moment for moment, _ in points]
    work = [axis(moment) for moment in moments]
    samples, last = timeline.samples, timeline.status_index
    j = bisect_right(samples, started)
    k = 0
    earned = 0
    while j <= last:
        moment = samples[j]
        while k + 1 < len(points) and moments[k + 1] <= moment:
            k += 1
        if k + 1 == len(points):
            value = points[-1][1]
        else:
            span = work[k + 1] - work[k]
            low, high = points[k][1], points[k + 1][1]
            value = low + _round_div((high - low) * (positions[j] - work[k]), span) if span > 0 else low
        if value != earned:
            increments[j] = value - earned
            earned = value
        if k + 1 == len(points):
            break
        j += 1
    return increments, completed


def _ancestors(tasks: Sequence[TaskInput], issues: list[EvmIssue]) -> dict[TaskKey, tuple[TaskKey, ...]]:
    """Each task's ancestors, nearest first (unknown parents and cycles are reported and cut)."""
    parent_of: dict[TaskKey, TaskKey | None] = {}
    for task in tasks:
        parent_of.setdefault(task.id, task.parent)
    for key, parent in parent_of.items():
        if parent is not None and parent not in parent_of:
            issues.append(EvmIssue(f"unknown parent {parent!r}: taken as a top-level task", key))
            parent_of[key] = None
    result: dict[TaskKey, tuple[TaskKey, ...]] = {}
    for key, parent in parent_of.items():
        path: list[TaskKey] = []
        seen = {key}
        node = parent
        while node is not None:
            if node in result:
                path.extend((node, *result[node]))
                break
            if node in seen:
                issues.append(EvmIssue("the WBS has a cycle; it is cut here", key, "error"))
                break
            seen.add(node)
            path.append(node)
            node = parent_of[node]
        result[key] = tuple(path)
    return result


class _RollUp:
    """The accumulators of the project, each WBS branch and each cost category, and which tasks feed which."""

    def __init__(self, tasks: Sequence[TaskInput], samples: int, issues: list[EvmIssue]) -> None:
        self.samples = samples
        self.ancestors = _ancestors(tasks, issues)
        parents = {path[0] for path in self.ancestors.values() if path}
        self.project = _Accumulator(samples)
        self.branches = {task.id: _Accumulator(samples) for task in tasks if task.id in parents}
        self.categories: dict[str, _Accumulator] = {}

    def category(self, name: str) -> _Accumulator:
        accumulator = self.categories.get(name)
        if accumulator is None:
            accumulator = self.categories[name] = _Accumulator(self.samples)
        return accumulator

    def home(self, task: TaskKey) -> _Accumulator:
        """The group a task's own values go to first: its own branch, else its parent's, else the project."""
        branch = self.branches.get(task)
        if branch is None and self.ancestors[task]:
            branch = self.branches[self.ancestors[task][0]]
        return branch if branch is not None else self.project

    def add_task(self, task: TaskInput, plan: "_TaskPlan") -> None:
        home = self.home(task.id)
        planned, earned = plan.pv.items(), plan.ev.items()
        for group in (home, self.category(task.category)):
            _merge_totals(
                group, plan.bac, plan.etc, task.etc_bottom_up is not None, span=plan.span, completed=plan.completed
            )
            pv, ev = group.pv, group.ev
            for j, amount in planned:
                pv[j] += amount
            for j, amount in earned:
                ev[j] += amount
        home_ac = home.ac
        for j, amount, cost_category in plan.ac:
            home_ac[j] += amount
            self.category(cost_category).ac[j] += amount

    def fold(self) -> None:
        """Add every branch into its parent branch (deepest first) and the top branches into the project."""
        for key in sorted(self.branches, key=lambda k: -len(self.ancestors[k])):
            branch = self.branches[key]
            path = self.ancestors[key]
            target = self.branches[path[0]] if path else self.project
            span = (branch.start, branch.finish) if branch.start is not None and branch.finish is not None else None
            _merge_totals(target, branch.bac, branch.etc, branch.has_etc, span=span, completed=branch.completed)
            for mine, theirs in ((target.pv, branch.pv), (target.ev, branch.ev), (target.ac, branch.ac)):
                for j, amount in enumerate(theirs):
                    if amount:
                        mine[j] += amount


def _merge_totals(
    group: _Accumulator,
    bac: int,
    etc: int,
    has_etc: bool,
    *,
    span: tuple[datetime, datetime] | None,
    completed: datetime | None,
) -> None:
    group.bac += bac
    group.etc += etc
    group.has_etc = group.has_etc or has_etc
    if span is not None:
        start, finish = span
        if group.start is None or start < group.start:
            group.start = start
        if group.finish is None or finish > group.finish:
            group.finish = finish
    if completed is not None and (group.completed is None or completed > group.completed):
        group.completed = completed


@dataclass(slots=True)
class _TaskPlan:
    """One task's per-sample increments and totals."""

    bac: int
    etc: int
    span: tuple[datetime, datetime] | None  # first start and last finish of the budgeted baseline
    completed: datetime | None  # the moment the task had earned its whole budget, None if not yet
    pv: dict[int, int]
    ev: dict[int, int]
    ac: list[tuple[int, int, str]]


def _plan_task(
    task: TaskInput, segments: list[_Segment], axis: WorkingAxis, timeline: _Timeline, issues: list[EvmIssue]
) -> _TaskPlan:
    positions = timeline.positions(axis)
    samples = timeline.samples
    bac = sum(segment.cents for segment in segments)
    planned: dict[int, int] = {}
    for segment in segments:
        _spread(planned, segment, axis=axis, positions=positions, samples=samples, limit=len(samples))
    budgeted = [segment for segment in segments if segment.cents]
    span = (min(s.start for s in budgeted), max(s.finish for s in budgeted)) if budgeted else None
    baseline_start = min((segment.start for segment in segments), default=None)
    ev, completed = _earned(
        task, bac, baseline_start=baseline_start, timeline=timeline, axis=axis, positions=positions, issues=issues
    )
    ac: list[tuple[int, int, str]] = []
    for cost in task.actual_costs:
        ac.extend(_cost_increments(cost, task.category, axis, positions, timeline))
    etc = _to_cents(task.etc_bottom_up) if task.etc_bottom_up is not None else bac - sum(ev.values())
    return _TaskPlan(bac, etc, span, completed, planned, ev, ac)


def compute(
    tasks: Sequence[TaskInput],
    grid: PeriodGrid,
    status_date: date,
    *,
    axis: WorkingAxis | None = None,
    calendars: Mapping[Hashable, WorkingAxis] | None = None,
    project_costs: Sequence[ActualCost] = (),
    rules: Sequence[StatusRule] = DEFAULT_RULES,
) -> EvmResult:
    """Time-phased PV, EV and AC, every EVM and ES figure at the status date and per period, rolled up.

    Planned value: each task's budget spread over its baseline working time (its ``spread``) or its time-phased
    baseline. Earned value per task by its technique: % complete and physical % complete (interpolated between the
    known progress states: 0 at the start, the progress records, the current value at the status date or actual
    finish), 0/100 (all at the finish), 50/50 (half at the start, half at the finish), weighted milestones (each
    milestone's share on the day it was reached). Actual cost from the cost entries, on their day or spread over
    their working time. A task started without an actual start is taken to have started at its baseline start.

    Args:
        tasks: the WBS (order does not matter).
        grid: the reporting periods (extended as needed to cover the baseline, the costs and the status date).
        status_date: the data date, inclusive.
        axis: the project's working time (default Monday-Friday); positions in the grid are measured on it.
        calendars: working-time axes of task calendars by key (``TaskInput.calendar``).
        project_costs: actual costs not booked on a task (project and category totals only).
        rules: green/amber/red thresholds.
    """
    project_axis = _MemoAxis(axis if axis is not None else weekday_axis())
    task_axes = {key: _MemoAxis(task_axis) for key, task_axis in (calendars or {}).items()}
    issues: list[EvmIssue] = []
    status_moment = _end_moment(status_date)

    unique: list[TaskInput] = []
    seen: set[TaskKey] = set()
    for task in tasks:
        if task.id in seen:
            issues.append(EvmIssue("duplicate task id: the later task is ignored", task.id, "error"))
            continue
        seen.add(task.id)
        unique.append(task)
    segments = {task.id: _segments(task, issues) for task in unique}

    starts = [status_moment, *(_start_moment(cost.start) for cost in project_costs)]
    finishes = [status_moment]
    for task in unique:
        starts.extend(segment.start for segment in segments[task.id])
        finishes.extend(segment.finish for segment in segments[task.id])
        starts.extend(_start_moment(cost.start) for cost in task.actual_costs)
        if task.actual_start is not None:
            starts.append(_start_moment(task.actual_start))
    periods = _cover(grid, min(starts), max(finishes), issues)
    timeline = _Timeline(grid, periods, status_moment, project_axis)

    roll_up = _RollUp(unique, len(timeline.samples), issues)
    task_figures: dict[TaskKey, TaskFigures] = {}
    js = timeline.status_index
    for task in unique:
        task_axis = project_axis
        if task.calendar is not None:
            if task.calendar in task_axes:
                task_axis = task_axes[task.calendar]
            else:
                issues.append(EvmIssue(f"unknown calendar {task.calendar!r}: the project calendar is used", task.id))
        plan = _plan_task(task, segments[task.id], task_axis, timeline, issues)
        roll_up.add_task(task, plan)
        task_figures[task.id] = TaskFigures(
            bac_cents=plan.bac,
            pv_cents=sum(amount for j, amount in plan.pv.items() if j <= js),
            ev_cents=sum(plan.ev.values()),
            ac_cents=sum(amount for _, amount, _ in plan.ac),
        )
    roll_up.fold()
    project_positions = timeline.positions(project_axis)
    for cost in project_costs:
        for j, amount, cost_category in _cost_increments(
            cost, CostCategory.OTHER, project_axis, project_positions, timeline
        ):
            roll_up.project.ac[j] += amount
            roll_up.category(cost_category).ac[j] += amount

    as_of = _as_of(timeline)
    project_figures = _group_figures(roll_up.project, timeline, as_of, rules)
    return EvmResult(
        status_date=status_date,
        periods=tuple(periods),
        project=project_figures,
        series=_series(roll_up.project, project_figures, timeline, as_of),
        branches={key: _group_figures(acc, timeline, as_of, rules) for key, acc in roll_up.branches.items()},
        categories={
            key: _group_figures(roll_up.categories[key], timeline, as_of, rules) for key in sorted(roll_up.categories)
        },
        tasks=task_figures,
        issues=tuple(issues),
    )


def _cost_increments(
    cost: ActualCost, default_category: str, axis: WorkingAxis, positions: list[int], timeline: _Timeline
) -> list[tuple[int, int, str]]:
    """A cost's cents per sample, up to the status date (later bookings are not actual yet)."""
    cents = _to_cents(cost.amount)
    category = cost.category if cost.category is not None else default_category
    status_moment = timeline.status_moment
    if cost.finish is None:
        moment = _end_moment(cost.start)
        if moment > status_moment:
            return []
        return [(bisect_left(timeline.samples, moment), cents, category)]
    start = _start_moment(cost.start)
    if start >= status_moment:
        return []
    finish = min(max(_end_moment(cost.finish), start), status_moment)
    increments: dict[int, int] = {}
    segment = _Segment(start, finish, cents, Spread.LINEAR)
    _spread(
        increments, segment, axis=axis, positions=positions, samples=timeline.samples, limit=timeline.status_index + 1
    )
    return [(j, amount, category) for j, amount in increments.items() if amount]


def _as_of(timeline: _Timeline) -> list[int | None]:
    """Per period, the sample its figures are measured at (None for periods after the status date)."""
    result: list[int | None] = []
    samples, js = timeline.samples, timeline.status_index
    for k in range(len(timeline.periods)):
        end = timeline.boundaries[k + 1]
        if end <= timeline.status_moment:
            result.append(bisect_left(samples, end))
        elif timeline.boundaries[k] < timeline.status_moment:
            result.append(js)
        else:
            result.append(None)
    return result


def _origin(group: _Accumulator, timeline: _Timeline) -> float:
    """The grid position of the group's Earned Schedule time 0: the start of its budgeted baseline."""
    return timeline.position(group.start) if group.start is not None else 0.0


def _schedule(pv: list[int], ev: int, timeline: _Timeline, sample: int, group: _Accumulator) -> EarnedSchedule:
    """Earned Schedule of a group at ``sample``, on the group's own baseline time line (module docstring, "Earned
    Schedule of a WBS branch"): the cumulative PV sampled at every sample after the group's baseline start, plus the
    point where it reaches BAC; AT from the baseline start to the sample, or to the group's actual finish once its
    EV has reached its BAC."""
    origin = _origin(group, timeline)
    times: list[float] = []
    values: list[float] = []
    for position, value in zip(timeline.times, pv, strict=True):
        if position > origin:
            times.append(position - origin)
            values.append(float(value))
    pd: float | None = None
    if group.finish is not None:
        pd = timeline.position(group.finish) - origin
        i = bisect_left(times, pd)
        if i == len(times) or times[i] != pd:
            times.insert(i, pd)
            values.insert(i, float(pv[-1]))
    actual = timeline.times[sample]
    if group.completed is not None and 0 < group.bac <= ev:
        actual = min(actual, timeline.position(group.completed))
    f = _Figures(exact=False)
    return _earned_schedule(f, times, values, ev=ev, actual_time=max(actual - origin, 0.0), planned_duration=pd)


def _group_figures(
    group: _Accumulator, timeline: _Timeline, as_of: list[int | None], rules: Sequence[StatusRule]
) -> GroupFigures:
    js = timeline.status_index
    pv = list(accumulate(group.pv))
    ev = list(accumulate(group.ev))
    ac = list(accumulate(group.ac))
    etc = _money(group.etc) if group.has_etc else None
    figures = indicators(_money(group.bac), _money(pv[js]), _money(ev[js]), _money(ac[js]), etc)
    schedule = _schedule(pv, ev[js], timeline, js, group)
    forecast: date | None = None
    forecast_reason: str | None = None
    if schedule.ieac_t is None:
        forecast_reason = schedule.reasons.get("ieac_t", "IEAC(t) is undefined")
    else:
        forecast = timeline.day_at(_origin(group, timeline) + schedule.ieac_t)
        if forecast is None:
            forecast_reason = "the forecast finish is beyond the horizon"
    status = rate({**figures.as_dict(), **schedule.as_dict()}, rules)
    return GroupFigures(
        bac=_money(group.bac),
        pv=_money(pv[js]),
        ev=_money(ev[js]),
        ac=_money(ac[js]),
        etc_bottom_up=etc,
        indicators=figures,
        schedule=schedule,
        planned_finish=_day_of_end(group.finish) if group.finish is not None else None,
        forecast_finish=forecast,
        forecast_reason=forecast_reason,
        status=status,
        pv_series=tuple(
            _money(pv[j if j is not None else timeline.boundary_index[k + 1]]) for k, j in enumerate(as_of)
        ),
        ev_series=tuple(None if j is None else _money(ev[j]) for j in as_of),
        ac_series=tuple(None if j is None else _money(ac[j]) for j in as_of),
    )


def _series(
    group: _Accumulator, figures: GroupFigures, timeline: _Timeline, as_of: list[int | None]
) -> tuple[SeriesPoint, ...]:
    pv = list(accumulate(group.pv))
    ev = list(accumulate(group.ev))
    ac = list(accumulate(group.ac))
    points = []
    etc_share = figures.etc_bottom_up is not None
    for k, (period, j) in enumerate(zip(timeline.periods, as_of, strict=True)):
        if j is None:
            points.append(SeriesPoint(period, period.last_day, figures.pv_series[k], None, None, None, None))
            continue
        schedule = _schedule(pv, ev[j], timeline, j, group)
        point_indicators = indicators(
            _money(group.bac),
            _money(pv[j]),
            _money(ev[j]),
            _money(ac[j]),
            figures.etc_bottom_up if etc_share and j == timeline.status_index else None,
        )
        day = _day_of_end(timeline.samples[j])
        points.append(SeriesPoint(period, day, _money(pv[j]), _money(ev[j]), _money(ac[j]), point_indicators, schedule))
    return tuple(points)
