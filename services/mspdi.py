"""Microsoft Project XML (MSPDI) exchange: the one module callers need.

``import_mspdi(session, source)`` builds a new project from an MSPDI file (all or nothing, with a report of what
Belfry could not carry); ``export_mspdi(session, project_id)`` writes a project as an MSPDI file MS Project opens.
The details (what is carried, units, decisions) are in :mod:`services.mspdi_import` and
:mod:`services.mspdi_export`.

MS Project's own dates survive the import: each task's Start/Finish from the file is stored as its scheduled
``start``/``finish`` (and ``ImportReport.ms_project_dates`` keeps them by UID), so they can be compared with
``schedule_service.reschedule``'s results.
"""

from services.mspdi_export import EXPORT_ORDER, export_mspdi
from services.mspdi_import import (
    DEFAULT_MAX_BYTES,
    NAMESPACE,
    ImportReport,
    MspdiError,
    ReportEntry,
    import_mspdi,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "EXPORT_ORDER",
    "NAMESPACE",
    "ImportReport",
    "MspdiError",
    "ReportEntry",
    "export_mspdi",
    "import_mspdi",
]
