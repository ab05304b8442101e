"""The member details form: every field of ``records.Member``, with inline errors."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sync.errors import ValidationError
from sync.records import BASES, STATUSES, Member, Workplace, format_phone

from .. import formats, value_words
from ..dates import DateField, iso_date
from ..widgets import ErrorLabel, em

BASIS_LABELS = {
    "member": QT_TRANSLATE_NOOP("member_form", "Member"),
    "former_member": QT_TRANSLATE_NOOP("member_form", "Former member"),
    "regular_contact": QT_TRANSLATE_NOOP("member_form", "Regular contact"),
    "other": QT_TRANSLATE_NOOP("member_form", "Other (with consent)"),
}
FLAGS = (
    ("do_not_contact", QT_TRANSLATE_NOOP("member_form", "Do not contact")),
    ("do_not_email", QT_TRANSLATE_NOOP("member_form", "No email")),
    ("do_not_phone", QT_TRANSLATE_NOOP("member_form", "No phone calls")),
    ("do_not_sms", QT_TRANSLATE_NOOP("member_form", "No texts")),
    ("do_not_post", QT_TRANSLATE_NOOP("member_form", "No post")),
)
DATE_FIELDS = ("override_until", "joined_on", "lapsed_on", "dues_paid_until")


def nice(value: str) -> str:
    """A stored value (a status, a kind) in the user's language."""
    return value_words.nice(value)


def parse_custom(text: str) -> dict[str, str]:
    """``name: value`` per line (``=`` works too)."""
    out: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = re.match(r"\s*([^:=]+?)\s*[:=]\s*(.*)$", line)
        if not match:
            raise ValidationError(
                QCoreApplication.translate(
                    "member_form",
                    "Line {number} of the custom fields needs the form 'name: value'.",
                ).format(number=number),
                "custom",
            )
        out[match.group(1)] = match.group(2).strip()
    return out


def split_list(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[,;\n]", text) if p.strip()]


class MemberForm(QScrollArea):
    """Shows one member; editable while :attr:`editing`. Emits :attr:`edited` on input."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        self.setWidget(body)
        self.form = QFormLayout(body)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        # a narrow panel puts each field under its label instead of clipping it
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.editing = False
        self._loading = False
        self._placeholders: dict[str, str] = {}

        self._section(self.tr("Name"))
        self._line("first_name", self.tr("First name"))
        self._line("last_name", self.tr("Last name"))
        self._line("preferred_name", self.tr("Preferred name"))
        self._section(self.tr("Contact"))
        self._line("emails", self.tr("Emails"), self.tr("commas between several"))
        self._line("phones", self.tr("Phones"), self.tr("commas between several"))
        address = QPlainTextEdit(body)
        address.setTabChangesFocus(True)
        address.setFixedHeight(em(self, 3.6))
        self._add("address", self.tr("Address"), address)
        self._line("postcode", self.tr("Postcode"))
        self._section(self.tr("Work"))
        workplace = QComboBox(body)
        workplace.addItem(self.tr("(no workplace)"), None)
        self._add("workplace_id", self.tr("Workplace"), workplace)
        self._line("department", self.tr("Department"))
        self._line("job_title", self.tr("Job title"))
        self._section(self.tr("Membership"))
        self._line("membership_no", self.tr("Membership no."))
        status = QComboBox(body)
        for value in STATUSES:
            status.addItem(nice(value), value)
        self._add("status", self.tr("Status"), status)
        self.effective = QLabel(body)
        self.effective.setAccessibleName(self.tr("Status worked out from dates"))
        self.form.addRow(self.tr("Status now"), self.effective)
        override = QComboBox(body)
        override.addItem(self.tr("(no override)"), None)
        for value in STATUSES:
            override.addItem(nice(value), value)
        self._add("status_override", self.tr("Status override"), override)
        self._date("override_until", self.tr("Override until"))
        self._date("joined_on", self.tr("Joined"))
        self._date("lapsed_on", self.tr("Lapsed"))
        self._date("dues_paid_until", self.tr("Dues paid until"))
        assessment = QComboBox(body)
        assessment.addItem(self.tr("(not assessed)"), None)
        for score in range(6):
            assessment.addItem(str(score), score)
        self._add("assessment", self.tr("Assessment"), assessment)
        self._section(self.tr("Privacy"))
        basis = QComboBox(body)
        for value in BASES:
            basis.addItem(QCoreApplication.translate("member_form", BASIS_LABELS[value])
                          if value in BASIS_LABELS
                          else nice(value), value)
        self._add("basis", self.tr("Basis of processing"), basis)
        flags = QWidget(body)
        grid = QGridLayout(flags)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, (name, source) in enumerate(FLAGS):
            label = QCoreApplication.translate("member_form", source)
            box = QCheckBox(label, flags)
            box.setAccessibleName(label)
            box.toggled.connect(self._on_edit)
            self.editors[name] = box
            grid.addWidget(box, i // 2, i % 2)
        self.errors["flags"] = ErrorLabel(flags, self.tr("Contact preferences error"))
        grid.addWidget(self.errors["flags"], 3, 0, 1, 2)
        self.form.addRow(self.tr("Contact preferences"), flags)
        self.consents = QLabel(body)
        self.consents.setWordWrap(True)
        self.consents.setAccessibleName(self.tr("Consents"))
        self.form.addRow(self.tr("Consents"), self.consents)
        self._section(self.tr("Other"))
        custom = QPlainTextEdit(body)
        custom.setTabChangesFocus(True)
        self._placeholders["custom"] = self.tr("name: value, one per line (e.g. shift: nights)")
        custom.setFixedHeight(em(self, 4))
        self._add("custom", self.tr("Custom fields"), custom)
        self._line("tags", self.tr("Tags"), self.tr("commas between several"))
        self.general = ErrorLabel(body, self.tr("Form error"))
        self.form.addRow(self.general)
        self.set_editing(False)

    # -- building -------------------------------------------------------------------
    def _section(self, title: str) -> None:
        label = QLabel(title, self.widget())
        label.setProperty("role", "heading")
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        if self.form.rowCount():
            label.setContentsMargins(0, em(self, 0.6), 0, 0)
        self.form.addRow(label)

    def _date(self, name: str, label: str) -> None:
        edit = DateField(self.widget())
        self._placeholders[name] = edit.placeholderText()
        self._add(name, label, edit)

    def _line(self, name: str, label: str, placeholder: str = "") -> None:
        edit = QLineEdit(self.widget())
        self._placeholders[name] = placeholder
        self._add(name, label, edit)

    def _add(self, name: str, label: str, editor: QWidget) -> None:
        editor.setAccessibleName(label)
        editor.setObjectName(f"field_{name}")
        box = QWidget(self.widget())
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        error = ErrorLabel(box, self.tr("{label} error").format(label=label))
        layout.addWidget(error)
        self.editors[name] = editor
        self.errors[name] = error
        self.form.addRow(label, box)
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(self._on_edit)
        elif isinstance(editor, QPlainTextEdit):
            editor.textChanged.connect(self._on_edit)
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(self._on_edit)

    def _on_edit(self, *_: Any) -> None:
        if not self._loading and self.editing:
            self.edited.emit()

    # -- state ----------------------------------------------------------------------
    def set_editing(self, editing: bool) -> None:
        """Editable fields, or a calm read-only view: text fields without frames on the
        window's background (so they do not look editable), no hints, no calendar."""
        self.editing = editing
        for name, editor in self.editors.items():
            if isinstance(editor, QLineEdit | QPlainTextEdit):
                editor.setReadOnly(not editing)
                editor.setPalette(QPalette() if editing else self._read_only_palette())
            if isinstance(editor, QLineEdit):
                editor.setFrame(editing)
                editor.setPlaceholderText(self._placeholders.get(name, "") if editing else "")
                if isinstance(editor, DateField):
                    editor.calendar_action.setVisible(editing)
            elif isinstance(editor, QPlainTextEdit):
                editor.setFrameShape(QPlainTextEdit.Shape.StyledPanel if editing
                                     else QPlainTextEdit.Shape.NoFrame)
                editor.setPlaceholderText(self._placeholders.get(name, "") if editing else "")
            else:
                editor.setEnabled(editing)

    def _read_only_palette(self) -> QPalette:
        palette = QPalette(self.palette())
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        return palette

    def set_workplaces(self, workplaces: list[Workplace]) -> None:
        combo: QComboBox = self.editors["workplace_id"]  # type: ignore[assignment]
        current = combo.currentData()
        self._loading = True
        combo.clear()
        combo.addItem(self.tr("(no workplace)"), None)
        for w in workplaces:
            combo.addItem(w.name, w.id)
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index))
        self._loading = False

    def set_tag_choices(self, tags: list[str]) -> None:
        edit: QLineEdit = self.editors["tags"]  # type: ignore[assignment]
        completer = QCompleter(tags, edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        edit.setCompleter(completer)

    def clear(self) -> None:
        """Empty every field (on lock, or before a new member)."""
        self._loading = True
        for editor in self.editors.values():
            if isinstance(editor, QLineEdit | QPlainTextEdit):
                editor.clear()
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(0)
            elif isinstance(editor, QCheckBox):
                editor.setChecked(False)
        self.effective.clear()
        self.consents.clear()
        self._loading = False
        self.clear_errors()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_message()
        self.general.clear_message()

    def typed_name(self) -> str:
        """The name as typed in the form (for a question about unsaved edits)."""
        parts = (self.editors["first_name"], self.editors["last_name"])
        return " ".join(p.text().strip() for p in parts if p.text().strip())  # type: ignore[attr-defined]

    def load(self, member: Member, region: str | None = None) -> None:
        """Show ``member``; phones in the national format of the branch's country
        (``region``), as a secretary there writes them."""
        self.clear()
        self._loading = True
        for name, editor in self.editors.items():
            if name in ("tags", "custom", "emails", "phones"):
                continue
            value = getattr(member, name)
            if isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QComboBox):
                index = editor.findData(value)
                if index < 0 and value is not None and name == "workplace_id":
                    editor.addItem(member.workplace or value, value)
                    index = editor.count() - 1
                editor.setCurrentIndex(max(0, index))
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value or "")
            elif isinstance(editor, DateField):
                editor.setText(formats.date_text(value))
            elif isinstance(editor, QLineEdit):
                editor.setText("" if value is None else str(value))
        self._text("emails", ", ".join(member.emails))
        self._text("phones", ", ".join(format_phone(p, region) for p in member.phones))
        self._text("tags", ", ".join(member.tags))
        custom: QPlainTextEdit = self.editors["custom"]  # type: ignore[assignment]
        custom.setPlainText("\n".join(f"{k}: {v}" for k, v in sorted(member.custom.items())))
        self.effective.setText(nice(member.effective_status or ""))
        self.consents.setText("; ".join(
            (self.tr("{kind}: given") if c.granted else self.tr("{kind}: refused")).format(
                kind=nice(c.kind)) + (f" ({formats.date_text(c.recorded_on)})"
                                   if c.recorded_on else "")
            for c in member.consents) or self.tr("none recorded"))
        self._loading = False

    def _text(self, name: str, text: str) -> None:
        edit: QLineEdit = self.editors[name]  # type: ignore[assignment]
        edit.setText(text)

    # -- reading --------------------------------------------------------------------
    def values(self) -> tuple[dict[str, Any], list[str], dict[str, str]]:
        """``(member fields, tags, custom fields)`` as typed; the engine validates them."""
        fields: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if name in ("tags", "custom"):
                continue
            if isinstance(editor, QCheckBox):
                fields[name] = editor.isChecked()
            elif isinstance(editor, QComboBox):
                fields[name] = editor.currentData()
            elif isinstance(editor, QPlainTextEdit):
                fields[name] = editor.toPlainText()
            elif isinstance(editor, QLineEdit):
                fields[name] = editor.text()
        for name in DATE_FIELDS:
            fields[name] = iso_date(fields[name])
        fields["emails"] = split_list(fields["emails"])
        fields["phones"] = split_list(fields["phones"])
        tags_edit: QLineEdit = self.editors["tags"]  # type: ignore[assignment]
        custom_edit: QPlainTextEdit = self.editors["custom"]  # type: ignore[assignment]
        return fields, split_list(tags_edit.text()), parse_custom(custom_edit.toPlainText())

    # -- errors ---------------------------------------------------------------------
    def error_key(self, field: str | None) -> str | None:
        if not field:
            return None
        if field.startswith("custom."):
            return "custom"
        if field in FLAGS_NAMES:
            return "flags"
        return field if field in self.errors else None

    def show_error(self, field: str | None, message: str) -> QWidget | None:
        """Show ``message`` next to ``field`` (or at the bottom); the editor to focus."""
        key = self.error_key(field)
        if key is None:
            self.general.show_message(message)
            self.ensureWidgetVisible(self.general)
            return None
        self.errors[key].show_message(message)
        editor = self.editors.get(key) or self.errors[key]
        self.ensureWidgetVisible(editor)
        return editor


FLAGS_NAMES = frozenset(name for name, _ in FLAGS)
