"""Enumerations of the domain. Stored values are stable strings: never rename a value, only add new ones."""

from enum import StrEnum

# Every enum is a StrEnum: its stored and serialised form is its value.


class ProjectStatus(StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    ON_HOLD = "on-hold"
    CLOSED = "closed"


class DurationUnit(StrEnum):
    """The unit a duration is shown in (it is always stored in minutes)."""

    MINUTES = "m"
    HOURS = "h"
    DAYS = "d"
    WEEKS = "w"
    MONTHS = "mo"


class DependencyType(StrEnum):
    FINISH_TO_START = "FS"
    START_TO_START = "SS"
    FINISH_TO_FINISH = "FF"
    START_TO_FINISH = "SF"


class LagKind(StrEnum):
    """How a dependency's lag is expressed: working time, elapsed time or % of the predecessor's duration."""

    WORKING = "working"
    ELAPSED = "elapsed"
    PERCENT = "percent"


class ConstraintType(StrEnum):
    """The eight MS Project constraint types."""

    AS_SOON_AS_POSSIBLE = "ASAP"
    AS_LATE_AS_POSSIBLE = "ALAP"
    START_NO_EARLIER_THAN = "SNET"
    START_NO_LATER_THAN = "SNLT"
    FINISH_NO_EARLIER_THAN = "FNET"
    FINISH_NO_LATER_THAN = "FNLT"
    MUST_START_ON = "MSO"
    MUST_FINISH_ON = "MFO"


class EarnedValueTechnique(StrEnum):
    PERCENT_COMPLETE = "percent-complete"
    PHYSICAL_PERCENT_COMPLETE = "physical-percent-complete"
    ZERO_HUNDRED = "0-100"
    FIFTY_FIFTY = "50-50"
    WEIGHTED_MILESTONES = "weighted-milestones"


class HolidayLayer(StrEnum):
    """Layers of closure days a calendar can switch on; the dates are computed by ``services.working_time``."""

    BELGIAN_PUBLIC = "be-public"
    FLEMISH_COMMUNITY = "be-vlg"  # 11 July
    FRENCH_COMMUNITY = "be-wbr"  # 27 September
    GERMAN_COMMUNITY = "be-dg"  # 15 November
    FEDERAL_CIVIL_SERVICE = "be-fed"  # 15 November (King's Feast) and 26 December for federal staff


class ResourceKind(StrEnum):
    STAFF = "staff"
    ROLE = "role"
    VENDOR = "vendor"
    MATERIAL = "material"


class CostCategory(StrEnum):
    PERSONNEL = "personnel"
    EXTERNAL_SERVICES = "external-services"
    SOFTWARE_LICENCES = "software-licences"
    HARDWARE = "hardware"
    HOSTING = "hosting"
    TRAINING = "training"
    TRAVEL = "travel"
    COMMUNICATION = "communication"
    OTHER = "other"


class FundingSource(StrEnum):
    OWN_BUDGET = "own-budget"
    FEDERAL_PROGRAMME = "federal-programme"
    REGIONAL = "regional"
    EU_RECOVERY_FACILITY = "eu-rrf"
    EU_STRUCTURAL_FUNDS = "eu-structural"
    EU_DIGITAL_EUROPE = "eu-digital-europe"
    OTHER = "other"


class CommitmentStatus(StrEnum):
    """The life of money in public finance: planned -> committed -> invoiced -> paid."""

    PLANNED = "planned"
    COMMITTED = "committed"
    INVOICED = "invoiced"
    PAID = "paid"
    CANCELLED = "cancelled"


class InvoiceStatus(StrEnum):
    RECEIVED = "received"
    APPROVED = "approved"
    PAID = "paid"
    DISPUTED = "disputed"


class RiskCategory(StrEnum):
    STRATEGIC = "strategic"
    TECHNICAL = "technical"
    FINANCIAL = "financial"
    LEGAL = "legal"
    ORGANISATIONAL = "organisational"
    PROCUREMENT = "procurement"
    SECURITY = "security"
    DATA_PROTECTION = "data-protection"
    SCHEDULE = "schedule"


class RiskProximity(StrEnum):
    IMMINENT = "imminent"
    WITHIN_STAGE = "within-stage"
    WITHIN_PROJECT = "within-project"
    BEYOND_PROJECT = "beyond-project"


class RiskResponse(StrEnum):
    """PRINCE2 responses to threats and opportunities."""

    AVOID = "avoid"
    REDUCE = "reduce"
    FALLBACK = "fallback"
    TRANSFER = "transfer"
    SHARE = "share"
    ACCEPT = "accept"
    EXPLOIT = "exploit"
    ENHANCE = "enhance"
    REJECT = "reject"


class RiskStatus(StrEnum):
    OPEN = "open"
    MONITORING = "monitoring"
    OCCURRED = "occurred"
    CLOSED = "closed"


class IssueType(StrEnum):
    """PRINCE2 issue types."""

    REQUEST_FOR_CHANGE = "request-for-change"
    OFF_SPECIFICATION = "off-specification"
    PROBLEM = "problem"


class Priority(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class IssueStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in-progress"
    RESOLVED = "resolved"
    CLOSED = "closed"


class ChangeRequestStatus(StrEnum):
    PROPOSED = "proposed"
    UNDER_REVIEW = "under-review"
    APPROVED = "approved"
    REJECTED = "rejected"
    DEFERRED = "deferred"
    IMPLEMENTED = "implemented"


class Engagement(StrEnum):
    """Stakeholder engagement levels (PMBOK engagement assessment matrix)."""

    UNAWARE = "unaware"
    RESISTANT = "resistant"
    NEUTRAL = "neutral"
    SUPPORTIVE = "supportive"
    LEADING = "leading"


class ProcedureType(StrEnum):
    """Belgian public procurement procedures (law of 17 June 2016)."""

    OPEN = "open"
    RESTRICTED = "restricted"
    COMPETITIVE_NEGOTIATION = "competitive-negotiation"
    COMPETITIVE_DIALOGUE = "competitive-dialogue"
    INNOVATION_PARTNERSHIP = "innovation-partnership"
    NEGOTIATED_WITH_PUBLICATION = "negotiated-with-publication"
    NEGOTIATED_WITHOUT_PUBLICATION = "negotiated-without-publication"
    FRAMEWORK_CALL_OFF = "framework-call-off"
    LOW_VALUE = "low-value"


class ContractStatus(StrEnum):
    PREPARATION = "preparation"
    PUBLISHED = "published"
    AWARDED = "awarded"
    RUNNING = "running"
    COMPLETED = "completed"
    TERMINATED = "terminated"


class ComplianceFramework(StrEnum):
    GDPR = "gdpr"
    ACCESSIBILITY = "accessibility"
    INFORMATION_SECURITY = "information-security"
    ARCHIVING = "archiving"
    LANGUAGE_LEGISLATION = "language-legislation"


class ComplianceStatus(StrEnum):
    NOT_STARTED = "not-started"
    IN_PROGRESS = "in-progress"
    COMPLIANT = "compliant"
    NON_COMPLIANT = "non-compliant"
    NOT_APPLICABLE = "not-applicable"


class LessonKind(StrEnum):
    WENT_WELL = "went-well"
    TO_IMPROVE = "to-improve"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
