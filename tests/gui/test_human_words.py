"""No id, field code or 64-hex string anywhere a person reads: every page, the member
panel's history, the Join page."""

from __future__ import annotations

from .helpers import unlock, wait_idle
from .walk import pages, raw_words


def test_the_finder_sees_what_it_must_refuse(qtbot):
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for text in ("Workplace id 01a232e6-10aa-7bbb-8ccc-0123456789ab", "first_name",
                 "Admitted by " + "ab" * 32):
        layout.addWidget(QLabel(text, window))
    window.show()
    qtbot.waitExposed(window)
    assert len(raw_words(window)) == 3


def test_no_raw_words_on_any_page_nor_in_history(qtbot, controller, locked_vault):
    main = unlock(qtbot, controller)
    members = main.members
    members.select_member(members.model.ids[0])  # Ana: a workplace, a tag
    qtbot.waitUntil(lambda: members.panel.member is not None, timeout=10000)
    panel = members.panel
    panel.tabs.setCurrentIndex(panel.tabs.indexOf(panel.history))
    qtbot.waitUntil(lambda: panel.history_model.rowCount() > 0, timeout=10000)
    shown = {r["label"] for r in panel.history_model.records}
    assert "Workplace" in shown and "Tag added" in shown
    assert raw_words(main) == []
    for name in pages(main):
        wait_idle(qtbot, controller.runner)
        assert raw_words(main) == [], name


def test_the_join_page_names_no_command(qtbot, controller, vault_path):
    controller.start()
    window = controller.window
    window.show_join()
    assert raw_words(window) == []
    assert not any("caucus " in text for _w, text in
                   __import__("tests.gui.walk", fromlist=["texts"]).texts(window))
