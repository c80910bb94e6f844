"""The house rules of docs/ARCHITECTURE.md, checked on the code itself.

Layers, lowest first: floor (tifa.tm.base) → corpus → glossary → TM → lint → pipeline/score → CLI.
A module may import from its own layer or lower ones, never from a higher one, and tifa's modules
never import each other in a circle. Imports inside functions count like any other.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

FOLDERS = {"tm": "tifa.tm", "glossary": "tifa.glossary", "cli": "tifa.cli"}
# (module prefix, layer); the longest matching prefix wins.
LAYERS = [
    ("tifa.tm.base", 0),
    ("tifa.tm.corpus", 1),
    ("tifa.glossary", 2),
    ("tifa.tm", 3),          # numbers, align, memory
    ("tifa.tm.lint", 4),
    ("tifa.tm.pipeline", 5),
    ("tifa.tm.score", 5),
    ("tifa.cli", 6),
]
BARE = {"tm", "glossary", "cli"}  # the pre-namespace names: never imported any more


def layer(module: str) -> int:
    best = max((p for p, _ in LAYERS if module == p or module.startswith(p + ".")), key=len)
    return dict(LAYERS)[best]


def modules() -> dict[str, Path]:
    found = {}
    for folder, package in FOLDERS.items():
        for path in sorted((REPO / folder).rglob("*.py")):
            parts = path.relative_to(REPO / folder).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join((package, *parts))] = path
    return found


def imports(path: Path, module: str, known: set[str]) -> list[tuple[int, str]]:
    """(line, imported tifa module) for every import in the file, wherever it stands."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base]) if base else ".".join(anchor)
            # `from pkg import mod` imports the module pkg.mod when there is one
            names = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base
                     for a in node.names]
        else:
            continue
        out.extend((node.lineno, name) for name in names
                   if name.startswith("tifa.") or name.split(".")[0] in BARE)
    return out


def test_every_module_is_in_a_layer_and_imports_only_downwards():
    mods = modules()
    assert len(mods) > 30
    wrong = []
    for module, path in mods.items():
        for line, target in imports(path, module, set(mods)):
            if target.split(".")[0] in BARE:
                wrong.append(f"{path.relative_to(REPO)}:{line}: bare import {target}")
            elif layer(target) > layer(module):
                wrong.append(f"{path.relative_to(REPO)}:{line}: {module} (layer {layer(module)})"
                             f" imports {target} (layer {layer(target)})")
    assert not wrong, "\n".join(wrong)


def test_no_import_cycles():
    mods = modules()
    graph = {m: {t for _, t in imports(p, m, set(mods)) if t in mods and t != m}
             for m, p in mods.items()}
    # a package's __init__ is reached through any of its modules: that is not a cycle
    cycles = []
    state: dict[str, int] = {}

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(" → ".join([*stack[stack.index(nxt):], nxt]))
            elif nxt not in state:
                visit(nxt, [*stack, nxt])
        state[node] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m, [m])
    assert not cycles, "\n".join(cycles)


def test_the_layer_rules_themselves_catch_an_upward_import(tmp_path):
    """The checker is not vacuous: a floor module importing the CLI is reported."""
    bad = tmp_path / "x.py"
    bad.write_text("def f():\n    from tifa.cli.app import main\n", encoding="utf-8")
    found = imports(bad, "tifa.tm.base.x", {"tifa.cli.app"})
    assert found == [(2, "tifa.cli.app")] and layer("tifa.cli.app") > layer("tifa.tm.base.x")
    assert layer("tifa.tm.lint.checks") == 4 and layer("tifa.tm.memory") == 3
