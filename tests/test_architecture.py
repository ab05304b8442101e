"""The shape of the code a newcomer reads (ARCHITECTURE §1), kept by test: files and
classes of a readable size, no private name used across modules, no import cycle, an
engine that never names Qt or the app, and an app that reaches the engine through a
handful of modules."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("sync", "desktop")
MAX_FILE_LINES = 600
MAX_CLASS_LINES = 400
#: the engine modules the app may import from (the operations layer and its types)
APP_ENGINE_API = {"sync.ops", "sync.records", "sync.errors", "sync.resources"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


FILES = sorted(p for package in PACKAGES for p in (ROOT / package).rglob("*.py"))
MODULES = {module_name(p): p for p in FILES}
TREES = {p: ast.parse(p.read_text(encoding="utf-8")) for p in FILES}


def imported(path: Path, node: ast.ImportFrom) -> str:
    """The absolute module an ``from … import`` names."""
    if node.level == 0:
        return node.module or ""
    base = module_name(path).split(".")
    if path.name != "__init__.py":
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def imports(path: Path) -> list[tuple[str, list[str], int]]:
    """(module, names, line) of every import in ``path``, function-level ones included."""
    out = []
    for node in ast.walk(TREES[path]):
        if isinstance(node, ast.ImportFrom):
            out.append((imported(path, node), [a.name for a in node.names], node.lineno))
        elif isinstance(node, ast.Import):
            out.extend((a.name, [], node.lineno) for a in node.names)
    return out


def test_files_and_classes_stay_readable():
    long_files = [f"{p.relative_to(ROOT)} ({n} lines)" for p in FILES
                  if (n := p.read_text(encoding="utf-8").count("\n")) > MAX_FILE_LINES]
    long_classes = [f"{p.relative_to(ROOT)}:{node.name} ({n} lines)"
                    for p, tree in TREES.items() for node in ast.walk(tree)
                    if isinstance(node, ast.ClassDef)
                    and (n := (node.end_lineno or node.lineno) - node.lineno + 1)
                    > MAX_CLASS_LINES]
    assert long_files == [] and long_classes == []


def test_no_private_name_is_used_across_modules():
    found = []
    for path, tree in TREES.items():
        for module, names, line in imports(path):
            found += [f"{path.relative_to(ROOT)}:{line}: from {module} import {name}"
                      for name in names if name.startswith("_") and not name.startswith("__")]
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and node.attr.startswith("_")
                    and not node.attr.startswith("__")
                    and not (isinstance(node.value, ast.Name)
                             and node.value.id in ("self", "cls"))
                    and not (isinstance(node.value, ast.Call)
                             and isinstance(node.value.func, ast.Name)
                             and node.value.func.id == "super")):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: .{node.attr}")
    assert found == []


def test_there_is_no_import_cycle():
    graph: dict[str, set[str]] = defaultdict(set)
    for path in FILES:
        here = module_name(path)
        for module, names, _line in imports(path):
            targets = [f"{module}.{n}" for n in names if f"{module}.{n}" in MODULES]
            targets = targets or ([module] if module in MODULES else [])
            graph[here].update(t for t in targets if t != here)
    cycles, index, low, stack, on_stack = [], {}, {}, [], set()

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            part = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                part.append(top)
                if top == node:
                    break
            if len(part) > 1:
                cycles.append(sorted(part))

    for module in sorted(MODULES):
        if module not in index:
            visit(module)
    assert cycles == []


def test_the_engine_never_names_qt_or_the_app():
    found = [f"{p.relative_to(ROOT)}:{n}" for p in FILES if p.parts[len(ROOT.parts)] == "sync"
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if "PySide6" in line or "desktop" in line]
    assert found == []


def test_the_app_reaches_the_engine_through_its_public_api():
    found = []
    for path in FILES:
        if path.parts[len(ROOT.parts)] != "desktop":
            continue
        for module, _names, line in imports(path):
            if module == "sync" or module.startswith("sync."):
                if not any(module == api or module.startswith(api + ".")
                           for api in APP_ENGINE_API):
                    found.append(f"{path.relative_to(ROOT)}:{line}: {module}")
    assert found == []


@pytest.mark.parametrize("package", PACKAGES)
def test_every_package_is_found(package):
    assert any(p.parts[len(ROOT.parts)] == package for p in FILES)
