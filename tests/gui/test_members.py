"""Adding, editing, searching, notes, delete/restore/erase through the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from sync import changes
from sync.records import Branch, MemberQuery
from sync.replica import Replica
from sync.store.vault import Vault

from .helpers import LEFT, PASSPHRASE, unlock, wait_idle


def reopen(path) -> tuple[Vault, Branch]:
    vault = Vault.open(path, PASSPHRASE)
    return vault, Branch(vault)


def lock_and_wait(qtbot, controller) -> None:
    controller.lock()
    wait_idle(qtbot, controller.runner)
    assert controller.screen == "unlock"


def test_add_a_member_then_edit_it(qtbot, controller, locked_vault):
    main = unlock(qtbot, controller)
    vault, branch = reopen(locked_vault)
    before = len(branch.replica.list_changesets())
    vault.lock()

    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    panel = main.members.panel
    assert panel.is_new and panel.editing
    form = panel.form
    qtbot.keyClicks(form.editors["first_name"], "Esi")
    qtbot.keyClicks(form.editors["last_name"], "Mensah")
    qtbot.keyClicks(form.editors["emails"], "esi@example.org, esi.m@example.org")
    qtbot.keyClicks(form.editors["phones"], "020 7946 0958")
    workplace = form.editors["workplace_id"]
    workplace.setCurrentIndex(workplace.findText("Central Depot"))
    form.editors["assessment"].setCurrentIndex(form.editors["assessment"].findData(3))
    qtbot.keyClicks(form.editors["dues_paid_until"], "2031-12-31")
    form.editors["do_not_post"].setChecked(True)
    form.editors["custom"].setPlainText("shift: nights")
    qtbot.keyClicks(form.editors["tags"], "rep, new")
    qtbot.mouseClick(panel.save_button, LEFT)
    qtbot.waitUntil(lambda: not panel.editing and panel.member is not None, timeout=15000)
    member_id = panel.member_id
    qtbot.waitUntil(lambda: main.members.model.rowCount() == 5, timeout=10000)
    assert main.members.model.member_id(main.members.table.currentIndex().row()) == member_id
    assert panel.title.text() == "Esi Mensah"

    # edit: Edit, change the job title and remove a tag, Save
    qtbot.mouseClick(panel.edit_button, LEFT)
    assert panel.editing
    qtbot.keyClicks(form.editors["job_title"], "Driver")
    form.editors["tags"].setText("rep")
    qtbot.mouseClick(panel.save_button, LEFT)
    qtbot.waitUntil(lambda: not panel.editing and panel.member.job_title == "Driver",
                    timeout=15000)
    qtbot.waitUntil(lambda: panel.history_model.rowCount() > 0, timeout=10000)
    history_fields = {r["field"] for r in panel.history_model.records}
    assert "job_title" in history_fields

    lock_and_wait(qtbot, controller)
    vault, branch = reopen(locked_vault)
    try:
        member = branch.get_member(member_id)
        assert (member.first_name, member.last_name) == ("Esi", "Mensah")
        assert member.emails == ["esi@example.org", "esi.m@example.org"]
        assert member.phones == ["+442079460958"]
        assert member.workplace == "Central Depot"
        assert member.assessment == 3
        assert member.dues_paid_until == "2031-12-31"
        assert member.do_not_post is True and member.do_not_email is False
        assert member.custom == {"shift": "nights"}
        assert member.tags == ["rep"]
        assert member.job_title == "Driver"
        replica = Replica(vault)
        changesets = replica.list_changesets()
        assert len(changesets) >= before + 3  # add, edit, tag removal
        assert all(cs["status"] == "applied" for cs in changesets)
        checked, failures = replica.verify_all()
        assert checked == len(changesets) and failures == []
        history = branch.member_history(member_id)
        assert any(e["field"] == "job_title" and e["value"] == "Driver" for e in history)
    finally:
        vault.lock()


def test_invalid_email_is_shown_inline_and_nothing_is_stored(qtbot, controller, locked_vault):
    main = unlock(qtbot, controller)
    main.new_action.trigger()
    panel = main.members.panel
    form = panel.form
    qtbot.keyClicks(form.editors["first_name"], "Faye")
    qtbot.keyClicks(form.editors["emails"], "faye-at-example")
    qtbot.mouseClick(panel.save_button, LEFT)
    error = form.errors["emails"]
    qtbot.waitUntil(lambda: error.isVisibleTo(form), timeout=10000)
    assert "not a valid email address" in error.text()
    assert panel.editing and panel.is_new
    assert not form.errors["first_name"].isVisibleTo(form)
    assert form.editors["emails"].text() == "faye-at-example"

    # a bad date is named too
    form.editors["emails"].clear()
    qtbot.keyClicks(form.editors["joined_on"], "31/12/2020")
    qtbot.mouseClick(panel.save_button, LEFT)
    qtbot.waitUntil(lambda: form.errors["joined_on"].isVisibleTo(form), timeout=10000)
    assert "must be a date like" in form.errors["joined_on"].text()
    assert not error.isVisibleTo(form)

    lock_and_wait(qtbot, controller)
    vault, branch = reopen(locked_vault)
    try:
        assert branch.count_members(MemberQuery(include_deleted=True)) == 4
        assert branch.member_ids(MemberQuery(search="Faye")) == []
    finally:
        vault.lock()


def test_typing_in_search_narrows_the_table(qtbot, controller, locked_vault):
    main = unlock(qtbot, controller)
    model = main.members.model
    assert model.rowCount() == 4
    qtbot.keySequence(main, QKeySequence(QKeySequence.StandardKey.Find))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is main.search, timeout=5000)
    qtbot.keyClicks(main.search, "lop")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10000)
    row = model.member_row(0)
    assert (row.first_name, row.last_name) == ("Ana", "Lopez")
    assert main.members.count.text() == "1 member"
    main.search.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=10000)
    qtbot.keyClicks(main.search, "nobody-like-this")
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=10000)


def test_the_window_reads_what_searches_read_while_idle_then_stops(
        qtbot, controller, locked_vault, monkeypatch):
    """After the list shows, the search warm-up runs to its end on the worker, between
    the user's jobs, without making the window look busy."""
    import threading

    steps: list[threading.Thread] = []
    finished: list[bool] = []
    real = Branch.search_warmup

    def watched(self, *args, **kwargs):  # the real warm-up, its steps counted
        for _ in real(self, *args, **kwargs):
            steps.append(threading.current_thread())
            yield
        finished.append(True)

    monkeypatch.setattr(Branch, "search_warmup", watched)
    main = unlock(qtbot, controller)
    qtbot.waitUntil(lambda: finished == [True], timeout=15000)
    assert len(steps) >= 7  # five indexes, then member rows, index blocks, ...
    assert threading.main_thread() not in steps
    assert not controller.runner.busy
    # the searches it prepared for still answer
    qtbot.keyClicks(main.search, "lop")
    qtbot.waitUntil(lambda: main.members.model.rowCount() == 1, timeout=10000)


def test_filters_and_sorting_query_sql(qtbot, controller, locked_vault):
    main = unlock(qtbot, controller)
    page = main.members
    model = page.model
    names = lambda: [model.member_row(r).last_name for r in range(model.rowCount())]  # noqa: E731
    assert names() == ["Lopez", "Okafor", "Patel", "Smith"]
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: names() == ["Smith", "Patel", "Okafor", "Lopez"], timeout=10000)
    page.status.setCurrentIndex(page.status.findData("prospect"))
    qtbot.waitUntil(lambda: names() == ["Patel"], timeout=10000)
    page.status.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.workplace.count() > 1, timeout=10000)
    page.workplace.setCurrentIndex(page.workplace.findText("Central Depot"))
    qtbot.waitUntil(lambda: sorted(names()) == ["Lopez", "Okafor"], timeout=10000)
    page.workplace.setCurrentIndex(0)
    page.tag.setCurrentIndex(page.tag.findData("steward"))
    qtbot.waitUntil(lambda: names() == ["Lopez"], timeout=10000)


def select(qtbot, main, last_name: str):
    page = main.members
    main.search.setText(last_name)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.panel.member is not None
                    and page.panel.member.last_name == last_name, timeout=10000)
    return page.panel


def test_add_note_delete_restore_and_erase(qtbot, controller, locked_vault):
    main = unlock(qtbot, controller)
    panel = select(qtbot, main, "Okafor")
    member_id = panel.member_id
    notes = panel.notes
    qtbot.keyClicks(notes.text, "Spoke at the depot gate; keen on the petition.")
    notes.method.setCurrentIndex(notes.method.findData("in_person"))
    qtbot.keyClicks(notes.outcome, "will sign")
    qtbot.keyClicks(notes.follow_up, "2031-01-15")
    qtbot.mouseClick(notes.add, LEFT)
    qtbot.waitUntil(lambda: notes.model.rowCount() == 1, timeout=10000)
    assert "keen on the petition" in notes.model.data(notes.model.index(0, 0))
    assert notes.text.toPlainText() == ""
    qtbot.waitUntil(lambda: main.tasks.model.rowCount() == 1, timeout=10000)

    # a note needs text: shown inline, nothing added
    qtbot.mouseClick(notes.add, LEFT)
    qtbot.waitUntil(lambda: notes.error.isVisibleTo(notes), timeout=10000)
    assert notes.error.text() == "A note needs some text."

    qtbot.mouseClick(panel.delete_button, LEFT)
    qtbot.waitUntil(lambda: panel.member.deleted, timeout=10000)
    assert panel.restore_button.isVisibleTo(panel)
    assert not panel.edit_button.isEnabled()
    qtbot.mouseClick(panel.restore_button, LEFT)
    qtbot.waitUntil(lambda: not panel.member.deleted, timeout=10000)

    qtbot.mouseClick(panel.erase_button, LEFT)
    dialog = panel.erase_dialog
    assert dialog is not None and dialog.isVisible()
    assert "permanently erases Ben Okafor" in dialog.message.text()
    assert "It cannot be undone." in dialog.message.text()
    assert not dialog.erase_button.isEnabled()
    dialog.understood.setChecked(True)
    qtbot.mouseClick(dialog.erase_button, LEFT)
    qtbot.waitUntil(lambda: panel.member is None, timeout=10000)
    qtbot.waitUntil(lambda: main.members.model.rowCount() == 0, timeout=10000)
    assert panel.title.text() == ""

    lock_and_wait(qtbot, controller)
    vault, branch = reopen(locked_vault)
    try:
        assert branch.member_ids(MemberQuery(search="Okafor", include_deleted=True)) == []
        history = branch.member_history(member_id)
        assert history and all(e["redacted"] for e in history
                               if e["field"] != changes.ERASE_FIELD)
        assert "Okafor" not in repr(history)
        assert branch.list_notes(member_id=member_id) == []
    finally:
        vault.lock()
