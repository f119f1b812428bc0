"""Dialogs of the main window: file choosers, questions, messages, project information, baseline, status date.

The window asks its questions through a :class:`Dialogs` object so that tests can answer them without a modal
dialog; :class:`QtDialogs` is the real one (native file dialogs, message boxes).
"""

# The Qt layer: PySide6 is banned everywhere else (pyproject's banned-api), allowed here.

import datetime as dt
from enum import Enum
from pathlib import Path
from typing import Any, Protocol, cast

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from model.enums import ProjectStatus
from model.ids import ChangeRequestId
from services import evm_service, project_file, queries

PROJECT_FILTER = "Belfry project (*.belfry)"
XML_FILTER = "MS Project XML (*.xml)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


class UnsavedChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class RecoveryChoice(Enum):
    RECOVER = "recover"
    DISCARD = "discard"
    LATER = "later"


class Dialogs(Protocol):
    """The questions and messages of the main window."""

    def open_path(self, parent: QWidget, title: str, file_filter: str) -> Path | None: ...

    def save_path(self, parent: QWidget, title: str, file_filter: str, suggested: Path | None) -> Path | None: ...

    def unsaved_choice(self, parent: QWidget, name: str) -> UnsavedChoice: ...

    def recovery_choice(self, parent: QWidget, candidate: project_file.RecoveryCandidate) -> RecoveryChoice: ...

    def error(self, parent: QWidget, message: str) -> None: ...

    def information(self, parent: QWidget, message: str) -> None: ...

    def exec_dialog(self, dialog: QDialog) -> bool: ...


class QtDialogs:
    """Native file dialogs and message boxes."""

    def open_path(self, parent: QWidget, title: str, file_filter: str) -> Path | None:
        name, _selected = QFileDialog.getOpenFileName(parent, title, "", file_filter)
        return Path(name) if name else None

    def save_path(self, parent: QWidget, title: str, file_filter: str, suggested: Path | None) -> Path | None:
        name, _selected = QFileDialog.getSaveFileName(
            parent, title, "" if suggested is None else str(suggested), file_filter
        )
        return Path(name) if name else None

    def unsaved_choice(self, parent: QWidget, name: str) -> UnsavedChoice:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("Unsaved changes"))
        box.setText(_tr("Save the changes to “{name}” before closing?").format(name=name))
        box.setInformativeText(_tr("Your changes are lost if you don't save them."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return UnsavedChoice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return UnsavedChoice.DISCARD
        return UnsavedChoice.CANCEL

    def recovery_choice(self, parent: QWidget, candidate: project_file.RecoveryCandidate) -> RecoveryChoice:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("Recover unsaved work"))
        name = candidate.target.name if candidate.target is not None else _tr("an untitled project")
        box.setText(
            _tr("Belfry found unsaved changes to {name} from {time}. Recover them?").format(
                name=name, time=candidate.modified_at.strftime("%Y-%m-%d %H:%M")
            )
        )
        recover = box.addButton(_tr("Recover"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(_tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(_tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is recover:
            return RecoveryChoice.RECOVER
        if box.clickedButton() is discard:
            return RecoveryChoice.DISCARD
        return RecoveryChoice.LATER

    def error(self, parent: QWidget, message: str) -> None:
        QMessageBox.warning(parent, _tr("Belfry"), message)

    def information(self, parent: QWidget, message: str) -> None:
        QMessageBox.information(parent, _tr("Belfry"), message)

    def exec_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted


def _date_edit(day: dt.date | None, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    if day is not None:
        edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ProjectInformationDialog(QDialog):
    """The project's charter fields; :meth:`changed_values` gives the fields to set."""

    def __init__(self, project: queries.ProjectRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Project information"))
        self._project = project
        form = QFormLayout()
        self.name = QLineEdit(project.name, self)
        self.code = QLineEdit(project.code, self)
        self.organisation = QLineEdit(project.organisation, self)
        self.sponsor = QLineEdit(project.sponsor, self)
        self.manager = QLineEdit(project.manager, self)
        self.description = QPlainTextEdit(project.description, self)
        self.description.setTabChangesFocus(True)
        self.status = QComboBox(self)
        labels = {
            ProjectStatus.PROPOSED: self.tr("Proposed"),
            ProjectStatus.ACTIVE: self.tr("Active"),
            ProjectStatus.ON_HOLD: self.tr("On hold"),
            ProjectStatus.CLOSED: self.tr("Closed"),
        }
        for status, label in labels.items():
            self.status.addItem(label, status)
        self.status.setCurrentIndex(self.status.findData(project.status))
        self.start = _date_edit(project.start.date(), self)
        self.currency = QLineEdit(project.currency, self)
        self.currency.setMaxLength(3)
        self.classification = QLineEdit(project.classification, self)
        self.language = QComboBox(self)
        for code, label in (("nl", "Nederlands"), ("fr", "Français"), ("en", "English")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(project.language)))
        self.fiscal_month = QSpinBox(self)
        self.fiscal_month.setRange(1, 12)
        self.fiscal_month.setValue(project.fiscal_year_start_month)
        self.hours_per_day = QDoubleSpinBox(self)
        self.hours_per_day.setRange(0.5, 24)
        self.hours_per_day.setSingleStep(0.5)
        self.hours_per_day.setValue(project.minutes_per_day / 60)
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Name:"), self.name),
            (self.tr("&Code:"), self.code),
            (self.tr("&Organisation:"), self.organisation),
            (self.tr("S&ponsor:"), self.sponsor),
            (self.tr("&Manager:"), self.manager),
            (self.tr("&Description:"), self.description),
            (self.tr("S&tatus:"), self.status),
            (self.tr("St&art:"), self.start),
            (self.tr("C&urrency:"), self.currency),
            (self.tr("C&lassification:"), self.classification),
            (self.tr("Report &language:"), self.language),
            (self.tr("&Fiscal year starts in month:"), self.fiscal_month),
            (self.tr("&Hours per day:"), self.hours_per_day),
        ]
        for label, widget in rows:
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.resize(560, self.sizeHint().height())

    def changed_values(self) -> dict[str, Any]:
        """The project fields the user changed, as raw values."""
        project = self._project
        start_day = cast(dt.date, self.start.date().toPython())
        values: dict[str, Any] = {
            "name": self.name.text().strip(),
            "code": self.code.text().strip(),
            "organisation": self.organisation.text().strip(),
            "sponsor": self.sponsor.text().strip(),
            "manager": self.manager.text().strip(),
            "description": self.description.toPlainText(),
            "status": self.status.currentData(),
            "start": dt.datetime.combine(start_day, project.start.time()),
            "currency": self.currency.text().strip().upper(),
            "classification": self.classification.text().strip(),
            "language": self.language.currentData(),
            "fiscal_year_start_month": self.fiscal_month.value(),
            "minutes_per_day": round(self.hours_per_day.value() * 60),
        }
        return {name: value for name, value in values.items() if getattr(project, name) != value}


class BaselineDialog(QDialog):
    """Which baseline (0-10) to save, with a name; replacing a saved one needs a reason and an approved change request
    (the rule of ``evm_service.rebaseline``: the trend measured against a baseline must not change silently)."""

    def __init__(
        self,
        existing: list[queries.BaselineRow],
        change_requests: list[queries.ChangeRequestRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set baseline"))
        self._saved = {row.number: row for row in existing}
        self.number = QComboBox(self)
        for number in range(11):
            saved = self._saved.get(number)
            if saved is None:
                label = self.tr("Baseline {number}").format(number=number)
            else:
                label = self.tr("{number} — {name} (saved {when})").format(
                    number=number, name=saved.name, when=saved.saved_at.strftime("%Y-%m-%d %H:%M")
                )
            self.number.addItem(label, number)
        first_free = next((number for number in range(11) if number not in self._saved), 0)
        self.number.setCurrentIndex(first_free)
        self.number.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.number.setAccessibleName(self.tr("Baseline number"))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Baseline name"))
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason for replacing the baseline"))
        self.change_request = QComboBox(self)
        self.change_request.setAccessibleName(self.tr("Approving change request"))
        approved = [row for row in change_requests if row.status in evm_service.APPROVED_STATUSES]
        for row in approved:
            self.change_request.addItem(f"{row.code} — {row.title}", int(row.id))
        self.replace_note = QLabel(self)
        self.replace_note.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Baseline:"), self.number)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Change request:"), self.change_request)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.replace_note)
        layout.addWidget(self.problem)
        layout.addWidget(_buttons(self))
        self.setMinimumWidth(640)
        self.number.currentIndexChanged.connect(self._number_changed)
        self._number_changed()

    def chosen_number(self) -> int:
        return int(self.number.currentData())

    def chosen_name(self) -> str:
        """The typed name, or the replaced baseline's name when none was typed."""
        saved = self._saved.get(self.chosen_number())
        return self.name.text().strip() or ("" if saved is None else saved.name)

    def replaces(self) -> bool:
        """True when the chosen number holds a saved baseline."""
        return self.chosen_number() in self._saved

    def chosen_change_request(self) -> ChangeRequestId | None:
        data = self.change_request.currentData()
        return None if data is None else ChangeRequestId(int(data))

    def _number_changed(self) -> None:
        replacing = self.replaces()
        saved = self._saved.get(self.chosen_number())
        self.name.setPlaceholderText(self.tr("e.g. Approved plan") if saved is None else saved.name)
        self.reason.setEnabled(replacing)
        self.change_request.setEnabled(replacing)
        if not replacing:
            self.replace_note.setText(self.tr("The current schedule is saved as a new baseline."))
        elif self.change_request.count():
            self.replace_note.setText(
                self.tr("This baseline is already saved: replacing it needs a reason and an approved change request.")
            )
        else:
            self.replace_note.setText(
                self.tr(
                    "This baseline is already saved and the project has no approved change request: "
                    "choose a free baseline number."
                )
            )
        self.problem.hide()

    @override
    def accept(self) -> None:
        problem = None
        if self.replaces() and self.chosen_change_request() is None:
            problem = self.tr("Replacing a baseline needs an approved change request.")
        elif self.replaces() and not self.reason.text().strip():
            problem = self.tr("Replacing a baseline needs a reason.")
            self.reason.setFocus()
        if problem is None:
            super().accept()
        else:
            self.problem.setText(problem)
            self.problem.show()


class StatusDateDialog(QDialog):
    """The project's status date (progress is measured at the end of that day)."""

    def __init__(self, status_date: dt.date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Status date"))
        self.date = _date_edit(status_date or dt.date.today(), self)
        self.date.setAccessibleName(self.tr("Status date"))
        form = QFormLayout()
        form.addRow(self.tr("&Status date:"), self.date)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)

    def chosen_date(self) -> dt.date:
        return cast(dt.date, self.date.date().toPython())
