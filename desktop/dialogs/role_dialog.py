"""Admitting a laptop: which role it gets, each explained in a sentence."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..widgets import ch, heading, hint


def role_words() -> dict[str, tuple[str, str]]:
    """Each role: its name and what a laptop with it may do."""
    return {
        "admin": (
            QCoreApplication.translate("RoleDialog", "&Admin"),
            QCoreApplication.translate(
                "RoleDialog",
                "Edits everything, and admits or revokes laptops. Give it "
                "only to the officers who run the branch's laptops.",
            ),
        ),
        "secretary": (
            QCoreApplication.translate("RoleDialog", "&Secretary"),
            QCoreApplication.translate(
                "RoleDialog",
                "Adds and edits members, conversations, tasks and "
                "meetings; cannot admit or revoke laptops.",
            ),
        ),
        "viewer": (
            QCoreApplication.translate("RoleDialog", "&Viewer"),
            QCoreApplication.translate(
                "RoleDialog", "Reads the list and prints from it; changes nothing."
            ),
        ),
    }


class RoleDialog(QDialog):
    """Choose the role of the laptop ``name`` (secretary by default)."""

    def __init__(self, name: str, roles: tuple[str, ...], parent: QWidget | None = None,
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Admit a laptop"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        title = heading(self.tr("Admit “{name}”").format(name=name), self, 1.2)
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(hint(self.tr("Which role does this laptop get?"), self))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        words = role_words()
        for role in roles:
            label, detail = words.get(role, (role.capitalize(), ""))
            button = QRadioButton(label, self)
            button.setAccessibleName(label.replace("&", ""))
            button.setAccessibleDescription(detail)
            self.group.addButton(button)
            self.buttons[role] = button
            layout.addWidget(button)
            explain = QLabel(detail, self)
            explain.setWordWrap(True)
            explain.setContentsMargins(ch(self, 4), 0, 0, 0)
            explain.setProperty("role", "hint")
            layout.addWidget(explain)
        default = "secretary" if "secretary" in self.buttons else roles[0]
        self.buttons[default].setChecked(True)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, self)
        ok = box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Admit and save the welcome file…"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.setMinimumWidth(min(ch(self, 64), 640))

    def role(self) -> str:
        for role, button in self.buttons.items():
            if button.isChecked():
                return role
        return "secretary"
