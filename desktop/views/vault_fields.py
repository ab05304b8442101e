"""The form rows every new vault asks for: this device's name and a passphrase typed twice.

*Create a branch* and *Join a branch* share them, with the strength meter and the same
inline checks, so the two pages cannot drift apart.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSysInfo
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from sync.errors import ValidationError, WeakPassphrase
from sync.ops.session import MIN_PASSPHRASE

from ..passphrase import strength_hint
from ..widgets import ErrorLabel, em, hint

DEVICE_NAME_NEEDED = QT_TRANSLATE_NOOP(
    "vault_fields", "This device needs a name (for example 'Ana's laptop')."
)


def add_row(form: QFormLayout, label: str, widget: QWidget, name: str, error: ErrorLabel,
            *below: QWidget) -> None:
    """A labelled field with what goes under it (a meter, a hint) and its error line."""
    widget.setAccessibleName(name)
    box = QVBoxLayout()
    box.setSpacing(2)
    for item in (widget, *below, error):
        box.addWidget(item)
    text = QLabel(label, widget.parentWidget())
    text.setBuddy(widget)  # the & mnemonic focuses the field
    form.addRow(text, box)


def new_form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def error_field(error: BaseException, fields: dict[str, ErrorLabel]) -> str:
    """Which inline message shows ``error``: its field's, or "general"."""
    if isinstance(error, WeakPassphrase):
        return "passphrase"
    if isinstance(error, ValidationError) and error.field in fields:
        return error.field
    return "general"


class NewVaultFields:
    """Adds the device name, passphrase and repeat rows to ``form``; ``errors`` holds
    their inline messages under the keys "device", "passphrase" and "repeat"."""

    def __init__(self, parent: QWidget, form: QFormLayout) -> None:
        self.device_name = QLineEdit(
            QSysInfo.machineHostName()
            or QCoreApplication.translate("NewVaultFields", "this laptop"),
            parent,
        )
        self.passphrase = QLineEdit(parent)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(parent)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar(parent)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(max(6, em(parent, 0.5)))
        self.meter.setAccessibleName(
            QCoreApplication.translate("NewVaultFields", "Passphrase strength")
        )
        self.strength: QLabel = hint("", parent)
        self.strength.setAccessibleName(
            QCoreApplication.translate("NewVaultFields", "Passphrase strength hint")
        )
        self.errors = {
            "device": ErrorLabel(
                parent, QCoreApplication.translate("NewVaultFields", "Device name error")
            ),
            "passphrase": ErrorLabel(
                parent, QCoreApplication.translate("NewVaultFields", "Passphrase error")
            ),
            "repeat": ErrorLabel(
                parent, QCoreApplication.translate("NewVaultFields", "Repeated passphrase error")
            ),
        }
        add_row(
            form,
            QCoreApplication.translate("NewVaultFields", "&This device"),
            self.device_name,
            QCoreApplication.translate("NewVaultFields", "Device name"),
            self.errors["device"],
        )
        add_row(
            form,
            QCoreApplication.translate("NewVaultFields", "&Passphrase"),
            self.passphrase,
            QCoreApplication.translate("NewVaultFields", "Passphrase"),
            self.errors["passphrase"],
            self.meter,
            self.strength,
        )
        add_row(
            form,
            QCoreApplication.translate("NewVaultFields", "&Repeat it"),
            self.repeat,
            QCoreApplication.translate("NewVaultFields", "Repeat passphrase"),
            self.errors["repeat"],
        )
        self.passphrase.textChanged.connect(self._update_strength)
        # a message about what was typed goes as soon as it is typed again
        self.passphrase.textChanged.connect(self._passphrase_edited)
        self.repeat.textChanged.connect(lambda _t: self.errors["repeat"].clear_message())
        self.device_name.textChanged.connect(lambda _t: self.errors["device"].clear_message())
        self._update_strength("")

    @property
    def edits(self) -> tuple[QLineEdit, ...]:
        return self.device_name, self.passphrase, self.repeat

    def _update_strength(self, text: str) -> None:
        score, sentence = strength_hint(text)
        self.meter.setValue(score)
        self.strength.setText(sentence)

    def _passphrase_edited(self, _text: str) -> None:
        self.errors["passphrase"].clear_message()
        self.errors["repeat"].clear_message()
        self.strength.show()

    def validate(self) -> bool:
        """Show what is wrong under each field (the caller cleared old messages)."""
        ok = True
        if not self.device_name.text().strip():
            self.errors["device"].show_message(
                QCoreApplication.translate("vault_fields", DEVICE_NAME_NEEDED)
            )
            ok = False
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            # one message, not two: the red one stands in for the hint until typing
            self.errors["passphrase"].show_message(str(WeakPassphrase()))
            self.strength.hide()
            ok = False
        elif self.passphrase.text() != self.repeat.text():
            self.errors["repeat"].show_message(
                QCoreApplication.translate("NewVaultFields", "The two passphrases are different.")
            )
            ok = False
        return ok

    def clear_passphrases(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()
