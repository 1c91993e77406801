"""The roles package keeps its shape (issue #16, one module per concern): each module says why it
exists, no module reads another's private helpers, and none imports the span finder
(``entities.candidates`` imports ``roles.runs``, so that import would run in a cycle)."""

from __future__ import annotations

import ast
import pkgutil
from pathlib import Path

import pytest

from warta.entities import roles

_MODULES = sorted(Path(roles.__path__[0]) / f"{m.name}.py" for m in pkgutil.iter_modules(roles.__path__))


def _runtime_imports(tree: ast.Module) -> list[ast.ImportFrom]:
    """The ``from … import …`` statements run at import time (not those under ``TYPE_CHECKING``)."""
    out: list[ast.ImportFrom] = []
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        out += [n for n in ast.walk(node) if isinstance(n, ast.ImportFrom)]
    return out


def test_the_package_has_its_modules() -> None:
    names = {p.stem for p in _MODULES}
    assert {"words", "before", "after", "posts", "relations", "article", "runs", "signatures"} <= names


@pytest.mark.parametrize("path", _MODULES, ids=lambda p: p.stem)
def test_each_module_says_why_it_exists(path: Path) -> None:
    assert ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("path", _MODULES, ids=lambda p: p.stem)
def test_no_module_reads_another_modules_private_names(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    private = [
        (node.module, a.name)
        for node in _runtime_imports(tree)
        if (node.module or "").startswith("warta.entities.roles")
        for a in node.names
        if a.name.startswith("_")
    ]
    assert private == []


@pytest.mark.parametrize("path", _MODULES, ids=lambda p: p.stem)
def test_no_module_imports_the_span_finder(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert all(node.module != "warta.entities.candidates" for node in _runtime_imports(tree))
