"""The demo project and synthetic projects for benchmarks.

:func:`build_demo` writes a realistic, fictional Belgian federal e-government programme into an empty schema: the
Digital Permit Counter (Digitaal vergunningsloket / Guichet numérique des permis) of the FOD Digitale Transformatie /
SPF Transformation numérique. It tells a whole story, so that every part of Belfry has something to show:

1. The plan approved at the end of Initiation (four PRINCE2 stages, calendars, resources, contracts, budget) is
   scheduled and saved as baseline 0.
2. Change request CR-001 (eID and itsme® authentication) is approved: tasks are added, durations lengthened, the plan
   rescheduled and saved as baseline 1.
3. Reality is less kind than the plan: some tasks take longer and use more effort. Progress, actual work and actual
   costs are recorded up to the status date (30 June 2026), which leaves the project behind schedule and over budget
   (SPI and CPI about 0.9), and the project is rescheduled from the status date.
4. The registers (risks, issues, changes, decisions, stakeholders, contracts, compliance, lessons) are filled in.

Everything is deterministic: no clock is read and no unseeded randomness is used, so two builds give identical files.

:func:`build_synthetic` writes a large generated project for benchmarks with Core bulk inserts.
"""

import datetime as dt
import itertools
import random
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from model.base import Base
from model.entities import (
    Assignment,
    AuditEntry,
    BudgetLine,
    Calendar,
    CalendarException,
    CalendarExceptionInterval,
    CalendarHolidayLayer,
    CalendarWorkInterval,
    ChangeRequest,
    Commitment,
    ComplianceItem,
    Contract,
    CostEntry,
    Decision,
    Dependency,
    Invoice,
    Issue,
    Lesson,
    Project,
    Resource,
    Risk,
    RiskReview,
    Stakeholder,
    Task,
)
from model.enums import (
    AuditAction,
    ChangeRequestStatus,
    CommitmentStatus,
    ComplianceFramework,
    ComplianceStatus,
    ConstraintType,
    ContractStatus,
    CostCategory,
    DependencyType,
    DurationUnit,
    EarnedValueTechnique,
    Engagement,
    FundingSource,
    HolidayLayer,
    InvoiceStatus,
    IssueStatus,
    IssueType,
    LagKind,
    LessonKind,
    Priority,
    ProcedureType,
    ResourceKind,
    RiskCategory,
    RiskProximity,
    RiskResponse,
    RiskStatus,
)
from model.ids import CalendarId, ChangeRequestId, ProjectId, TaskId
from model.money import ZERO, from_cents, to_cents, to_money
from services import baselines, evm_service, schedule_service, working_time

DAY = 480  # working minutes in a standard day
ELAPSED_DAY = 1440
STANDARD_DAY_INTERVALS = ((480, 720), (780, 1020))  # 08:00-12:00, 13:00-17:00

DEMO_START = dt.datetime(2025, 1, 6, 8, 0)
DEMO_STATUS_DATE = dt.date(2026, 6, 30)
DEMO_LEGAL_GO_LIVE = dt.datetime(2027, 3, 1, 17, 0)  # royal decree: digital permit applications from 1 March 2027
DEMO_USER = "s.vermeulen"
DEMO_MANAGER = "Sophie Vermeulen"

FY_ARTICLES = {
    CostCategory.PERSONNEL: "21.41.11.1111",
    CostCategory.EXTERNAL_SERVICES: "21.41.12.1211",
    CostCategory.SOFTWARE_LICENCES: "21.41.12.1241",
    CostCategory.HOSTING: "21.41.12.1242",
    CostCategory.TRAINING: "21.41.12.1215",
    CostCategory.COMMUNICATION: "21.41.12.1231",
    CostCategory.OTHER: "21.41.01.0100",
}


def _reschedule(session: Session, project_id: ProjectId, status_date: dt.date | None = None) -> None:
    """The demo's one call into the scheduler; afterwards the session's objects show the computed dates."""
    schedule_service.reschedule(session, project_id, status_date)
    session.flush()
    session.expire_all()


# --------------------------------------------------------------------------------------------------------------------
# The work breakdown structure as data
# --------------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Leaf:
    """A task or milestone of the demo plan. ``days`` are working days (elapsed days if ``elapsed``)."""

    key: str
    name: str
    days: float
    res: tuple[tuple[str, int], ...] = ()  # (resource key, units in percent)
    fixed: str = "0"
    milestone: bool = False
    elapsed: bool = False
    ev: EarnedValueTechnique = EarnedValueTechnique.PERCENT_COMPLETE
    notes: str = ""
    priority: int = 500


@dataclass(frozen=True, slots=True)
class _Group:
    """A summary task and its children."""

    key: str
    name: str
    children: tuple["_Leaf | _Group", ...]


def _ms(key: str, name: str, notes: str = "") -> _Leaf:
    return _Leaf(key, name, 0, milestone=True, ev=EarnedValueTechnique.ZERO_HUNDRED, notes=notes)


def _g(key: str, name: str, *children: "_Leaf | _Group") -> _Group:
    return _Group(key, name, children)


_PLAN: tuple[_Group, ...] = (
    _g(
        "S1",
        "Initiation",
        _g(
            "S1.startup",
            "Project start-up",
            _ms("mandate", "Project mandate received from the board of directors"),
            _Leaf("appoint", "Appoint the executive and the project manager", 3, (("PM", 100),)),
            _Leaf("lessons_prev", "Capture lessons from earlier e-government projects", 5, (("PM", 50), ("BA2", 50))),
            _Leaf("brief", "Project brief and outline business case", 10, (("PM", 100), ("BA2", 50))),
            _ms("authorise", "Project board authorises initiation"),
        ),
        _g(
            "S1.pid",
            "Project Initiation Documentation",
            _Leaf("stakeholders", "Stakeholder analysis and communication approach", 8, (("COMMS", 80), ("PM", 20))),
            _Leaf("approaches", "Risk, quality and change control approaches", 6, (("PM", 80),)),
            _Leaf(
                "business_case",
                "Detailed business case and cost-benefit analysis",
                12,
                (("PM", 60), ("BA2", 80), ("LEGAL", 20)),
            ),
            _Leaf("project_plan", "Project plan and Stage 2 plan", 8, (("PM", 100),)),
            _Leaf("dpia_screening", "Data protection screening (GDPR art. 35 pre-assessment)", 5, (("DPO", 60),)),
            _Leaf("pid_assemble", "Assemble the Project Initiation Documentation (PID)", 4, (("PM", 100),)),
        ),
        _g(
            "S1.funding",
            "Funding",
            _Leaf("rrf_fiche", "Submit the Recovery and Resilience Facility project fiche", 5, (("PM", 60),)),
            _Leaf(
                "finance_opinion",
                "Opinion of the Inspectie van Financiën / Inspection des Finances",
                10,
                (("LEGAL", 40),),
                notes="Advies IF / avis IF: mandatory for expenditure above € 31 000.",
            ),
            _ms("budget_ok", "Budget agreement (akkoord begroting / accord budgétaire)"),
        ),
        _ms(
            "gate1",
            "Stage gate: end of Initiation — board approves the PID",
            "Fase-overgang / passage de phase: the project board approves the PID and the Stage 2 plan.",
        ),
    ),
    _g(
        "S2",
        "Stage 2 — Design & procurement",
        _Leaf("pm2", "Stage management and highlight reports", 150, (("PM", 40),)),
        _g(
            "S2.analysis",
            "Business analysis",
            _Leaf("asis", "As-is analysis of the paper permit process", 10, (("BA1", 100), ("BA2", 100))),
            _Leaf(
                "workshops",
                "Workshops with permit offices in Brussels, Namur, Liège and Gent",
                8,
                (("BA1", 100), ("BA2", 100), ("COMMS", 40)),
            ),
            _Leaf("tobe", "To-be process models (BPMN)", 12, (("BA1", 100), ("BAROLE", 100))),
            _Leaf("requirements", "Functional requirements and user stories", 15, (("BA2", 100), ("BAROLE", 100))),
            _Leaf(
                "nfr",
                "Non-functional requirements (performance, availability, security)",
                6,
                (("ARCH", 60), ("SEC", 40)),
            ),
            _ms("req_signoff", "Requirements signed off by the business owners"),
        ),
        _g(
            "S2.architecture",
            "Solution architecture",
            _Leaf("target_arch", "Target architecture and federal service bus integration", 12, (("ARCH", 100),)),
            _Leaf("infosec", "Information security risk analysis", 8, (("SEC", 100),)),
            _Leaf(
                "data_model",
                "Data model and reuse of KBO-BCE master data",
                8,
                (("ARCH", 60), ("BA1", 40)),
            ),
            _Leaf("arch_board", "Architecture board review", 1, (("ARCH", 100), ("PM", 50))),
        ),
        _g(
            "S2.compliance",
            "Data protection and accessibility by design",
            _Leaf("dpia", "Data protection impact assessment (GDPR art. 35 DPIA)", 10, (("DPO", 80), ("SEC", 40))),
            _Leaf("ropa", "Update the records of processing activities (GDPR art. 30)", 3, (("DPO", 60),)),
            _Leaf("a11y_req", "Accessibility requirements (WCAG 2.1 AA / EN 301 549)", 4, (("BA1", 80),)),
        ),
        _g(
            "S2.tender",
            "Procurement: integration partner (open procedure)",
            _Leaf(
                "specs",
                "Draft the specifications (bestek / cahier spécial des charges)",
                15,
                (("PROC", 100), ("BA2", 50), ("LEGAL", 30)),
            ),
            _Leaf(
                "specs_review",
                "Legal review and Inspection of Finance opinion on the specifications",
                10,
                (("LEGAL", 60),),
            ),
            _ms("publication", "Publication on e-Procurement and in the Official Journal of the EU"),
            _Leaf(
                "tender_period",
                "Tender period (35 calendar days)",
                35,
                elapsed=True,
                notes="Minimum period of an open procedure with electronic submission (law of 17 June 2016, art. 36).",
            ),
            _ms("opening", "Opening of the tenders"),
            _Leaf("evaluation", "Evaluation of the tenders", 15, (("PROC", 100), ("BA2", 60), ("ARCH", 40))),
            _ms("award", "Award decision"),
            _ms(
                "signature",
                "Contract signed after the standstill period",
                "Wachttermijn / délai d'attente: 15 days between the notification of the award and the signature.",
            ),
        ),
        _g(
            "S2.a11y_procurement",
            "Procurement: accessibility audit (negotiated without publication)",
            _Leaf("a11y_quotes", "Request quotes from three accessibility auditors", 5, (("PROC", 50),)),
            _Leaf("a11y_order", "Award and order the accessibility audit", 3, (("PROC", 50),)),
        ),
        _g(
            "S2.framework",
            "Hosting and licences (framework call-off)",
            _Leaf("calloff", "Call-off under the federal cloud framework agreement", 5, (("PROC", 60), ("ARCH", 40))),
            _Leaf("licences", "Order the case-management platform licences", 1, (("PROC", 50), ("LIC", 100))),
        ),
        _ms("gate2", "Stage gate: end of Stage 2 — board approves the Stage 3 plan"),
    ),
    _g(
        "S3",
        "Stage 3 — Build & integration",
        _Leaf("pm3", "Stage management and highlight reports", 250, (("PM", 40),)),
        _g(
            "S3.mobilise",
            "Mobilisation of the integration partner",
            _Leaf("kickoff", "Kick-off with the integration partner", 1, (("PM", 100), ("VBUILD", 300), ("ARCH", 100))),
            _Leaf(
                "environments",
                "Development, test and acceptance environments",
                10,
                (("VBUILD", 100), ("ARCH", 50)),
                fixed="36000.00",
            ),
            _Leaf("design_review", "Detailed design review", 8, (("VBUILD", 200), ("ARCH", 60), ("BA1", 60))),
        ),
        _g(
            "S3.releases",
            "Sprint releases",
            _g(
                "S3.r1",
                "Release 1: applicant portal",
                _Leaf(
                    "sprint1", "Sprint 1 — account, mandate and application form", 30, (("VBUILD", 400), ("BA1", 50))
                ),
                _Leaf(
                    "sprint2", "Sprint 2 — attachments and qualified e-signature", 30, (("VBUILD", 400), ("BA1", 50))
                ),
                _Leaf("r1_accept", "Release 1 demonstration and acceptance", 3, (("BA1", 100), ("TEST", 100))),
            ),
            _g(
                "S3.r2",
                "Release 2: case handling back office",
                _Leaf("sprint3", "Sprint 3 — case assignment and workflow", 30, (("VBUILD", 400), ("BA2", 50))),
                _Leaf("sprint4", "Sprint 4 — decisions and eBox notifications", 30, (("VBUILD", 400), ("BA2", 50))),
                _Leaf("r2_accept", "Release 2 demonstration and acceptance", 3, (("BA2", 100), ("TEST", 100))),
            ),
            _g(
                "S3.r3",
                "Release 3: reporting and open data",
                _Leaf("sprint5", "Sprint 5 — management reporting", 30, (("VBUILD", 300), ("BA1", 40))),
                _Leaf("sprint6", "Sprint 6 — open data publication (DCAT-AP)", 30, (("VBUILD", 300), ("BA1", 40))),
                _Leaf("r3_accept", "Release 3 demonstration and acceptance", 3, (("BA1", 100), ("TEST", 100))),
            ),
            _g(
                "S3.r4",
                "Release 4: mandates and the API for software vendors",
                _Leaf("sprint7", "Sprint 7 — mandates and delegations", 30, (("VBUILD", 300), ("BA2", 40))),
                _Leaf("sprint8", "Sprint 8 — REST API for software vendors", 30, (("VBUILD", 300), ("ARCH", 30))),
                _Leaf("r4_accept", "Release 4 demonstration and acceptance", 3, (("BA2", 100), ("TEST", 100))),
            ),
        ),
        _g(
            "S3.integrations",
            "Integrations",
            _Leaf("fsb", "Federal service bus connector", 12, (("VBUILD", 150), ("ARCH", 40))),
            _Leaf("kbo", "KBO-BCE enterprise data lookup", 8, (("VBUILD", 100),)),
            _Leaf(
                "national_register",
                "National Register consultation (Rijksregister / Registre national)",
                10,
                (("VBUILD", 100), ("SEC", 30)),
                notes="Requires the authorisation of the information security committee (IVC / CSI).",
            ),
            _Leaf("ebox", "eBox notifications for citizens and enterprises", 6, (("VBUILD", 100),)),
            _Leaf("payment", "Payment gateway for permit fees", 8, (("VBUILD", 100),)),
        ),
        _g(
            "S3.migration",
            "Data migration",
            _Leaf("inventory", "Inventory of the legacy permit files", 10, (("BA2", 60), ("BAROLE", 60))),
            _Leaf(
                "cleansing",
                "Cleansing of legacy records (physical progress in records)",
                20,
                (("BAROLE", 100),),
                ev=EarnedValueTechnique.PHYSICAL_PERCENT_COMPLETE,
            ),
            _Leaf("migration_scripts", "Migration scripts", 15, (("VBUILD", 100),)),
            _Leaf("dry_runs", "Migration dry runs", 8, (("VBUILD", 100), ("TEST", 50))),
        ),
        _g(
            "S3.testing",
            "Testing",
            _Leaf("test_plan", "Test strategy and master test plan", 5, (("TEST", 100),)),
            _Leaf("sit", "System integration testing", 20, (("TEST", 100), ("VBUILD", 100))),
            _Leaf("performance", "Performance and load testing", 8, (("TEST", 60), ("VBUILD", 100))),
            _Leaf("pentest", "Security penetration test", 10, (("SEC", 40),), fixed="24500.00"),
            _Leaf("a11y_audit", "Accessibility audit (WCAG 2.1 AA)", 10, (("VA11Y", 100),)),
            _Leaf("a11y_fix", "Remediation of the accessibility findings", 8, (("VBUILD", 100),)),
            _Leaf("uat", "User acceptance testing", 15, (("TEST", 100), ("BA1", 80), ("BA2", 80))),
            _Leaf("test_report", "Test closure report", 2, (("TEST", 100),)),
        ),
        _g(
            "S3.documentation",
            "Documentation",
            _Leaf(
                "manuals",
                "User manuals in Dutch, French and German",
                15,
                (("COMMS", 80), ("BA1", 20)),
                fixed="12800.00",
                notes="Gebruikershandleiding / manuel d'utilisation / Benutzerhandbuch (translation agency).",
            ),
            _Leaf("ops_handbook", "Operations and support handbook", 8, (("VBUILD", 100), ("ARCH", 40))),
        ),
        _ms("gate3", "Stage gate: end of Stage 3 — board confirms go-live readiness"),
    ),
    _g(
        "S4",
        "Stage 4 — Roll-out & closure",
        _Leaf("pm4", "Stage management and highlight reports", 30, (("PM", 50),)),
        _g(
            "S4.change",
            "Organisational change",
            _Leaf("impact", "Change impact analysis for the permit offices", 6, (("BA2", 80), ("COMMS", 40))),
            _Leaf("ttt", "Train-the-trainer sessions", 5, (("TRAIN", 100),), fixed="3500.00"),
            _Leaf(
                "training",
                "End-user training in ten regional offices",
                20,
                (("TRAIN", 100), ("BA1", 40)),
                fixed="8500.00",
            ),
            _Leaf(
                "campaign",
                "Communication campaign for citizens and enterprises",
                25,
                (("COMMS", 60),),
                fixed="45000.00",
            ),
        ),
        _g(
            "S4.golive",
            "Go-live",
            _ms("go_no_go", "Go/no-go decision by the project board"),
            _Leaf("cutover", "Production cut-over (weekend)", 2, (("VBUILD", 200), ("ARCH", 100), ("TEST", 100))),
            _ms("go_live", "Go-live: the Digital Permit Counter opens to the public"),
            _Leaf("hypercare", "Hypercare", 20, (("VBUILD", 100), ("BA1", 50))),
            _Leaf(
                "legacy_support",
                "Legacy permit counter support",
                15,
                (("BA2", 20),),
                notes="The legacy counter stays open until the new service is live (start-to-finish link).",
            ),
        ),
        _g(
            "S4.transition",
            "Transition to operations",
            _Leaf("handover", "Handover to service operations", 5, (("ARCH", 80),)),
            _Leaf("decommission", "Decommission the legacy permit application", 10, (("ARCH", 40), ("VBUILD", 50))),
            _Leaf(
                "archive",
                "Transfer legacy files to the State Archives (Rijksarchief / Archives de l'État)",
                8,
                (("BA2", 50),),
                fixed="4200.00",
            ),
        ),
        _g(
            "S4.closure",
            "Closure",
            _Leaf("benefits", "Benefits review plan", 4, (("PM", 80),)),
            _Leaf("lessons_report", "Lessons report", 3, (("PM", 80),)),
            _Leaf("end_report", "End project report", 5, (("PM", 100),)),
            _Leaf("rrf_final", "Final RRF reporting to the European Commission", 5, (("PM", 60),)),
            _ms("closure", "Project closure approved by the board"),
        ),
    ),
)

# The tasks CR-001 adds under "Integrations", after the National Register consultation.
_CR1_GROUP = _g(
    "S3.eid",
    "eID and itsme® authentication (CR-001)",
    _Leaf(
        "fas_onboarding",
        "Onboarding on the federal authentication service (FAS / CSAM)",
        10,
        (("VBUILD", 100), ("SEC", 30)),
    ),
    _Leaf("itsme", "itsme® identity provider integration", 12, (("VBUILD", 150),)),
    _Leaf("eid_fallback", "eID card reader fallback and middleware tests", 5, (("VBUILD", 100), ("TEST", 50))),
    _Leaf("auth_security", "Security review of the authentication flow", 4, (("SEC", 100),)),
    _Leaf("auth_acceptance", "Authentication acceptance tests", 5, (("TEST", 100), ("BA1", 50))),
)
_CR1_AFTER = "national_register"
_CR1_LONGER = {"sit": 30, "uat": 20}  # new durations in working days

FS, SS, FF, SF = (
    DependencyType.FINISH_TO_START,
    DependencyType.START_TO_START,
    DependencyType.FINISH_TO_FINISH,
    DependencyType.START_TO_FINISH,
)


@dataclass(frozen=True, slots=True)
class _Link:
    predecessor: str
    successor: str
    type: DependencyType = DependencyType.FINISH_TO_START
    lag_days: float = 0  # negative: lead
    kind: LagKind = LagKind.WORKING
    percent: float = 0.0


def _chain(*keys: str) -> list[_Link]:
    return [_Link(a, b) for a, b in itertools.pairwise(keys)]


_LINKS: tuple[_Link, ...] = (
    # Stage 1
    *_chain("mandate", "appoint", "brief", "authorise"),
    _Link("appoint", "lessons_prev"),
    _Link("lessons_prev", "brief", FF),
    _Link("authorise", "stakeholders"),
    _Link("authorise", "approaches"),
    _Link("authorise", "business_case"),
    _Link("business_case", "project_plan", SS, 5),
    _Link("authorise", "dpia_screening", FS, 5),
    _Link("stakeholders", "pid_assemble"),
    _Link("approaches", "pid_assemble"),
    _Link("project_plan", "pid_assemble"),
    _Link("dpia_screening", "pid_assemble"),
    _Link("business_case", "rrf_fiche"),
    _Link("rrf_fiche", "finance_opinion"),
    _Link("finance_opinion", "budget_ok"),
    _Link("pid_assemble", "gate1"),
    _Link("budget_ok", "gate1"),
    # Stage management spans each stage: it starts with the stage and finishes with its gate.
    _Link("gate1", "pm2"),
    _Link("gate2", "pm2", FF),
    _Link("gate2", "pm3"),
    _Link("gate3", "pm3", FF),
    _Link("gate3", "pm4"),
    _Link("closure", "pm4", FF),
    # Stage 2
    _Link("gate1", "asis"),
    _Link("asis", "workshops", SS, 0, LagKind.PERCENT, 50),
    _Link("workshops", "tobe"),
    _Link("tobe", "requirements", SS, 5),
    _Link("requirements", "nfr", FF),
    _Link("requirements", "req_signoff"),
    _Link("nfr", "req_signoff"),
    _Link("gate1", "target_arch", FS, 10),
    _Link("target_arch", "infosec", SS, 3),
    _Link("target_arch", "data_model", FS, -3),
    _Link("data_model", "arch_board"),
    _Link("infosec", "arch_board"),
    _Link("asis", "dpia", FS),
    _Link("dpia", "ropa"),
    _Link("tobe", "a11y_req"),
    _Link("req_signoff", "specs", FS, -5),
    _Link("arch_board", "specs"),
    _Link("a11y_req", "specs"),
    _Link("specs", "specs_review"),
    _Link("specs_review", "publication"),
    _Link("publication", "tender_period"),
    _Link("tender_period", "opening"),
    _Link("opening", "evaluation"),
    _Link("evaluation", "award"),
    _Link("award", "signature", FS, 15, LagKind.ELAPSED),
    _Link("a11y_req", "a11y_quotes"),
    _Link("a11y_quotes", "a11y_order", FS, 10),
    _Link("arch_board", "calloff"),
    _Link("calloff", "licences"),
    _Link("signature", "gate2"),
    _Link("ropa", "gate2"),
    _Link("licences", "gate2"),
    _Link("a11y_order", "gate2"),
    # Stage 3
    _Link("gate2", "kickoff"),
    _Link("kickoff", "environments"),
    _Link("kickoff", "design_review", FS, 2),
    *_chain("design_review", "sprint1", "sprint2", "r1_accept"),
    _Link("environments", "sprint1"),
    *_chain("sprint2", "sprint3", "sprint4", "r2_accept"),
    *_chain("sprint4", "sprint5", "sprint6", "r3_accept"),
    *_chain("sprint6", "sprint7", "sprint8", "r4_accept"),
    _Link("r1_accept", "sprint3", SS),
    _Link("design_review", "fsb"),
    _Link("fsb", "kbo"),
    _Link("fsb", "national_register", SS, 5),
    _Link("sprint4", "ebox", SS, 5),
    _Link("sprint3", "payment", FS, -5),
    _Link("gate2", "inventory"),
    _Link("inventory", "cleansing"),
    _Link("design_review", "migration_scripts", FS, 20),
    _Link("migration_scripts", "dry_runs"),
    _Link("cleansing", "dry_runs"),
    _Link("gate2", "test_plan", FS, 5),
    _Link("test_plan", "sit", FS, 0),
    _Link("r2_accept", "sit"),
    _Link("kbo", "sit"),
    _Link("national_register", "sit"),
    _Link("ebox", "sit"),
    _Link("payment", "sit"),
    _Link("sit", "performance", SS, 10),
    _Link("sit", "pentest", FF),
    _Link("sprint8", "a11y_audit", SS, 10),
    _Link("a11y_audit", "a11y_fix", FS, 2),
    _Link("sit", "uat"),
    _Link("r3_accept", "uat"),
    _Link("r4_accept", "uat"),
    _Link("dry_runs", "uat"),
    _Link("a11y_fix", "uat", FF),
    _Link("uat", "test_report"),
    _Link("performance", "test_report"),
    _Link("pentest", "test_report"),
    _Link("r2_accept", "manuals", SS, 10),
    _Link("uat", "manuals", FF),
    _Link("sit", "ops_handbook", SS, 10),
    _Link("test_report", "gate3"),
    _Link("manuals", "gate3"),
    _Link("ops_handbook", "gate3"),
    # Stage 4
    _Link("sit", "impact", SS, 10),
    _Link("impact", "ttt"),
    _Link("ttt", "training"),
    _Link("impact", "campaign", FS, 10),
    _Link("gate3", "go_no_go"),
    _Link("training", "go_no_go"),
    _Link("go_no_go", "cutover"),
    _Link("cutover", "go_live"),
    _Link("go_live", "hypercare"),
    _Link("go_live", "legacy_support", SF),
    _Link("campaign", "go_live", FF, -5),
    _Link("hypercare", "handover"),
    _Link("handover", "decommission"),
    _Link("decommission", "archive", SS, 2),
    _Link("hypercare", "benefits", SS, 10),
    _Link("handover", "lessons_report"),
    _Link("lessons_report", "end_report"),
    _Link("benefits", "end_report"),
    _Link("end_report", "rrf_final"),
    _Link("archive", "closure"),
    _Link("rrf_final", "closure"),
)

_CR1_LINKS: tuple[_Link, ...] = (
    _Link("fsb", "fas_onboarding"),
    _Link("fas_onboarding", "itsme"),
    _Link("itsme", "eid_fallback", SS, 5),
    _Link("itsme", "auth_security"),
    _Link("eid_fallback", "auth_acceptance"),
    _Link("auth_security", "auth_acceptance"),
    _Link("auth_acceptance", "sit"),
)

# Dated constraints and the deadline: (key, type, moment).
_CONSTRAINTS: tuple[tuple[str, ConstraintType, dt.datetime], ...] = (
    # The architecture board sits on fixed dates.
    ("arch_board", ConstraintType.MUST_START_ON, dt.datetime(2025, 5, 13, 8, 0)),
    # The Data Protection Officer must approve the DPIA before the specifications are published.
    ("dpia", ConstraintType.FINISH_NO_LATER_THAN, dt.datetime(2025, 7, 31, 17, 0)),
    # No signature before the Council of Ministers has approved the expenditure (planned session).
    ("signature", ConstraintType.START_NO_EARLIER_THAN, dt.datetime(2025, 11, 17, 8, 0)),
)

# Training and the campaign are useful only just before go-live.
_AS_LATE_AS_POSSIBLE = ("ttt", "training", "campaign")
# Level-of-effort tasks progress with time.
_LEVEL_OF_EFFORT = ("pm2", "pm3", "pm4")

# How much longer (and costlier) each task turned out than planned: duration and effort factors in percent.
_REALITY = {
    "business_case": 120,
    "finance_opinion": 150,
    "requirements": 120,
    "workshops": 125,
    "target_arch": 115,
    "specs": 125,
    "specs_review": 130,
    "evaluation": 140,
    "kickoff": 100,
    "environments": 130,
    "design_review": 125,
    "sprint1": 110,
    "sprint2": 112,
    "r1_accept": 133,
    "sprint3": 112,
    "sprint4": 110,
    "fsb": 125,
    "kbo": 125,
    "national_register": 140,
    "fas_onboarding": 130,
    "itsme": 120,
    "inventory": 110,
    "cleansing": 115,
    "migration_scripts": 120,
}

# How far behind the in-progress tasks are compared with their elapsed time, in percent of it.
_PROGRESS_FACTOR = 90


@dataclass(slots=True)
class _Tree:
    """The demo's tasks as ORM objects, by key, with the tree in order."""

    by_key: dict[str, Task] = field(default_factory=dict)
    children: dict[str | None, list[str]] = field(default_factory=lambda: defaultdict(list))
    parent: dict[str, str | None] = field(default_factory=dict)
    specs: dict[str, _Leaf] = field(default_factory=dict)
    next_uid: int = 1

    def keys_in_order(self, parent: str | None = None) -> Iterator[str]:
        for key in self.children[parent]:
            yield key
            yield from self.keys_in_order(key)

    def leaves(self) -> list[str]:
        return [key for key in self.keys_in_order() if not self.children.get(key)]

    def descendants(self, key: str) -> list[str]:
        return list(self.keys_in_order(key))


# --------------------------------------------------------------------------------------------------------------------
# build_demo
# --------------------------------------------------------------------------------------------------------------------


# Monthly reporting: periods before the re-baseline were measured against baseline 0, later ones against baseline 1.
DEMO_CLOSED_PERIODS: tuple[tuple[dt.date, int], ...] = tuple(
    (dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31), number)
    for year, month, number in (
        *((2025, month, 0) for month in range(3, 11)),
        (2025, 11, 1),
        (2025, 12, 1),
        *((2026, month, 1) for month in range(1, 6)),
    )
)


def _close_status_periods(session: Session, project_id: ProjectId) -> None:
    """Close the monthly reporting periods up to the month before the status date, each a few days after its end."""
    for period_end, baseline_number in DEMO_CLOSED_PERIODS:
        evm_service.close_period(
            session,
            project_id,
            period_end=period_end,
            baseline=baseline_number,
            closed_at=dt.datetime.combine(period_end + dt.timedelta(days=5), dt.time(10, 0)),
            note="Monthly highlight report to the project board.",
        )


def build_demo(session: Session) -> ProjectId:
    """Write the demo project into an empty schema (inside the caller's transaction); return its id."""
    project = Project(
        name="Digital Permit Counter (Digitaal vergunningsloket / Guichet numérique des permis)",
        code="DPC-2025",
        organisation="FOD Digitale Transformatie / SPF Transformation numérique",
        sponsor="Marie-Hélène Lefèvre, Director-General Digital Services",
        manager="Sophie Vermeulen",
        description=(
            "One digital counter for all federal permit applications: citizens and enterprises apply, follow and "
            "receive their permits online (eID, itsme®), replacing paper files in the regional offices. "
            "Eén digitaal loket voor alle federale vergunningen. "
            "Un guichet numérique unique pour tous les permis fédéraux, de la demande à la décision."
        ),
        currency="EUR",
        start=DEMO_START,
        fiscal_year_start_month=1,
        classification="RESTRICTED — BEPERKTE VERSPREIDING — DIFFUSION RESTREINTE",
        language="en",
    )
    session.add(project)
    session.flush()
    project_id = project.id

    calendars = _add_calendars(session, project)
    contracts = _add_contracts(session, project_id)
    resources = _add_resources(session, project_id, calendars, contracts)
    budget = _add_budget(session, project_id, contracts)
    tree = _Tree()
    for group in _PLAN:
        _add_node(session, project_id, tree, group, None)
    _number(tree)
    session.flush()
    for link in _LINKS:
        _add_link(session, tree, link)
    for key, constraint, moment in _CONSTRAINTS:
        tree.by_key[key].constraint_type = constraint
        tree.by_key[key].constraint_date = moment
    for key in _AS_LATE_AS_POSSIBLE:
        tree.by_key[key].constraint_type = ConstraintType.AS_LATE_AS_POSSIBLE
    tree.by_key["go_live"].deadline = DEMO_LEGAL_GO_LIVE
    tree.by_key["cutover"].calendar_id = calendars["cutover"]
    for key in tree.specs:
        _add_assignments(session, tree, key, resources)
    _reschedule(session, project_id)
    baseline0 = baselines.set_baseline(
        session,
        project_id,
        0,
        name="Baseline 0 — approved PID",
        reason="Project Initiation Documentation approved by the project board at the end of Initiation.",
        saved_at=dt.datetime(2025, 3, 14, 16, 30),
    )

    change_requests = _add_change_requests(session, project_id)
    cr1 = change_requests["CR-001"]
    _apply_cr1(session, project_id, tree, resources)
    _reschedule(session, project_id)
    baseline1 = baselines.set_baseline(
        session,
        project_id,
        1,
        name="Baseline 1 — CR-001 eID and itsme®",
        reason="Re-baseline after the board approved CR-001 (eID and itsme® authentication, +5 tasks, longer tests).",
        change_request_id=cr1,
        saved_at=dt.datetime(2025, 11, 14, 11, 0),
    )

    _apply_reality(session, tree)
    _reschedule(session, project_id)
    _record_progress(session, project_id, tree)
    _book_actuals(session, project_id, tree, budget, contracts)
    _reschedule(session, project_id, DEMO_STATUS_DATE)
    _roll_up_summaries(tree, _project_index(session, project_id))

    _close_status_periods(session, project_id)
    _date_contracts(session, tree, contracts)
    _add_registers(session, project_id, tree, change_requests)
    _add_audit_trail(session, project_id, tree, cr1, (baseline0.id, baseline1.id))
    session.flush()
    return project_id


def _add_calendars(session: Session, project: Project) -> dict[str, CalendarId]:
    """The standard federal calendar (the project's), a four-fifths calendar and a weekend cut-over calendar."""
    standard = Calendar(project_id=project.id, uid=1, name="Standard (federal civil service)")
    for weekday in range(5):
        for start, end in STANDARD_DAY_INTERVALS:
            standard.work_intervals.append(CalendarWorkInterval(weekday=weekday, start_minute=start, end_minute=end))
    standard.holiday_layers.extend(
        [
            CalendarHolidayLayer(layer=HolidayLayer.BELGIAN_PUBLIC),
            CalendarHolidayLayer(layer=HolidayLayer.FEDERAL_CIVIL_SERVICE),
        ]
    )
    closures = [
        ("Bridge day after Ascension (brugdag / jour de pont)", dt.date(2025, 5, 30), dt.date(2025, 5, 30)),
        ("Office closure between Christmas and New Year", dt.date(2025, 12, 29), dt.date(2025, 12, 31)),
        ("Bridge day after Ascension (brugdag / jour de pont)", dt.date(2026, 5, 15), dt.date(2026, 5, 15)),
        ("Office closure between Christmas and New Year", dt.date(2026, 12, 28), dt.date(2026, 12, 31)),
        ("Bridge day after Ascension (brugdag / jour de pont)", dt.date(2027, 5, 7), dt.date(2027, 5, 7)),
    ]
    for name, first, last in closures:
        standard.exceptions.append(CalendarException(name=name, start=first, end=last))
    half_day = CalendarException(
        name="Staff day: afternoon off (personeelsdag)", start=dt.date(2025, 9, 26), end=dt.date(2025, 9, 26)
    )
    half_day.intervals.append(CalendarExceptionInterval(start_minute=480, end_minute=720))
    standard.exceptions.append(half_day)

    four_fifths = Calendar(project_id=project.id, uid=2, name="Four-fifths (Wednesday off) / 4/5 (mercredi libre)")
    for weekday in (0, 1, 3, 4):
        for start, end in STANDARD_DAY_INTERVALS:
            four_fifths.work_intervals.append(CalendarWorkInterval(weekday=weekday, start_minute=start, end_minute=end))
    four_fifths.holiday_layers.extend(
        [
            CalendarHolidayLayer(layer=HolidayLayer.BELGIAN_PUBLIC),
            CalendarHolidayLayer(layer=HolidayLayer.FEDERAL_CIVIL_SERVICE),
        ]
    )
    session.add_all([standard, four_fifths])
    session.flush()
    cutover = Calendar(project_id=project.id, uid=3, name="Cut-over (seven days a week)", base_calendar_id=standard.id)
    for weekday in range(7):
        for start, end in STANDARD_DAY_INTERVALS:
            cutover.work_intervals.append(CalendarWorkInterval(weekday=weekday, start_minute=start, end_minute=end))
    session.add(cutover)
    session.flush()
    project.calendar_id = standard.id
    return {"standard": standard.id, "four_fifths": four_fifths.id, "cutover": cutover.id}


@dataclass(frozen=True, slots=True)
class _ResourceInfo:
    id: int
    kind: ResourceKind
    standard_rate: Decimal
    cost_per_use: Decimal
    category: CostCategory
    part_time: bool
    contract: str | None


# fmt: off
_RESOURCES: tuple[tuple[str, str, str, ResourceKind, str, str, str, bool, str | None], ...] = (
    # key, name, initials, kind, group, rate per hour, cost per use, four-fifths, contract
    ("PM", "Sophie Vermeulen", "SV", ResourceKind.STAFF, "Programme office", "82.40", "0", False, None),
    ("BA1", "Ann-Sofie Claes", "AC", ResourceKind.STAFF, "Business analysis", "68.75", "0", True, None),
    ("BA2", "Jean-François Lambert", "JFL", ResourceKind.STAFF, "Business analysis", "71.20", "0", False, None),
    ("ARCH", "Mehdi El Amrani", "MEA", ResourceKind.STAFF, "Architecture", "88.10", "0", False, None),
    ("SEC", "Joëlle Dubois", "JD", ResourceKind.STAFF, "Information security", "85.00", "0", False, None),
    ("DPO", "Hélène Maes", "HM", ResourceKind.STAFF, "Data protection office", "79.30", "0", True, None),
    ("TEST", "Pieter De Smet", "PDS", ResourceKind.STAFF, "Quality assurance", "64.20", "0", False, None),
    ("COMMS", "Chloé Peeters", "CP", ResourceKind.STAFF, "Communication", "58.90", "0", True, None),
    ("PROC", "Koen Janssens", "KJ", ResourceKind.STAFF, "Procurement", "61.45", "0", False, None),
    ("LEGAL", "Françoise Renard", "FR", ResourceKind.STAFF, "Legal service", "76.80", "0", True, None),
    ("TRAIN", "Jérôme Van den Broeck", "JVB", ResourceKind.STAFF, "Training", "55.60", "0", False, None),
    ("BAROLE", "Business analyst (role)", "BA", ResourceKind.ROLE, "Business analysis", "70.00", "0", False, None),
    ("DEVROLE", "Developer (role)", "DEV", ResourceKind.ROLE, "Development", "72.00", "0", False, None),
    ("VBUILD", "Brabant Digital Services NV", "BDS", ResourceKind.VENDOR, "Integration partner", "98.50", "0", False,
     "build"),
    ("VA11Y", "Accessibilité & Co SRL", "A&C", ResourceKind.VENDOR, "Accessibility audit", "112.00", "0", False,
     "a11y"),
    ("LIC", "Case-management platform licence", "LIC", ResourceKind.MATERIAL, "Licences", "0", "38400.00", False,
     "cloud"),
)
# fmt: on


def _add_resources(
    session: Session, project_id: ProjectId, calendars: dict[str, CalendarId], contracts: dict[str, Contract]
) -> dict[str, _ResourceInfo]:
    infos: dict[str, _ResourceInfo] = {}
    for uid, (key, name, initials, kind, group, rate, per_use, part_time, contract) in enumerate(_RESOURCES, start=1):
        category = {
            ResourceKind.VENDOR: CostCategory.EXTERNAL_SERVICES,
            ResourceKind.MATERIAL: CostCategory.SOFTWARE_LICENCES,
        }.get(kind, CostCategory.PERSONNEL)
        is_staff = kind in (ResourceKind.STAFF, ResourceKind.ROLE)
        resource = Resource(
            project_id=project_id,
            uid=uid,
            name=name,
            initials=initials,
            kind=kind,
            organisation="FOD Digitale Transformatie / SPF Transformation numérique" if is_staff else name,
            group=group,
            email=(
                f"{name.lower().replace(' ', '.').replace('é', 'e').replace('ç', 'c').replace('ë', 'e')}@dt.fgov.be"
                if kind is ResourceKind.STAFF
                else ""
            ),
            max_units={ResourceKind.VENDOR: 500, ResourceKind.ROLE: 200}.get(kind, 100),
            standard_rate=to_money(rate),
            overtime_rate=to_money(Decimal(rate) * Decimal("1.25")) if kind is ResourceKind.VENDOR else ZERO,
            cost_per_use=to_money(per_use),
            material_label="licence" if kind is ResourceKind.MATERIAL else "",
            cost_category=category,
            calendar_id=calendars["four_fifths"] if part_time else None,
            contract_id=contracts[contract].id if contract is not None else None,
        )
        session.add(resource)
        session.flush()
        infos[key] = _ResourceInfo(
            resource.id, kind, resource.standard_rate, resource.cost_per_use, category, part_time, contract
        )
    return infos


def _add_contracts(session: Session, project_id: ProjectId) -> dict[str, Contract]:
    """The three public contracts; their dates follow the procurement tasks (see ``_date_contracts``)."""
    contracts = {
        "build": Contract(
            project_id=project_id,
            code="DT-2025-017",
            title="Integration partner for the Digital Permit Counter",
            procedure=ProcedureType.OPEN,
            status=ContractStatus.RUNNING,
            supplier="Brabant Digital Services NV",
            supplier_vat_number="BE 0712.345.678",
            estimated_value=to_money("1050000.00"),
            awarded_value=to_money("948600.00"),
            ceiling=to_money("1138320.00"),
            notes="Open procedure above the European threshold; price-quality award criteria 40/60.",
        ),
        "a11y": Contract(
            project_id=project_id,
            code="DT-2025-031",
            title="Accessibility audit (WCAG 2.1 AA / EN 301 549)",
            procedure=ProcedureType.NEGOTIATED_WITHOUT_PUBLICATION,
            status=ContractStatus.AWARDED,
            supplier="Accessibilité & Co SRL",
            supplier_vat_number="BE 0698.765.432",
            estimated_value=to_money("38000.00"),
            awarded_value=to_money("34650.00"),
            ceiling=to_money("38115.00"),
            notes="Negotiated procedure without prior publication below € 143 000 (law of 17 June 2016, art. 42).",
        ),
        "cloud": Contract(
            project_id=project_id,
            code="DT-2025-024",
            title="Cloud hosting and case-management licences — call-off",
            procedure=ProcedureType.FRAMEWORK_CALL_OFF,
            status=ContractStatus.RUNNING,
            supplier="Nuage Fédéral SA / Federale Cloud NV",
            supplier_vat_number="BE 0455.123.987",
            framework_reference="FOR-CLOUD-2023-07 lot 2 (federal cloud framework agreement)",
            estimated_value=to_money("210000.00"),
            awarded_value=to_money("198720.00"),
            ceiling=to_money("210000.00"),
            notes="Call-off under the framework agreement concluded by the central purchasing body.",
        ),
    }
    session.add_all(contracts.values())
    session.flush()
    return contracts


# fmt: off
_BUDGET: tuple[tuple[int, CostCategory, FundingSource, str, str], ...] = (
    # fiscal year, category, funding source, description, amount (excluding VAT)
    (2025, CostCategory.PERSONNEL, FundingSource.OWN_BUDGET, "Project team (own staff)", "295000.00"),
    (2025, CostCategory.EXTERNAL_SERVICES, FundingSource.EU_RECOVERY_FACILITY, "Integration partner — RRF",
     "190000.00"),
    (2025, CostCategory.SOFTWARE_LICENCES, FundingSource.EU_RECOVERY_FACILITY, "Platform licences — RRF", "40000.00"),
    (2025, CostCategory.HOSTING, FundingSource.OWN_BUDGET, "Hosting call-off", "45000.00"),
    (2025, CostCategory.OTHER, FundingSource.OWN_BUDGET, "Management reserve", "25000.00"),
    (2026, CostCategory.PERSONNEL, FundingSource.OWN_BUDGET, "Project team (own staff)", "240000.00"),
    (2026, CostCategory.EXTERNAL_SERVICES, FundingSource.EU_RECOVERY_FACILITY, "Integration partner — RRF",
     "800000.00"),
    (2026, CostCategory.EXTERNAL_SERVICES, FundingSource.OWN_BUDGET, "Accessibility audit and penetration test",
     "65000.00"),
    (2026, CostCategory.SOFTWARE_LICENCES, FundingSource.EU_RECOVERY_FACILITY, "Platform licences — RRF", "40000.00"),
    (2026, CostCategory.HOSTING, FundingSource.OWN_BUDGET, "Hosting call-off", "45000.00"),
    (2026, CostCategory.COMMUNICATION, FundingSource.FEDERAL_PROGRAMME, "User manuals and campaign", "60000.00"),
    (2026, CostCategory.OTHER, FundingSource.OWN_BUDGET, "Management reserve", "60000.00"),
    (2027, CostCategory.PERSONNEL, FundingSource.OWN_BUDGET, "Project team (own staff)", "45000.00"),
    (2027, CostCategory.EXTERNAL_SERVICES, FundingSource.OWN_BUDGET, "Integration partner — hypercare", "65000.00"),
    (2027, CostCategory.TRAINING, FundingSource.FEDERAL_PROGRAMME, "Training of permit office staff", "15000.00"),
    (2027, CostCategory.COMMUNICATION, FundingSource.FEDERAL_PROGRAMME, "Communication campaign", "20000.00"),
    (2027, CostCategory.OTHER, FundingSource.OWN_BUDGET, "Management reserve", "25000.00"),
)
# fmt: on


_BudgetKey = tuple[int, CostCategory, FundingSource]


def _add_budget(
    session: Session, project_id: ProjectId, contracts: dict[str, Contract]
) -> dict[_BudgetKey, BudgetLine]:
    """Budget lines per fiscal year, cost category, funding source and budget article; contracts link to them."""
    lines: dict[_BudgetKey, BudgetLine] = {}
    for year, category, source, description, amount in _BUDGET:
        line = BudgetLine(
            project_id=project_id,
            fiscal_year=year,
            category=category,
            funding_source=source,
            budget_article=FY_ARTICLES[category],
            description=description,
            amount=to_money(amount),
        )
        session.add(line)
        lines[(year, category, source)] = line
    session.flush()
    rrf = FundingSource.EU_RECOVERY_FACILITY
    for year, source in ((2025, rrf), (2026, rrf), (2027, FundingSource.OWN_BUDGET)):
        contracts["build"].budget_lines.append(lines[(year, CostCategory.EXTERNAL_SERVICES, source)])
    contracts["a11y"].budget_lines.append(lines[(2026, CostCategory.EXTERNAL_SERVICES, FundingSource.OWN_BUDGET)])
    for year in (2025, 2026):
        contracts["cloud"].budget_lines.append(lines[(year, CostCategory.HOSTING, FundingSource.OWN_BUDGET)])
        contracts["cloud"].budget_lines.append(lines[(year, CostCategory.SOFTWARE_LICENCES, rrf)])
    return lines


def _budget_line(
    lines: dict[_BudgetKey, BudgetLine], year: int, category: CostCategory, contract: str | None = None
) -> BudgetLine | None:
    """The budget line an actual cost of ``category`` in ``year`` is booked on (None if none fits)."""
    if contract == "a11y" or (contract is None and category is CostCategory.EXTERNAL_SERVICES):
        preferred = [FundingSource.OWN_BUDGET, FundingSource.EU_RECOVERY_FACILITY]
    else:
        preferred = [FundingSource.EU_RECOVERY_FACILITY, FundingSource.OWN_BUDGET, FundingSource.FEDERAL_PROGRAMME]
    for source in preferred:
        if (year, category, source) in lines:
            return lines[(year, category, source)]
    return next((line for key, line in lines.items() if key[:2] == (year, category)), None)


def _add_node(session: Session, project_id: ProjectId, tree: _Tree, node: _Leaf | _Group, parent: str | None) -> None:
    """Add ``node`` (and its subtree) as the last child of ``parent``; uids follow creation order."""
    task = Task(project_id=project_id, uid=tree.next_uid, name=node.name, wbs="", position=0)
    tree.next_uid += 1
    if parent is not None:
        task.parent_id = tree.by_key[parent].id
    if isinstance(node, _Group):
        task.is_summary = True
        task.duration = 0
    else:
        task.is_milestone = node.milestone
        task.duration = 0 if node.milestone else round(node.days * (ELAPSED_DAY if node.elapsed else DAY))
        task.duration_is_elapsed = node.elapsed
        task.ev_technique = node.ev
        task.ev_weight = 1 if node.milestone else 0
        task.fixed_cost = to_money(node.fixed)
        task.notes = node.notes
        task.priority = node.priority
        tree.specs[node.key] = node
    session.add(task)
    session.flush()
    tree.by_key[node.key] = task
    tree.parent[node.key] = parent
    if node.key not in tree.children[parent]:
        tree.children[parent].append(node.key)
    if isinstance(node, _Group):
        for child in node.children:
            _add_node(session, project_id, tree, child, node.key)


def _number(tree: _Tree, parent: str | None = None, prefix: str = "") -> None:
    """Positions (0-based among siblings) and WBS codes ("2.3.1") from the tree order."""
    for position, key in enumerate(tree.children[parent]):
        task = tree.by_key[key]
        task.position = position
        task.wbs = f"{prefix}{position + 1}"
        _number(tree, key, f"{task.wbs}.")


def _add_link(session: Session, tree: _Tree, link: _Link) -> None:
    lag = 0
    if link.kind is LagKind.WORKING:
        lag = round(link.lag_days * DAY)
    elif link.kind is LagKind.ELAPSED:
        lag = round(link.lag_days * ELAPSED_DAY)
    session.add(
        Dependency(
            predecessor_id=tree.by_key[link.predecessor].id,
            successor_id=tree.by_key[link.successor].id,
            type=link.type,
            lag_kind=link.kind,
            lag=lag,
            lag_percent=link.percent,
        )
    )


def _planned_work(duration: int, units: int, resource: _ResourceInfo) -> int:
    """Person-minutes of an assignment: part-time staff work four days out of five."""
    if resource.kind is ResourceKind.MATERIAL:
        return 0
    work = duration * units // 100
    return work * 4 // 5 if resource.part_time else work


def _add_assignments(session: Session, tree: _Tree, key: str, resources: dict[str, _ResourceInfo]) -> None:
    task = tree.by_key[key]
    spec = tree.specs[key]
    total = 0
    for resource_key, units in spec.res:
        resource = resources[resource_key]
        work = 0 if task.duration_is_elapsed else _planned_work(task.duration, units, resource)
        session.add(Assignment(task_id=task.id, resource_id=resource.id, units=units, work=work))
        total += work
    task.work = total


def _apply_cr1(session: Session, project_id: ProjectId, tree: _Tree, resources: dict[str, _ResourceInfo]) -> None:
    """CR-001: add the eID and itsme® authentication work package and lengthen the tests."""
    parent = tree.parent[_CR1_AFTER]
    _add_node(session, project_id, tree, _CR1_GROUP, parent)
    siblings = tree.children[parent]
    siblings.remove(_CR1_GROUP.key)
    siblings.insert(siblings.index(_CR1_AFTER) + 1, _CR1_GROUP.key)
    _number(tree)
    session.flush()
    for link in _CR1_LINKS:
        _add_link(session, tree, link)
    for child in _CR1_GROUP.children:
        _add_assignments(session, tree, child.key, resources)
    for key, days in _CR1_LONGER.items():
        _scale(session, tree.by_key[key], days * DAY)
        tree.by_key[key].notes = "Duration extended by CR-001 (authentication test scenarios)."


def _scale(session: Session, task: Task, duration: int) -> None:
    """Set a task's duration and scale its assignments' work in proportion (effort-driven)."""
    old = task.duration
    task.duration = duration
    if old <= 0:
        return
    total = 0
    for assignment in session.scalars(select(Assignment).where(Assignment.task_id == task.id).order_by(Assignment.id)):
        assignment.work = assignment.work * duration // old
        total += assignment.work
    task.work = total


def _apply_reality(session: Session, tree: _Tree) -> None:
    """What really happened: the tasks of ``_REALITY`` took longer, with proportionally more effort."""
    for key, factor in _REALITY.items():
        task = tree.by_key[key]
        _scale(session, task, round(task.duration * factor / 100 / (DAY // 2)) * (DAY // 2))


def _status_moment() -> dt.datetime:
    """Progress is measured at the end of the status date."""
    return dt.datetime.combine(DEMO_STATUS_DATE + dt.timedelta(days=1), dt.time())


def _project_index(session: Session, project_id: ProjectId) -> working_time.WorkingTimeIndex:
    project = session.get_one(Project, project_id)
    specs = schedule_service.calendar_specs(session, project_id)
    spec = specs[project.calendar_id] if project.calendar_id in specs else working_time.standard_calendar()
    return working_time.WorkingTimeIndex(spec, DEMO_START.date())


def _record_progress(session: Session, project_id: ProjectId, tree: _Tree) -> None:
    """Actual dates, % complete and actual work up to the status date, from the (slipped) schedule."""
    index = _project_index(session, project_id)
    status = _status_moment()
    for key in tree.leaves():
        task = tree.by_key[key]
        if task.start is None or task.finish is None or task.start >= status:
            continue
        if task.finish <= status:
            percent = 100
            task.actual_start = task.start
            task.actual_finish = task.finish
        else:
            elapsed = index.working_between(task.start, status)
            planned = max(1, index.working_between(task.start, task.finish))
            factor = 100 if key in _LEVEL_OF_EFFORT else _PROGRESS_FACTOR
            percent = max(1, min(95, elapsed * factor // planned))
            task.actual_start = task.start
        task.percent_complete = percent
        if task.ev_technique is EarnedValueTechnique.PHYSICAL_PERCENT_COMPLETE:
            task.physical_percent_complete = percent if percent == 100 else max(0, percent - 7)
        for assignment in session.scalars(select(Assignment).where(Assignment.task_id == task.id)):
            assignment.actual_work = assignment.work * percent // 100


def _month_end(day: dt.date) -> dt.date:
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def _spread_by_month(
    index: working_time.WorkingTimeIndex, start: dt.datetime, finish: dt.datetime, amount: Decimal
) -> list[tuple[dt.date, Decimal]]:
    """``amount`` spread over the months between two moments in proportion to working time (to the cent)."""
    per_day = baselines.daily_working_minutes(index.to_minutes, start, finish)
    monthly: dict[dt.date, int] = defaultdict(int)
    for day, minutes in per_day.items():
        monthly[_month_end(day)] += minutes
    if not monthly:
        return [(_month_end(finish.date()), amount)]
    months = sorted(monthly)
    cents = baselines.split_exact(to_cents(amount), [monthly[month] for month in months])
    return [(month, from_cents(part)) for month, part in zip(months, cents, strict=True) if part]


@dataclass(slots=True)
class _Booking:
    """Actual costs gathered before they become cost entries (and vendor invoices)."""

    date: dt.date
    amount: Decimal
    category: CostCategory
    task_id: TaskId
    resource_id: int | None
    contract: str | None
    description: str


def _book_actuals(
    session: Session,
    project_id: ProjectId,
    tree: _Tree,
    budget: dict[_BudgetKey, BudgetLine],
    contracts: dict[str, Contract],
) -> None:
    """Cost entries for the actual work and fixed costs to the status date; vendor costs become monthly invoices."""
    index = _project_index(session, project_id)
    status = _status_moment()
    resources = {
        row.id: row
        for row in session.execute(
            select(
                Resource.id,
                Resource.name,
                Resource.standard_rate,
                Resource.cost_per_use,
                Resource.kind,
                Resource.cost_category,
                Resource.contract_id,
            ).where(Resource.project_id == project_id)
        )
    }
    contract_keys = {contract.id: key for key, contract in contracts.items()}
    bookings: list[_Booking] = []
    for key in tree.leaves():
        task = tree.by_key[key]
        if task.actual_start is None:
            continue
        until = task.actual_finish or status
        for assignment in session.scalars(
            select(Assignment).where(Assignment.task_id == task.id).order_by(Assignment.id)
        ):
            resource = resources[assignment.resource_id]
            contract = contract_keys.get(resource.contract_id) if resource.contract_id is not None else None
            if resource.kind is ResourceKind.MATERIAL:
                bookings.append(
                    _Booking(
                        until.date(),
                        resource.cost_per_use,
                        resource.cost_category,
                        task.id,
                        resource.id,
                        contract,
                        f"{resource.name}: annual subscription",
                    )
                )
                continue
            cost = baselines.assignment_cost(assignment.actual_work, resource.standard_rate)
            for month, amount in _spread_by_month(index, task.actual_start, until, cost):
                bookings.append(
                    _Booking(
                        min(month, DEMO_STATUS_DATE),
                        amount,
                        resource.cost_category,
                        task.id,
                        resource.id,
                        contract,
                        f"{resource.name}: {task.name}",
                    )
                )
        if task.fixed_cost > 0:
            factor = Decimal(_REALITY.get(key, 100)) / 100
            spent = to_money(task.fixed_cost * factor * task.percent_complete / 100)
            category = CostCategory.HOSTING if key == "environments" else CostCategory.EXTERNAL_SERVICES
            bookings.append(_Booking(until.date(), spent, category, task.id, None, None, f"Fixed cost: {task.name}"))
    _write_bookings(session, project_id, bookings, budget, contracts)


_SUPPLIER_PREFIX = {"build": "BDS", "a11y": "ACO", "cloud": "NFS"}


def _write_bookings(
    session: Session,
    project_id: ProjectId,
    bookings: list[_Booking],
    budget: dict[_BudgetKey, BudgetLine],
    contracts: dict[str, Contract],
) -> None:
    # Vendor costs of one contract and month are one invoice; its number is the cost entries' reference.
    invoices: dict[tuple[str, dt.date], Decimal] = defaultdict(lambda: ZERO)
    for booking in bookings:
        if booking.contract is not None:
            invoices[(booking.contract, _month_end(booking.date))] += booking.amount
    # An invoice arrives five days after the month it bills; later ones are accruals at the status date.
    numbers = {
        (contract, month): f"{_SUPPLIER_PREFIX[contract]}-{month.year}-{sequence:04d}"
        for sequence, (contract, month) in enumerate(sorted(invoices), start=101)
        if month + dt.timedelta(days=5) <= DEMO_STATUS_DATE
    }
    for booking in sorted(bookings, key=lambda b: (b.date, b.task_id, b.resource_id or 0, b.category)):
        if booking.contract is not None:
            month = _month_end(booking.date)
            reference = numbers.get(
                (booking.contract, month), f"ACCR-{_SUPPLIER_PREFIX[booking.contract]}-{month:%Y-%m}"
            )
        elif booking.resource_id is not None:
            reference = f"TS-{booking.date:%Y-%m}"
        else:
            reference = f"PO-{booking.date:%Y}-{booking.task_id:04d}"
        line = _budget_line(budget, booking.date.year, booking.category, booking.contract)
        session.add(
            CostEntry(
                project_id=project_id,
                date=booking.date,
                amount=booking.amount,
                category=booking.category,
                task_id=booking.task_id,
                resource_id=booking.resource_id,
                budget_line_id=line.id if line is not None else None,
                reference=reference,
                description=booking.description,
            )
        )
    _add_commitments(session, budget, contracts, invoices, numbers)


# fmt: off
_COMMITMENTS: tuple[tuple[str, int, CostCategory, str, str, str, CommitmentStatus, dt.date | None], ...] = (
    # contract, fiscal year, category, reference, description, amount, status, committed on
    ("build", 2025, CostCategory.EXTERNAL_SERVICES, "ENG-2025-0412", "Mobilisation and design", "100000.00",
     CommitmentStatus.PAID, dt.date(2025, 11, 20)),
    ("build", 2026, CostCategory.EXTERNAL_SERVICES, "ENG-2026-0057", "Releases 1 and 2, integrations", "480000.00",
     CommitmentStatus.INVOICED, dt.date(2026, 1, 12)),
    ("build", 2026, CostCategory.EXTERNAL_SERVICES, "ENG-2026-0233", "Releases 3 and 4, migration, tests", "300000.00",
     CommitmentStatus.COMMITTED, dt.date(2026, 5, 4)),
    ("build", 2027, CostCategory.EXTERNAL_SERVICES, "ENG-2027-PLAN", "Cut-over, hypercare and decommissioning",
     "60000.00", CommitmentStatus.PLANNED, None),
    ("a11y", 2026, CostCategory.EXTERNAL_SERVICES, "ENG-2026-0198", "Accessibility audit", "34650.00",
     CommitmentStatus.COMMITTED, dt.date(2026, 3, 16)),
    ("cloud", 2025, CostCategory.SOFTWARE_LICENCES, "ENG-2025-0388", "Platform licences 2025-2026", "38400.00",
     CommitmentStatus.PAID, dt.date(2025, 10, 27)),
    ("cloud", 2026, CostCategory.HOSTING, "ENG-2026-0011", "Hosting 2026", "45000.00", CommitmentStatus.COMMITTED,
     dt.date(2026, 1, 5)),
)
# fmt: on


def _add_commitments(
    session: Session,
    budget: dict[_BudgetKey, BudgetLine],
    contracts: dict[str, Contract],
    invoices: dict[tuple[str, dt.date], Decimal],
    numbers: dict[tuple[str, dt.date], str],
) -> None:
    """Commitments on the budget lines; each vendor invoice goes to the first commitment of its contract and year."""
    first: dict[tuple[str, int], Commitment] = {}
    for contract, year, category, reference, description, amount, status, committed_on in _COMMITMENTS:
        line = _budget_line(budget, year, category, contract)
        assert line is not None, (year, category)
        commitment = Commitment(
            budget_line_id=line.id,
            contract_id=contracts[contract].id,
            reference=reference,
            description=description,
            amount=to_money(amount),
            status=status,
            committed_on=committed_on,
        )
        session.add(commitment)
        first.setdefault((contract, year), commitment)
    session.flush()
    for (contract, month), billed in sorted(invoices.items()):
        billed_on = first.get((contract, month.year))
        if billed_on is None or (contract, month) not in numbers:
            continue
        received = month + dt.timedelta(days=5)
        paid_on = received + dt.timedelta(days=30)
        is_paid = paid_on <= DEMO_STATUS_DATE
        session.add(
            Invoice(
                commitment_id=billed_on.id,
                number=numbers[(contract, month)],
                invoice_date=received,
                amount=billed,
                status=InvoiceStatus.PAID if is_paid else InvoiceStatus.APPROVED,
                paid_on=paid_on if is_paid else None,
            )
        )


def _date_contracts(session: Session, tree: _Tree, contracts: dict[str, Contract]) -> None:
    """Contract dates follow the procurement tasks as they happened (or are forecast)."""

    def day(key: str, *, finish: bool = True) -> dt.date | None:
        task = tree.by_key[key]
        moment = task.finish if finish else task.start
        return moment.date() if moment is not None else None

    build = contracts["build"]
    build.publication_date = day("publication")
    build.award_date = day("award")
    build.start_date = day("signature")
    build.end_date = day("decommission")
    a11y = contracts["a11y"]
    a11y.award_date = day("a11y_order")
    a11y.start_date = day("a11y_audit", finish=False)
    a11y.end_date = day("a11y_audit")
    cloud = contracts["cloud"]
    cloud.award_date = day("calloff")
    cloud.start_date = day("licences")
    cloud.end_date = dt.date(2029, 12, 31)


_CHANGE_REQUESTS: tuple[dict[str, Any], ...] = (
    {
        "code": "CR-001",
        "title": "Add eID and itsme® authentication",
        "description": (
            "Citizens and enterprises log in with the Belgian eID card or itsme® through the federal authentication "
            "service (FAS / CSAM) instead of a local account, as required by the federal digital-first policy."
        ),
        "requested_by": "Marie-Hélène Lefèvre",
        "raised_on": dt.date(2025, 10, 6),
        "cost_impact": "58000.00",
        "time_impact_days": 5,
        "scope_impact": "New work package under Integrations (five tasks); longer integration and acceptance tests.",
        "status": ChangeRequestStatus.APPROVED,
        "decision": "Approved by the project board; financed from the RRF envelope.",
        "decided_by": "Project board",
        "decided_on": dt.date(2025, 11, 12),
    },
    {
        "code": "CR-002",
        "title": "German translation of the user manuals",
        "description": "Language legislation: the manuals must also exist in German for the German-speaking Community.",
        "requested_by": "Chloé Peeters",
        "raised_on": dt.date(2025, 12, 2),
        "cost_impact": "4800.00",
        "time_impact_days": 0,
        "scope_impact": "Translation added to the manuals task (fixed cost).",
        "status": ChangeRequestStatus.IMPLEMENTED,
        "decision": "Approved by the project manager within tolerance.",
        "decided_by": "Sophie Vermeulen",
        "decided_on": dt.date(2025, 12, 9),
    },
    {
        "code": "CR-003",
        "title": "Native mobile app for applicants",
        "description": "A native iOS and Android app next to the responsive web portal.",
        "requested_by": "Federal Public Service Policy and Support (BOSA)",
        "raised_on": dt.date(2026, 1, 19),
        "cost_impact": "310000.00",
        "time_impact_days": 60,
        "scope_impact": "New product outside the business case.",
        "status": ChangeRequestStatus.REJECTED,
        "decision": "Rejected: outside the RRF scope; the responsive portal meets the need.",
        "decided_by": "Project board",
        "decided_on": dt.date(2026, 2, 10),
    },
    {
        "code": "CR-004",
        "title": "Extend hypercare from four to eight weeks",
        "description": "The permit offices ask for a longer hypercare period after go-live.",
        "requested_by": "Regional permit offices",
        "raised_on": dt.date(2026, 5, 18),
        "cost_impact": "78800.00",
        "time_impact_days": 20,
        "scope_impact": "Hypercare doubled; decommissioning later.",
        "status": ChangeRequestStatus.UNDER_REVIEW,
    },
    {
        "code": "CR-005",
        "title": "Open data API for permit statistics",
        "description": "Publish anonymised permit statistics through a REST API besides the DCAT-AP open data files.",
        "requested_by": "Open data coordinator",
        "raised_on": dt.date(2026, 6, 22),
        "cost_impact": "42000.00",
        "time_impact_days": 10,
        "scope_impact": "Extension of release 3.",
        "status": ChangeRequestStatus.PROPOSED,
    },
    {
        "code": "CR-006",
        "title": "Single sign-on with the regional permit portals",
        "description": "Federated login with the Flemish, Walloon and Brussels permit portals (Omgevingsloket, ...).",
        "requested_by": "Jean-François Lambert",
        "raised_on": dt.date(2026, 3, 3),
        "cost_impact": "125000.00",
        "time_impact_days": 30,
        "scope_impact": "Depends on the regions' own roadmaps.",
        "status": ChangeRequestStatus.DEFERRED,
        "decision": "Deferred to the next programme increment (after go-live).",
        "decided_by": "Project board",
        "decided_on": dt.date(2026, 4, 14),
    },
)


def _add_change_requests(session: Session, project_id: ProjectId) -> dict[str, ChangeRequestId]:
    ids: dict[str, ChangeRequestId] = {}
    for values in _CHANGE_REQUESTS:
        change = ChangeRequest(project_id=project_id, **{**values, "cost_impact": to_money(values["cost_impact"])})
        session.add(change)
        session.flush()
        ids[values["code"]] = change.id
    return ids


def _roll_up_summaries(tree: _Tree, index: working_time.WorkingTimeIndex) -> None:
    """Summary duration, work, % complete (duration-weighted) and actual dates from the leaves, as MS Project shows."""
    for key in reversed(list(tree.keys_in_order())):
        kids = tree.children.get(key)
        if not kids:
            continue
        summary = tree.by_key[key]
        tasks = [tree.by_key[kid] for kid in kids]
        if summary.start is not None and summary.finish is not None:
            summary.duration = max(0, index.working_between(summary.start, summary.finish))
        summary.work = sum(task.work for task in tasks)
        weights = [(task.duration, task.percent_complete) for task in tasks if not task.is_milestone]
        total = sum(weight for weight, _ in weights)
        done = sum(weight * percent for weight, percent in weights)
        summary.percent_complete = done // total if total else 0
        starts = [task.actual_start for task in tasks if task.actual_start is not None]
        summary.actual_start = min(starts) if starts else None
        finished = all(task.actual_finish is not None for task in tasks)
        summary.actual_finish = max(t.actual_finish for t in tasks if t.actual_finish) if finished else None
        if finished:
            summary.percent_complete = 100


# fmt: off
_RISKS: tuple[tuple[Any, ...], ...] = (
    # code, title, category, cause, event, effect, owner, (P, I) before, (P, I) after, proximity, response, actions,
    # contingency, status, raised on, task key, opportunity
    ("R-01", "Integration partner understaffed", RiskCategory.PROCUREMENT,
     "The partner runs several federal projects at once", "Key developers are moved to another client",
     "Sprints deliver less; go-live slips", "Sophie Vermeulen", (4, 4), (3, 3), RiskProximity.WITHIN_STAGE,
     RiskResponse.REDUCE, "Named key staff in the contract; monthly staffing review with penalties.", "45000.00",
     RiskStatus.OCCURRED, dt.date(2025, 3, 10), "sprint1", False),
    ("R-02", "National Register access authorisation delayed", RiskCategory.LEGAL,
     "The information security committee meets monthly", "The authorisation is granted late",
     "The National Register integration cannot be tested", "Joëlle Dubois", (3, 4), (2, 3),
     RiskProximity.WITHIN_STAGE, RiskResponse.REDUCE, "File the request during Stage 2; use test data meanwhile.",
     "15000.00", RiskStatus.OPEN, dt.date(2025, 3, 10), "national_register", False),
    ("R-03", "Tender appeal before the Council of State", RiskCategory.PROCUREMENT,
     "A losing tenderer contests the award", "Suspension procedure (procédure en suspension / schorsing)",
     "Signature delayed by two to four months", "Koen Janssens", (2, 5), (2, 4), RiskProximity.WITHIN_PROJECT,
     RiskResponse.REDUCE, "Careful motivation of the award decision; legal review before notification.",
     "30000.00", RiskStatus.CLOSED, dt.date(2025, 3, 10), "award", False),
    ("R-04", "GDPR: excessive personal data collected", RiskCategory.DATA_PROTECTION,
     "Forms copied from the paper process", "The application form asks for data not needed for the permit",
     "Breach of data minimisation (GDPR art. 5); DPA complaint", "Hélène Maes", (3, 4), (1, 3),
     RiskProximity.WITHIN_STAGE, RiskResponse.AVOID, "DPIA review of every form field; only-once principle.",
     "0.00", RiskStatus.MONITORING, dt.date(2025, 4, 2), "dpia", False),
    ("R-05", "Accessibility non-compliance at go-live", RiskCategory.LEGAL,
     "Accessibility tested late", "The audit finds blocking WCAG 2.1 AA failures",
     "Go-live postponed or accessibility statement with exemptions", "Ann-Sofie Claes", (3, 3), (2, 2),
     RiskProximity.WITHIN_PROJECT, RiskResponse.REDUCE, "Accessibility criteria in every sprint's definition of done.",
     "12000.00", RiskStatus.OPEN, dt.date(2025, 4, 2), "a11y_audit", False),
    ("R-06", "Legacy data quality worse than expected", RiskCategory.TECHNICAL,
     "Twenty years of manual encoding", "More than 10 % of records cannot be migrated automatically",
     "Manual cleansing effort and later migration", "Jean-François Lambert", (4, 3), (3, 3),
     RiskProximity.WITHIN_STAGE, RiskResponse.REDUCE, "Early data profiling; cleansing team from the offices.",
     "25000.00", RiskStatus.OCCURRED, dt.date(2025, 5, 5), "cleansing", False),
    ("R-07", "Budget cut in the 2027 budget control", RiskCategory.FINANCIAL,
     "Federal budget consolidation", "Credits for 2027 are reduced",
     "Roll-out and closure underfunded", "Marie-Hélène Lefèvre", (2, 4), (2, 3), RiskProximity.BEYOND_PROJECT,
     RiskResponse.FALLBACK, "Phase the roll-out; prioritise RRF-funded deliverables.", "0.00", RiskStatus.OPEN,
     dt.date(2025, 5, 5), None, False),
    ("R-08", "RRF milestone missed", RiskCategory.FINANCIAL,
     "The RRF grant is paid against milestones", "Go-live after the RRF deadline",
     "Loss of part of the European funding", "Sophie Vermeulen", (3, 5), (2, 5), RiskProximity.WITHIN_PROJECT,
     RiskResponse.REDUCE, "Monthly milestone tracking with the RRF coordination unit.", "0.00", RiskStatus.OPEN,
     dt.date(2025, 3, 10), "go_live", False),
    ("R-09", "Security vulnerability in the portal", RiskCategory.SECURITY,
     "Internet-facing application handling identity data", "A critical vulnerability is found after go-live",
     "Data leak; service suspended", "Joëlle Dubois", (2, 5), (1, 4), RiskProximity.WITHIN_PROJECT,
     RiskResponse.REDUCE, "Secure development lifecycle, penetration test, vulnerability disclosure policy.",
     "20000.00", RiskStatus.OPEN, dt.date(2025, 6, 2), "pentest", False),
    ("R-10", "Permit offices resist the new way of working", RiskCategory.ORGANISATIONAL,
     "Fear of job loss and of a new tool", "Offices keep accepting paper applications",
     "Benefits not realised", "Chloé Peeters", (3, 4), (2, 3), RiskProximity.WITHIN_PROJECT,
     RiskResponse.REDUCE, "Change champions per office; early demonstrations; union consultation.", "10000.00",
     RiskStatus.OPEN, dt.date(2025, 4, 2), "impact", False),
    ("R-11", "Key business analyst leaves", RiskCategory.ORGANISATIONAL,
     "Tight labour market for analysts", "The lead analyst takes another job",
     "Knowledge loss; requirements questions unanswered", "Sophie Vermeulen", (2, 4), (2, 2),
     RiskProximity.WITHIN_PROJECT, RiskResponse.REDUCE, "Pair analysts; document decisions in the backlog.",
     "0.00", RiskStatus.MONITORING, dt.date(2025, 6, 2), None, False),
    ("R-12", "Federal service bus capacity", RiskCategory.TECHNICAL,
     "Peak load at the start of the building season", "The service bus throttles the permit traffic",
     "Slow responses for applicants", "Mehdi El Amrani", (2, 3), (1, 3), RiskProximity.WITHIN_PROJECT,
     RiskResponse.REDUCE, "Load test with the service bus team; caching of reference data.", "0.00",
     RiskStatus.OPEN, dt.date(2025, 7, 1), "performance", False),
    ("R-13", "Reuse of the federal e-signature component", RiskCategory.TECHNICAL,
     "A new federal signing service becomes available", "The project reuses it instead of building its own",
     "Less development effort", "Mehdi El Amrani", (3, 3), (4, 3), RiskProximity.WITHIN_STAGE,
     RiskResponse.EXPLOIT, "Agree the onboarding with the service owner before sprint 2.", "0.00",
     RiskStatus.CLOSED, dt.date(2025, 9, 1), "sprint2", True),
    ("R-14", "itsme® contract terms change", RiskCategory.LEGAL,
     "Commercial identity provider", "Per-authentication fees increase",
     "Higher running costs after go-live", "Françoise Renard", (2, 3), (2, 2), RiskProximity.BEYOND_PROJECT,
     RiskResponse.ACCEPT, "Follow the federal framework with the identity provider.", "0.00", RiskStatus.OPEN,
     dt.date(2025, 11, 12), "itsme", False),
    ("R-15", "Translation quality of the user interface", RiskCategory.ORGANISATIONAL,
     "Texts written in Dutch first and translated late", "French and German texts are inconsistent",
     "Complaints; breach of the language legislation", "Chloé Peeters", (3, 2), (2, 2), RiskProximity.WITHIN_STAGE,
     RiskResponse.REDUCE, "Terminology list in three languages; native reviewers per release.", "5000.00",
     RiskStatus.OPEN, dt.date(2025, 9, 1), "manuals", False),
    ("R-16", "Hosting price indexation", RiskCategory.FINANCIAL,
     "Framework prices are indexed yearly", "Indexation above 4 %", "Hosting budget exceeded",
     "Koen Janssens", (3, 2), (3, 2), RiskProximity.BEYOND_PROJECT, RiskResponse.ACCEPT,
     "Budget the indexation in the multi-year estimate.", "6000.00", RiskStatus.OPEN, dt.date(2025, 10, 1),
     "calloff", False),
    ("R-17", "Migration weekend fails", RiskCategory.TECHNICAL,
     "Large data volume migrated in one weekend", "The cut-over is not finished on Monday morning",
     "Offices cannot work; roll-back needed", "Pieter De Smet", (2, 5), (1, 4), RiskProximity.WITHIN_PROJECT,
     RiskResponse.FALLBACK, "Two dry runs; roll-back plan tested; go/no-go criteria.", "20000.00",
     RiskStatus.OPEN, dt.date(2026, 1, 12), "cutover", False),
    ("R-18", "Scope creep from the regions", RiskCategory.STRATEGIC,
     "Regions see the counter as their own portal", "Requests for regional features multiply",
     "Delay and cost overrun", "Sophie Vermeulen", (4, 3), (3, 2), RiskProximity.WITHIN_PROJECT,
     RiskResponse.AVOID, "Strict change control; regional features in a later increment.", "0.00",
     RiskStatus.MONITORING, dt.date(2025, 12, 2), None, False),
    ("R-19", "Unused cloud credits", RiskCategory.FINANCIAL,
     "Unused cloud credits in the framework agreement", "The credits pay for the test environments",
     "Lower hosting costs in 2026", "Koen Janssens", (3, 2), (4, 2), RiskProximity.WITHIN_STAGE,
     RiskResponse.ENHANCE, "Request the credits from the central purchasing body.", "0.00", RiskStatus.OPEN,
     dt.date(2026, 2, 2), "environments", True),
    ("R-20", "Schedule pressure on user acceptance testing", RiskCategory.SCHEDULE,
     "Build sprints are late", "UAT is compressed to keep the go-live date",
     "Defects reach production", "Pieter De Smet", (4, 4), (3, 3), RiskProximity.WITHIN_STAGE,
     RiskResponse.REDUCE, "Risk-based test plan; test automation from sprint 3.", "18000.00", RiskStatus.OPEN,
     dt.date(2026, 4, 6), "uat", False),
)

_RISK_REVIEWS: tuple[tuple[str, dt.date, int, int, RiskStatus, str], ...] = (
    ("R-01", dt.date(2025, 12, 15), 4, 4, RiskStatus.OPEN, "Partner confirmed a team of four developers."),
    ("R-01", dt.date(2026, 3, 16), 5, 4, RiskStatus.OPEN, "Two developers replaced in sprint 2; velocity down."),
    ("R-01", dt.date(2026, 6, 15), 5, 4, RiskStatus.OCCURRED, "Occurred: issue I-03 raised; penalties discussed."),
    ("R-02", dt.date(2026, 2, 16), 3, 4, RiskStatus.OPEN, "Request filed with the IVC / CSI secretariat."),
    ("R-02", dt.date(2026, 5, 18), 4, 4, RiskStatus.OPEN, "Deliberation postponed to the June meeting."),
    ("R-03", dt.date(2025, 11, 17), 1, 5, RiskStatus.CLOSED, "Standstill period ended without appeal."),
    ("R-06", dt.date(2026, 3, 2), 4, 3, RiskStatus.OPEN, "Profiling: 14 % of the records are incomplete."),
    ("R-06", dt.date(2026, 5, 4), 5, 3, RiskStatus.OCCURRED, "Manual cleansing started with office staff."),
    ("R-13", dt.date(2026, 2, 2), 4, 3, RiskStatus.CLOSED, "Federal signing service reused in sprint 2."),
    ("R-20", dt.date(2026, 6, 15), 4, 4, RiskStatus.OPEN, "Sprint delays confirmed; UAT plan under review."),
)

_ISSUES: tuple[tuple[Any, ...], ...] = (
    # code, title, type, priority, status, raised by, owner, raised on, resolved on, resolution
    ("I-01", "Inspection of Finance asks for a revised cost-benefit analysis", IssueType.PROBLEM, Priority.HIGH,
     IssueStatus.CLOSED, "Françoise Renard", "Sophie Vermeulen", dt.date(2025, 2, 20), dt.date(2025, 3, 5),
     "Sensitivity analysis added; favourable opinion received."),
    ("I-02", "Evaluation committee needs a second technical expert", IssueType.PROBLEM, Priority.MEDIUM,
     IssueStatus.RESOLVED, "Koen Janssens", "Koen Janssens", dt.date(2025, 9, 22), dt.date(2025, 10, 3),
     "Expert seconded by the FOD BOSA / SPF BOSA."),
    ("I-03", "Integration partner replaced two developers", IssueType.PROBLEM, Priority.HIGH,
     IssueStatus.IN_PROGRESS, "Sophie Vermeulen", "Sophie Vermeulen", dt.date(2026, 3, 9), None, ""),
    ("I-04", "Sprint 2 e-signature does not reach the eIDAS qualified level", IssueType.OFF_SPECIFICATION,
     Priority.HIGH, IssueStatus.RESOLVED, "Ann-Sofie Claes", "Mehdi El Amrani", dt.date(2026, 4, 1),
     dt.date(2026, 4, 24), "Switched to the federal qualified signing service (see R-13)."),
    ("I-05", "Regions ask for single sign-on", IssueType.REQUEST_FOR_CHANGE, Priority.MEDIUM,
     IssueStatus.CLOSED, "Jean-François Lambert", "Sophie Vermeulen", dt.date(2026, 3, 3), dt.date(2026, 4, 14),
     "Raised as CR-006; deferred."),
    ("I-06", "Test environment unavailable during the Easter holidays", IssueType.PROBLEM, Priority.LOW,
     IssueStatus.CLOSED, "Pieter De Smet", "Mehdi El Amrani", dt.date(2026, 4, 7), dt.date(2026, 4, 10),
     "The hosting provider restored the environment."),
    ("I-07", "Legacy records without a national number", IssueType.PROBLEM, Priority.MEDIUM,
     IssueStatus.IN_PROGRESS, "Jean-François Lambert", "Jean-François Lambert", dt.date(2026, 5, 4), None, ""),
    ("I-08", "French labels longer than the layout allows", IssueType.OFF_SPECIFICATION, Priority.LOW,
     IssueStatus.OPEN, "Chloé Peeters", "Brabant Digital Services NV", dt.date(2026, 6, 10), None, ""),
)

_DECISIONS: tuple[tuple[str, str, str, str, dt.date, str | None], ...] = (
    # code, title, rationale, decided by, decided on, change request
    ("D-01", "Start the project (authorise initiation)", "The mandate fits the federal digital strategy.",
     "Project board", dt.date(2025, 1, 31), None),
    ("D-02", "Approve the PID and baseline 0", "Business case positive; funding secured (RRF and own budget).",
     "Project board", dt.date(2025, 3, 14), None),
    ("D-03", "Award the integration contract to Brabant Digital Services NV",
     "Best price-quality ratio among four tenders.", "Director-General Digital Services", dt.date(2025, 10, 24),
     None),
    ("D-04", "Approve CR-001 eID and itsme® authentication and re-baseline",
     "Mandatory under the federal digital-first policy; financed from the RRF envelope.", "Project board",
     dt.date(2025, 11, 12), "CR-001"),
    ("D-05", "Reject CR-003 native mobile app", "Outside the business case; the responsive portal suffices.",
     "Project board", dt.date(2026, 2, 10), "CR-003"),
    ("D-06", "Defer CR-006 single sign-on with the regional portals",
     "Depends on the regions' roadmaps; next increment.", "Project board", dt.date(2026, 4, 14), "CR-006"),
)

_STAKEHOLDERS: tuple[tuple[str, str, str, int, int, Engagement, Engagement, str], ...] = (
    # name, organisation, role, power, interest, current engagement, desired engagement, communication
    ("Marie-Hélène Lefèvre", "FOD Digitale Transformatie / SPF Transformation numérique",
     "Executive (Director-General)", 5, 5, Engagement.LEADING, Engagement.LEADING, "Project board, monthly"),
    ("Minister for Digitalisation (cabinet)", "Federal government", "Political sponsor", 5, 3,
     Engagement.SUPPORTIVE, Engagement.SUPPORTIVE, "Quarterly briefing note"),
    ("Regional permit offices", "Brussels, Namur, Liège, Gent", "Senior user", 4, 5, Engagement.RESISTANT,
     Engagement.SUPPORTIVE, "Project board and change champions, fortnightly"),
    ("Inspectie van Financiën / Inspection des Finances", "Federal budget control", "Budget opinion", 4, 2,
     Engagement.NEUTRAL, Engagement.NEUTRAL, "Formal requests"),
    ("RRF coordination unit", "FPS Policy and Support (BOSA)", "European funding", 4, 3, Engagement.SUPPORTIVE,
     Engagement.SUPPORTIVE, "Milestone reports, half-yearly"),
    ("Data Protection Officer", "FOD Digitale Transformatie", "Advice on GDPR", 3, 4, Engagement.SUPPORTIVE,
     Engagement.LEADING, "DPIA reviews"),
    ("Gegevensbeschermingsautoriteit / Autorité de protection des données", "Data protection authority",
     "Supervisor", 4, 2, Engagement.UNAWARE, Engagement.NEUTRAL, "Prior consultation if needed"),
    ("Brabant Digital Services NV", "Integration partner", "Senior supplier", 3, 5, Engagement.SUPPORTIVE,
     Engagement.LEADING, "Weekly progress meeting"),
    ("Trade unions (ACV / CSC, ACOD / CGSP, VSOA / SLFP)", "Staff representatives", "Consultation", 3, 3,
     Engagement.RESISTANT, Engagement.NEUTRAL, "Basisoverlegcomité / comité de concertation de base"),
    ("Federation of enterprises (VBO / FEB)", "Business applicants", "Users", 2, 4, Engagement.SUPPORTIVE,
     Engagement.SUPPORTIVE, "Newsletter and user panel"),
    ("Citizens' panel", "Applicants", "Users", 1, 4, Engagement.UNAWARE, Engagement.SUPPORTIVE,
     "Usability tests per release"),
    ("Rijksarchief / Archives de l'État", "State Archives", "Archiving of legacy files", 2, 2, Engagement.NEUTRAL,
     Engagement.SUPPORTIVE, "Working meetings in Stage 4"),
)

_GDPR, _A11Y = ComplianceFramework.GDPR, ComplianceFramework.ACCESSIBILITY
_DONE, _BUSY, _TODO = ComplianceStatus.COMPLIANT, ComplianceStatus.IN_PROGRESS, ComplianceStatus.NOT_STARTED
_COMPLIANCE: tuple[tuple[ComplianceFramework, str, str, str, ComplianceStatus, str, dt.date, str], ...] = (
    # framework, code, requirement, reference, status, owner, due date, evidence
    (_GDPR, "G-01", "Lawful basis of each processing identified", "GDPR art. 6", _DONE, "Hélène Maes",
     dt.date(2025, 6, 30), "Legal basis: royal decree on federal permits, art. 4."),
    (_GDPR, "G-02", "Data protection impact assessment", "GDPR art. 35 DPIA", _DONE, "Hélène Maes",
     dt.date(2025, 7, 31), "DPIA v1.2 approved by the DPO."),
    (_GDPR, "G-03", "Records of processing activities updated", "GDPR art. 30", _DONE, "Hélène Maes",
     dt.date(2025, 8, 29), "Register entry RPA-2025-044."),
    (_GDPR, "G-04", "Data minimisation of the application forms", "GDPR art. 5(1)(c)", _BUSY, "Ann-Sofie Claes",
     dt.date(2026, 9, 30), ""),
    (_GDPR, "G-05", "Privacy notice in Dutch, French and German", "GDPR art. 13", _BUSY, "Chloé Peeters",
     dt.date(2026, 10, 31), ""),
    (_GDPR, "G-06", "Processor agreement with the integration partner", "GDPR art. 28", _DONE, "Françoise Renard",
     dt.date(2025, 11, 30), "Annex 7 of contract DT-2025-017."),
    (_GDPR, "G-07", "Data protection by design and by default", "GDPR art. 25", _BUSY, "Mehdi El Amrani",
     dt.date(2026, 9, 30), ""),
    (_GDPR, "G-08", "Retention periods and deletion", "GDPR art. 5(1)(e)", _TODO, "Jean-François Lambert",
     dt.date(2026, 11, 30), ""),
    (_GDPR, "G-09", "Security of processing (encryption, logging)", "GDPR art. 32", _BUSY, "Joëlle Dubois",
     dt.date(2026, 10, 31), ""),
    (_GDPR, "G-10", "Data breach notification procedure", "GDPR art. 33-34", _TODO, "Joëlle Dubois",
     dt.date(2026, 11, 30), ""),
    (_GDPR, "G-11", "National Register access authorised", "Law of 8 August 1983, art. 5", _BUSY, "Joëlle Dubois",
     dt.date(2026, 7, 31), "Deliberation requested from the IVC / CSI."),
    (_A11Y, "A-01", "Portal conforms to WCAG 2.1 level AA", "EN 301 549 clause 9 / WCAG 2.1 AA", _BUSY,
     "Ann-Sofie Claes", dt.date(2026, 11, 30), ""),
    (_A11Y, "A-02", "Accessibility statement published", "Directive (EU) 2016/2102 art. 7", _TODO, "Chloé Peeters",
     dt.date(2026, 12, 31), ""),
    (_A11Y, "A-03", "Downloadable documents accessible (PDF/UA)", "EN 301 549 clause 10", _TODO, "Chloé Peeters",
     dt.date(2026, 12, 31), ""),
    (_A11Y, "A-04", "Feedback mechanism for accessibility problems", "Directive (EU) 2016/2102 art. 7(1)(b)", _TODO,
     "Sophie Vermeulen", dt.date(2026, 12, 31), ""),
    (_A11Y, "A-05", "Independent accessibility audit", "Law of 19 July 2018 on accessible websites", _TODO,
     "Ann-Sofie Claes", dt.date(2026, 10, 31), "Contract DT-2025-031."),
)

_LESSONS: tuple[tuple[str, str, LessonKind, str, str, str], ...] = (
    # code, title, kind, category, description, recommendation
    ("L-01", "Start the Inspection of Finance file early", LessonKind.TO_IMPROVE, "Finance",
     "The opinion took half as long again as planned.", "Send a draft file during the business case."),
    ("L-02", "Involve the DPO from the first workshop", LessonKind.WENT_WELL, "Data protection",
     "The DPIA was approved on time because the DPO joined the analysis.", "Keep the DPO in the core team."),
    ("L-03", "Price-quality criteria attracted good tenders", LessonKind.WENT_WELL, "Procurement",
     "Four compliant tenders with clear differences.", "Reuse the award criteria template."),
    ("L-04", "Name key staff in the contract", LessonKind.TO_IMPROVE, "Procurement",
     "Developer turnover slowed the sprints.", "Require named key staff and a replacement procedure."),
    ("L-05", "Profile legacy data before planning the migration", LessonKind.TO_IMPROVE, "Data",
     "Data quality problems surfaced late.", "Profile the data in Stage 2."),
    ("L-06", "Trilingual terminology list", LessonKind.WENT_WELL, "Language",
     "One list in Dutch, French and German avoided inconsistent labels.", "Start it during the analysis."),
    ("L-07", "Reuse federal building blocks", LessonKind.WENT_WELL, "Architecture",
     "Reusing the federal signing service saved a sprint of work.", "Check the federal catalogue first."),
    ("L-08", "Plan holidays and bridge days in the schedule", LessonKind.TO_IMPROVE, "Planning",
     "The Christmas closure was missing from the first draft plan.", "Use the federal calendar with closures."),
)
# fmt: on


def _add_registers(
    session: Session, project_id: ProjectId, tree: _Tree, change_requests: dict[str, ChangeRequestId]
) -> None:
    """Risks with their reviews, issues, decisions, stakeholders, the compliance checklist and lessons learned."""
    for row in _RISKS:
        code, title, category, cause, event, effect, owner, before, after = row[:9]
        proximity, response, actions, contingency, status, raised_on, task_key, opportunity = row[9:]
        risk = Risk(
            project_id=project_id,
            code=code,
            title=title,
            category=category,
            cause=cause,
            event=event,
            effect=effect,
            owner=owner,
            probability_before=before[0],
            impact_before=before[1],
            probability_after=after[0],
            impact_after=after[1],
            proximity=proximity,
            response=response,
            actions=actions,
            contingency=to_money(contingency),
            status=status,
            raised_on=raised_on,
            task_id=tree.by_key[task_key].id if task_key else None,
            is_opportunity=opportunity,
        )
        risk.reviews.extend(
            RiskReview(reviewed_on=on, reviewer=DEMO_MANAGER, probability=p, impact=i, status=s, note=note)
            for risk_code, on, p, i, s, note in _RISK_REVIEWS
            if risk_code == code
        )
        session.add(risk)
    for code, title, kind, priority, status, raised_by, owner, raised_on, resolved_on, resolution in _ISSUES:
        session.add(
            Issue(
                project_id=project_id,
                code=code,
                title=title,
                description=title + ".",
                type=kind,
                priority=priority,
                status=status,
                raised_by=raised_by,
                owner=owner,
                raised_on=raised_on,
                resolved_on=resolved_on,
                resolution=resolution,
            )
        )
    for code, title, rationale, decided_by, decided_on, change in _DECISIONS:
        session.add(
            Decision(
                project_id=project_id,
                code=code,
                title=title,
                description=title + ".",
                rationale=rationale,
                decided_by=decided_by,
                decided_on=decided_on,
                change_request_id=change_requests[change] if change else None,
            )
        )
    for name, organisation, role, power, interest, current, desired, communication in _STAKEHOLDERS:
        session.add(
            Stakeholder(
                project_id=project_id,
                name=name,
                organisation=organisation,
                role=role,
                power=power,
                interest=interest,
                current_engagement=current,
                desired_engagement=desired,
                communication=communication,
            )
        )
    for framework, code, requirement, reference, status, owner, due, evidence in _COMPLIANCE:
        session.add(
            ComplianceItem(
                project_id=project_id,
                framework=framework,
                code=code,
                requirement=requirement,
                reference=reference,
                status=status,
                owner=owner,
                due_date=due,
                evidence=evidence,
            )
        )
    for number, (code, title, kind, category, description, recommendation) in enumerate(_LESSONS):
        session.add(
            Lesson(
                project_id=project_id,
                code=code,
                title=title,
                kind=kind,
                category=category,
                description=description,
                recommendation=recommendation,
                logged_by=DEMO_MANAGER,
                logged_on=dt.date(2025, 3, 14) + dt.timedelta(days=45 * number),
            )
        )


def _add_audit_trail(
    session: Session, project_id: ProjectId, tree: _Tree, cr1: ChangeRequestId, baseline_ids: Sequence[int]
) -> None:
    """A few audit entries of the story, at fixed moments (UTC)."""
    sit, uat = tree.by_key["sit"].id, tree.by_key["uat"].id
    # fmt: off
    entries: tuple[tuple[dt.datetime, AuditAction, str, int, str, str | None, str | None, str], ...] = (
        (dt.datetime(2025, 1, 6, 8, 15), AuditAction.CREATE, "project", project_id, "", None, None,
         "Project created from the mandate."),
        (dt.datetime(2025, 3, 14, 15, 30), AuditAction.CREATE, "baseline", baseline_ids[0], "", None, None,
         "Baseline 0 saved after PID approval (D-02)."),
        (dt.datetime(2025, 11, 12, 16, 5), AuditAction.UPDATE, "change_request", cr1, "status", "under-review",
         "approved", "Project board decision D-04."),
        (dt.datetime(2025, 11, 14, 10, 0), AuditAction.UPDATE, "task", sit, "duration", "9600", "12000",
         "CR-001: longer integration tests."),
        (dt.datetime(2025, 11, 14, 10, 0), AuditAction.UPDATE, "task", uat, "duration", "7200", "8640",
         "CR-001: longer acceptance tests."),
        (dt.datetime(2025, 11, 14, 10, 0), AuditAction.CREATE, "baseline", baseline_ids[1], "", None, None,
         "Baseline 1 saved for CR-001."),
        (dt.datetime(2026, 7, 1, 7, 30), AuditAction.UPDATE, "project", project_id, "status_date", "2026-05-31",
         "2026-06-30", "Monthly progress update."),
    )
    # fmt: on
    for at, action, entity, entity_id, column, old, new, reason in entries:
        session.add(
            AuditEntry(
                project_id=project_id,
                at=at,
                user=DEMO_USER,
                action=action,
                entity=entity,
                entity_id=entity_id,
                field=column,
                old_value=old,
                new_value=new,
                reason=reason,
            )
        )


# --------------------------------------------------------------------------------------------------------------------
# build_synthetic
# --------------------------------------------------------------------------------------------------------------------

_SYNTHETIC_DEPTH = 5  # leaves at depth 5 at most (top-level summaries are depth 1)
_SYNTHETIC_GROUP = 10  # about this many tasks under a lowest-level summary
_SYNTHETIC_PHASES = 40  # links only go from a phase to a later one, which bounds the critical path
_VERBS = ("Analyse", "Design", "Build", "Configure", "Test", "Review", "Document", "Deploy", "Migrate", "Validate")
_OBJECTS = (
    "intake form",
    "case workflow",
    "notification service",
    "payment module",
    "archive interface",
    "reporting cube",
    "identity federation",
    "search index",
    "data model",
    "user manual",
)
_LINK_TYPES = (FS,) * 80 + (SS,) * 9 + (FF,) * 8 + (SF,) * 3
_DURATION_DAYS = (1, 2, 3, 3, 5, 5, 5, 8, 10, 10, 15, 20)


@dataclass(slots=True)
class _SyntheticTree:
    """The generated WBS in pre-order: parent index, position, WBS code, summary flag and top-level branch."""

    parent: list[int] = field(default_factory=list)
    position: list[int] = field(default_factory=list)
    wbs: list[str] = field(default_factory=list)
    summary: list[bool] = field(default_factory=list)
    branch: list[int] = field(default_factory=list)


def _synthetic_sizes(count: int, parts: int, rng: random.Random) -> list[int]:
    """Split ``count`` into ``parts`` sizes of at least 1 with some jitter, adding up exactly."""
    parts = max(1, min(parts, count))
    weights = [rng.randint(75, 125) for _ in range(parts)]
    sizes = baselines.split_exact(count - parts, weights)
    return [size + 1 for size in sizes]


def _synthetic_subtree(
    tree: _SyntheticTree,
    *,
    count: int,
    depth: int,
    parent: int,
    position: int,
    prefix: str,
    branch: int,
    rng: random.Random,
) -> None:
    """Append a subtree of exactly ``count`` tasks: a leaf if ``count`` is 1, else a summary and its children."""
    index = len(tree.parent)
    tree.parent.append(parent)
    tree.position.append(position)
    code = f"{prefix}{position + 1}"
    tree.wbs.append(code)
    tree.branch.append(branch)
    is_summary = count > 1
    tree.summary.append(is_summary)
    if not is_summary:
        return
    inner = count - 1
    levels_left = _SYNTHETIC_DEPTH - depth  # summary levels still possible below this one
    if inner <= _SYNTHETIC_GROUP + 2 or levels_left <= 1:
        sizes = [1] * inner
    else:
        # levels_left - 1 more splits bring the lowest summaries to about _SYNTHETIC_GROUP tasks each.
        parts = round((inner / _SYNTHETIC_GROUP) ** (1 / (levels_left - 1))) + rng.randint(-1, 1)
        sizes = _synthetic_sizes(inner, max(2, parts), rng)
    for child_position, size in enumerate(sizes):
        _synthetic_subtree(
            tree,
            count=size,
            depth=depth + 1,
            parent=index,
            position=child_position,
            prefix=f"{code}.",
            branch=branch,
            rng=rng,
        )


def _synthetic_tree(count: int, rng: random.Random) -> _SyntheticTree:
    tree = _SyntheticTree()
    branches = max(1, min(count, round((count / _SYNTHETIC_GROUP) ** (1 / (_SYNTHETIC_DEPTH - 1)))))
    for position, size in enumerate(_synthetic_sizes(count, branches, rng)):
        _synthetic_subtree(tree, count=size, depth=1, parent=-1, position=position, prefix="", branch=position, rng=rng)
    return tree


def _synthetic_links(
    tree: _SyntheticTree, leaves: list[int], target: int, rng: random.Random
) -> list[tuple[int, int, DependencyType, LagKind, int, float]]:
    """About ``target`` links between leaves, each from an earlier phase of the same branch (so no cycle)."""
    by_branch: dict[int, list[int]] = defaultdict(list)
    for leaf in leaves:
        by_branch[tree.branch[leaf]].append(leaf)
    phase_of: dict[int, int] = {}
    phases: dict[tuple[int, int], list[int]] = defaultdict(list)
    for branch, members in by_branch.items():
        count = min(_SYNTHETIC_PHASES, len(members))
        for order, leaf in enumerate(members):
            phase = order * count // len(members)
            phase_of[leaf] = phase
            phases[(branch, phase)].append(leaf)
    eligible = [leaf for leaf in leaves if phase_of[leaf] > 0]
    if not eligible:
        return []
    average = target / len(eligible)
    links: list[tuple[int, int, DependencyType, LagKind, int, float]] = []
    seen: set[tuple[int, int]] = set()
    for leaf in eligible:
        branch, phase = tree.branch[leaf], phase_of[leaf]
        wanted = int(average) + (1 if rng.random() < average - int(average) else 0)
        pool = phases[(branch, phase - 1)]
        if phase >= 2 and rng.random() < 0.2:
            pool = phases[(branch, phase - 2)]
        for _ in range(wanted):
            predecessor = pool[rng.randrange(len(pool))]
            if (predecessor, leaf) in seen:
                continue
            seen.add((predecessor, leaf))
            link_type = _LINK_TYPES[rng.randrange(len(_LINK_TYPES))]
            kind, lag, percent = LagKind.WORKING, 0, 0.0
            draw = rng.random()
            if draw < 0.10:
                lag = rng.choice((-2, -1, 1, 2, 3, 5)) * DAY
            elif draw < 0.13:
                kind, percent = LagKind.PERCENT, float(rng.choice((25, 50, 75)))
            elif draw < 0.15:
                kind, lag = LagKind.ELAPSED, rng.choice((1, 2, 7, 14)) * ELAPSED_DAY
            links.append((predecessor, leaf, link_type, kind, lag, percent))
    return links


def _bulk_insert(session: Session, entity: type[Base], rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``entity``'s table in one DBAPI ``executemany``.

    Each value goes through its column type's own bind processor, so the stored form is exactly what the ORM and Core
    write; what is skipped is SQLAlchemy's per-row parameter construction, which dominates the time at 100,000 rows
    (about 3x slower). Columns left out take their scalar Python default (processed once) or NULL.
    """
    if not rows:
        return
    table: Table = Base.metadata.tables[entity.__tablename__]
    connection = session.connection()
    dialect = connection.dialect
    given = list(rows[0])
    constants = {
        column.name: column.default.arg
        for column in table.columns
        if column.name not in rows[0] and isinstance(column.default, ScalarElementColumnDefault)
    }
    names = given + list(constants)
    processors = [table.c[name].type.bind_processor(dialect) for name in names]
    constant_values = [
        value if process is None else process(value)
        for value, process in zip(constants.values(), processors[len(given) :], strict=True)
    ]
    given_processors = list(enumerate(processors[: len(given)]))
    compiled = insert(table).compile(dialect=dialect, column_keys=names)
    prepared: list[Any] = []
    for row in rows:
        values = list(row.values())
        for position, process in given_processors:
            if process is not None and values[position] is not None:
                values[position] = process(values[position])
        values.extend(constant_values)
        prepared.append(values)
    if compiled.positiontup is not None:
        order = [names.index(name) for name in compiled.positiontup]
        parameters: list[Any] = [tuple(values[index] for index in order) for values in prepared]
    else:
        parameters = [dict(zip(names, values, strict=True)) for values in prepared]
    connection.exec_driver_sql(compiled.string, parameters)


def build_synthetic(session: Session, tasks: int, seed: int) -> ProjectId:
    """Write a generated project of exactly ``tasks`` tasks for benchmarks (deterministic for a seed); return its id.

    Summaries every ~10 tasks, WBS depth up to 5, ~1.5 links per task (all four types, some lags, no cycle),
    ~5 % constrained tasks, a dozen resources with assignments and the standard calendar with Belgian holidays.
    Tasks (ids assigned here), links and assignments are written with one bulk ``executemany`` each (see
    :func:`_bulk_insert`); the project is scheduled at the end.
    """
    if tasks < 1:
        raise ValueError(f"a synthetic project needs at least 1 task, not {tasks}")
    rng = random.Random(seed)
    project = Project(
        name=f"Synthetic project ({tasks} tasks, seed {seed})",
        code=f"SYN-{tasks}-{seed}",
        organisation="FOD Digitale Transformatie / SPF Transformation numérique",
        manager="Benchmark",
        start=DEMO_START,
    )
    session.add(project)
    session.flush()
    project_id = project.id
    calendar = Calendar(project_id=project_id, uid=1, name="Standard (federal civil service)")
    for weekday in range(5):
        for start, end in STANDARD_DAY_INTERVALS:
            calendar.work_intervals.append(CalendarWorkInterval(weekday=weekday, start_minute=start, end_minute=end))
    calendar.holiday_layers.extend(
        [
            CalendarHolidayLayer(layer=layer)
            for layer in (HolidayLayer.BELGIAN_PUBLIC, HolidayLayer.FEDERAL_CIVIL_SERVICE)
        ]
    )
    session.add(calendar)
    session.flush()
    project.calendar_id = calendar.id
    resource_ids = []
    for uid in range(1, 13):
        resource = Resource(
            project_id=project_id,
            uid=uid,
            name=f"Resource {uid:02d}",
            initials=f"R{uid:02d}",
            kind=ResourceKind.VENDOR if uid > 9 else ResourceKind.STAFF,
            standard_rate=to_money(Decimal(55 + 4 * uid)),
            cost_category=CostCategory.EXTERNAL_SERVICES if uid > 9 else CostCategory.PERSONNEL,
        )
        session.add(resource)
        session.flush()
        resource_ids.append(resource.id)

    tree = _synthetic_tree(tasks, rng)
    first_id = (session.scalar(select(func.max(Task.id))) or 0) + 1
    leaves = [index for index in range(tasks) if not tree.summary[index]]
    task_rows, assignment_rows = _synthetic_task_rows(tree, project_id, first_id, resource_ids, rng)
    _bulk_insert(session, Task, task_rows)
    link_rows = [
        {
            "predecessor_id": first_id + predecessor,
            "successor_id": first_id + successor,
            "type": link_type,
            "lag_kind": kind,
            "lag": lag,
            "lag_percent": percent,
        }
        for predecessor, successor, link_type, kind, lag, percent in _synthetic_links(
            tree, leaves, round(tasks * 1.5), rng
        )
    ]
    _bulk_insert(session, Dependency, link_rows)
    _bulk_insert(session, Assignment, assignment_rows)
    _reschedule(session, project_id)
    return project_id


def _synthetic_task_rows(
    tree: _SyntheticTree, project_id: ProjectId, first_id: int, resource_ids: Sequence[int], rng: random.Random
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    task_rows: list[dict[str, Any]] = []
    assignment_rows: list[dict[str, Any]] = []
    start_day = DEMO_START.date()
    for index in range(len(tree.parent)):
        parent = tree.parent[index]
        code = tree.wbs[index]
        is_summary = tree.summary[index]
        milestone = not is_summary and rng.random() < 0.03
        duration = 0 if is_summary or milestone else _DURATION_DAYS[rng.randrange(len(_DURATION_DAYS))] * DAY
        constraint, constraint_date, deadline = ConstraintType.AS_SOON_AS_POSSIBLE, None, None
        if not is_summary and rng.random() < 0.05:
            constraint = rng.choice(
                (ConstraintType.START_NO_EARLIER_THAN,) * 5
                + (ConstraintType.FINISH_NO_EARLIER_THAN,) * 2
                + (ConstraintType.AS_LATE_AS_POSSIBLE,) * 2
                + (ConstraintType.START_NO_LATER_THAN,)
            )
            if constraint is not ConstraintType.AS_LATE_AS_POSSIBLE:
                day = start_day + dt.timedelta(days=index * 900 // len(tree.parent) + rng.randrange(30))
                constraint_date = dt.datetime.combine(day, dt.time(8))
        if not is_summary and rng.random() < 0.01:
            deadline = dt.datetime.combine(start_day + dt.timedelta(days=index * 1100 // len(tree.parent)), dt.time(17))
        work = 0
        task_id = first_id + index
        if duration and rng.random() < 0.7:
            picked = rng.sample(range(len(resource_ids)), 2 if rng.random() < 0.2 else 1)
            for resource in picked:
                units = rng.choice((50, 100, 100, 100, 200))
                assignment_rows.append(
                    {
                        "task_id": task_id,
                        "resource_id": resource_ids[resource],
                        "units": units,
                        "work": duration * units // 100,
                    }
                )
                work += duration * units // 100
        name = "Work package " + code if is_summary else f"{_VERBS[index % 10]} {_OBJECTS[index * 7 % 10]} {code}"
        task_rows.append(
            {
                "id": task_id,
                "project_id": project_id,
                "uid": index + 1,
                "parent_id": None if parent < 0 else first_id + parent,
                "position": tree.position[index],
                "wbs": code,
                "name": "Milestone " + code if milestone else name,
                "is_summary": is_summary,
                "is_milestone": milestone,
                "duration": duration,
                "duration_unit": DurationUnit.DAYS,
                "work": work,
                "constraint_type": constraint,
                "constraint_date": constraint_date,
                "deadline": deadline,
                "ev_technique": (
                    EarnedValueTechnique.ZERO_HUNDRED if milestone else EarnedValueTechnique.PERCENT_COMPLETE
                ),
            }
        )
    return task_rows, assignment_rows
