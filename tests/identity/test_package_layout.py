"""The identity package's layout: a module per concern, each saying what it does, none reaching into another.

Checks every module of ``src/warta/identity``: it has a docstring; it imports no private name (``_x``) of
another module of the package, nor reads one as an attribute (``names._x``); and the imports that run when
a module is loaded (its top-level ones) make no cycle. Imports inside a function run later and may point
back (``links`` and ``acronyms`` ask ``forms`` for its text doubts, and ``forms`` reads their rules).
The checker is tested on made-up sources too, so a violation fails.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = "warta.identity"
ROOT = Path(__file__).resolve().parents[2] / "src" / "warta" / "identity"


def _sources() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("*.py"))}


def _module_of(name: str | None) -> str | None:
    """The package module an import names: ``warta.identity.links`` -> 'links', the package -> '__init__'."""
    if name == PACKAGE:
        return "__init__"
    if name and name.startswith(PACKAGE + "."):
        return name[len(PACKAGE) + 1 :].split(".", 1)[0]
    return None


def violations(sources: dict[str, str]) -> list[str]:
    """Every breach of the layout rules in ``sources`` (module name -> its text)."""
    out: list[str] = []
    graph: dict[str, set[str]] = {m: set() for m in sources}
    for mod, text in sources.items():
        tree = ast.parse(text)
        if not ast.get_docstring(tree):
            out.append(f"{mod}: no docstring")
        aliases: set[str] = set()  # names bound to a module of the package
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                other = _module_of(node.module)
                if other is None:
                    continue
                for a in node.names:
                    if other == "__init__" and a.name in sources:  # `from warta.identity import names`
                        aliases.add(a.asname or a.name)
                        if node in tree.body and a.name != mod:
                            graph[mod].add(a.name)
                        continue
                    if a.name.startswith("_") and other != mod:
                        out.append(f"{mod}: imports the private {a.name} of {other}")
                if node in tree.body and other != mod and any(a.name not in sources for a in node.names):
                    graph[mod].add(other)
            elif isinstance(node, ast.Import):
                for a in node.names:
                    other = _module_of(a.name)
                    if other is not None and a.asname:
                        aliases.add(a.asname)
                    if other is not None and node in tree.body and other != mod:
                        graph[mod].add(other)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in aliases
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
            ):
                out.append(f"{mod}: reads the private {node.value.id}.{node.attr}")
    out.extend(_cycles(graph))
    return out


def _cycles(graph: dict[str, set[str]]) -> list[str]:
    """A line per import cycle found among the top-level imports (depth-first, each cycle once)."""
    found: list[str] = []
    state: dict[str, int] = {}  # 1 on the path, 2 done
    path: list[str] = []

    def visit(m: str) -> None:
        state[m] = 1
        path.append(m)
        for n in sorted(graph.get(m, ())):
            if state.get(n) == 1:
                found.append("import cycle: " + " -> ".join([*path[path.index(n) :], n]))
            elif n in graph and n not in state:
                visit(n)
        path.pop()
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m)
    return found


def test_the_identity_package_keeps_its_layout() -> None:
    sources = _sources()
    assert {"__init__", "links", "evidence", "merges", "acronyms", "persons", "regions"} <= set(sources)
    assert violations(sources) == []


def test_the_package_face_is_small_and_says_where_each_concern_lives() -> None:
    init = _sources()["__init__"]
    tree = ast.parse(init)
    assert not [n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))]  # code lives in modules
    doc = ast.get_docstring(tree) or ""
    for mod in _sources():
        if mod != "__init__":
            assert f"warta.identity.{mod}`" in doc, mod


def test_the_checker_finds_each_kind_of_breach() -> None:
    doc = '"""A module."""\n'
    assert violations({"a": "x = 1\n"}) == ["a: no docstring"]
    assert violations({"a": doc + "from warta.identity.b import _hidden\n", "b": doc + "_hidden = 1\n"}) == [
        "a: imports the private _hidden of b"
    ]
    assert violations({"a": doc + "def f():\n    from warta.identity.b import _late\n", "b": doc}) == [
        "a: imports the private _late of b"
    ]
    assert violations({"a": doc + "from warta.identity import b\nb._x()\n", "b": doc}) == ["a: reads the private b._x"]
    cycle = {"a": doc + "from warta.identity.b import y\n", "b": doc + "from warta.identity.a import x\n"}
    assert violations(cycle) == ["import cycle: a -> b -> a"]
    deferred = {
        "a": doc + "from warta.identity.b import y\n",
        "b": doc + "def f():\n    from warta.identity.a import x\n",
    }
    assert violations(deferred) == []  # an import inside a function runs later: no cycle at load
