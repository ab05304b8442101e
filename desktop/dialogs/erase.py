"""The confirmation before erasing a member for good (GDPR right to be forgotten)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from .. import icons
from ..style import danger
from ..widgets import ch, em


class EraseDialog(QDialog):
    """Explains what erasure does and asks the user to tick that they understand."""

    def __init__(self, member_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase member for good"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        symbol = QLabel(self)
        symbol.setPixmap(icons.icon("erase").pixmap(em(self, 2.5), em(self, 2.5)))
        top.addWidget(symbol, 0, Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setText(
            self.tr(
                "This permanently erases {member_name} — their details, notes, tags, "
                "consents and history, and saved searches that name them — from this "
                "laptop, and from every laptop of the branch after sync. It cannot "
                "be undone.\n\nUse it when someone asks to be forgotten. To take "
                "someone off the list but keep their record, use Delete instead "
                "(deleted members can be restored)."
            ).format(member_name=member_name)
        )
        top.addWidget(self.message, 1)
        layout.addLayout(top)
        self.understood = QCheckBox(self.tr("I understand: erase this person for good"), self)
        self.understood.setAccessibleName(self.tr("Confirm erasure"))
        layout.addWidget(self.understood)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = self.buttons.addButton(
            self.tr("Erase for good"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        danger(self.erase_button)
        self.erase_button.setEnabled(False)
        self.erase_button.setAccessibleName(self.tr("Erase for good"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        layout.addWidget(self.buttons)
        self.understood.toggled.connect(self.erase_button.setEnabled)
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(ch(self, 60))
