"""Every error class's translatable sentence is its docstring's first paragraph (the
words the command line shows and the catalogs hold are one text), and a sentence with
fields is English with the fields filled while it keeps its template."""

from __future__ import annotations

import importlib
import pkgutil

import sync
from sync.errors import CaucusError, WrongBranch


def subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from subclasses(sub)


def test_each_template_is_the_docstring_sentence():
    for info in pkgutil.walk_packages(sync.__path__, "sync."):
        if not info.name.endswith("__main__"):
            importlib.import_module(info.name)
    checked = 0
    for cls in {CaucusError, *subclasses(CaucusError)}:
        template = cls.__dict__.get("template")
        if template is None:
            continue
        first = " ".join(line.strip() for line in
                         (cls.__doc__ or "").strip().split("\n\n")[0].splitlines())
        assert template == first, cls.__name__
        assert str(cls()) == template
        checked += 1
    assert checked >= 80


def test_a_sentence_with_fields_keeps_its_template():
    error = WrongBranch.of("That file belongs to {branch}.", branch="Northside")
    assert str(error) == "That file belongs to Northside."
    assert (error.template, error.fields) == ("That file belongs to {branch}.",
                                              {"branch": "Northside"})
    assert WrongBranch().template == str(WrongBranch())
