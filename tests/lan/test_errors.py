"""The LAN failures: one tree under LanError, each its own type with a whole sentence."""

from __future__ import annotations

import pytest

from sync.errors import CaucusError
from sync.lan import errors
from sync.lan.errors import LanError, LanUsageError, MissingBranchKey, NotInBranch
from sync.lan.node import Keyring, Node, sync_with

CLASSES = [c for c in vars(errors).values() if isinstance(c, type)
           and issubclass(c, BaseException) and c.__module__ == errors.__name__]


def test_every_lan_failure_is_under_one_root_and_says_one_whole_sentence():
    assert len(CLASSES) > 40
    for cls in CLASSES:
        assert issubclass(cls, LanError) and issubclass(cls, CaucusError), cls
        doc = (cls.__doc__ or "").strip()
        assert doc and "\n" not in doc, cls  # the default message is the whole docstring
        assert str(cls()) == doc


def test_only_the_usage_errors_are_also_builtin_errors():
    for cls in CLASSES:
        builtin = [base for base in cls.__mro__ if base.__module__ == "builtins"]
        if issubclass(cls, LanUsageError):
            assert ValueError in builtin, cls
        else:
            assert builtin == [Exception, BaseException, object], cls


def test_a_vault_that_has_not_joined_is_named_not_a_key_error(branches):
    spare = branches["spare"].replica  # prepared, not admitted
    with pytest.raises(NotInBranch):
        Node(spare)
    keyring = Keyring.read(branches["sec0"].replica)
    with pytest.raises(MissingBranchKey):
        keyring.network_key(keyring.epoch + 5)


def test_syncing_with_this_laptop_itself_is_its_own_reason(branches):
    from sync.lan.node import LanServer

    node = Node(branches["sec0"].replica)
    with LanServer(node, ("127.0.0.1", 0)) as server:
        result = sync_with(Node(branches["sec0"].replica), server.address)
    assert not result.complete and result.reason == "IsThisLaptop"
