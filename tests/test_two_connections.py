"""One vault open twice at once (the app, and the command line beside it): what one
connection adds, the other reads without stumbling on numbers it has not seen (the
vault's author and field numbers are cached per connection).

A real failure first seen in the LAN kill test: a watcher's replica listed the version
vector after a sync in another process had given a new author a number (KeyError: 2).
"""

from __future__ import annotations

from sync.bundle import export_bundle, import_bundle
from sync.records import Branch
from sync.replica import Replica

from .replicas import build_template, open_with_key


def test_a_second_connection_s_new_authors_and_fields_are_read_by_the_first(tmp_path):
    template = build_template(tmp_path / "t", secretaries=2, viewer=False, spare=False)
    branches = template.clone(tmp_path / "v")
    sec0, sec1 = branches["sec0"], branches["sec1"]
    other = Branch(open_with_key(sec0.vault.path, template.keys["sec0"]))
    try:
        watcher = sec0.replica
        before = watcher.version_vector()  # caches the authors this vault knew
        assert sec1.replica.device_id not in before
        member = sec1.add_member(first_name="Nadia", last_name="Kowalski")
        sec1.update_member(member, **{"custom.shoe_size": "39"})
        export_bundle(sec1.replica, tmp_path / "from-sec1.caucusbundle")
        # the other connection stores sec1's change sets: a new author, a new field name
        assert import_bundle(other.replica, tmp_path / "from-sec1.caucusbundle").applied >= 2
        after = watcher.version_vector()
        assert after[sec1.replica.device_id] == other.replica.version_vector()[
            sec1.replica.device_id]
        assert Replica(sec0.vault).state_hash() == other.replica.state_hash()
        assert sec0.get_member(member).custom == {"shoe_size": "39"}
    finally:
        other.vault.lock()
        for branch in branches.values():
            branch.vault.lock()
