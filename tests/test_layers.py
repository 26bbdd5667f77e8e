"""The layer rules: core imports no Qt, SQL or PDF code; only gui imports PySide6; services stay Qt-free."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "desktop"


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def files_in(sub: str) -> list[Path]:
    base = PACKAGE / sub if sub else PACKAGE
    return sorted(base.rglob("*.py"))


def _top(name: str) -> str:
    return name.split(".")[0]


@pytest.mark.parametrize("path", files_in("core"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_is_plain_python(path):
    forbidden = {"PySide6", "sqlite3", "sqlite_utils", "reportlab"}
    bad = {m for m in imported_modules(path) if _top(m) in forbidden}
    bad |= {m for m in imported_modules(path) if m.startswith(("desktop.storage", "desktop.gui"))}
    assert not bad, f"{path.name} imports {bad}"


@pytest.mark.parametrize(
    "path", [p for p in files_in("") if "gui" not in p.relative_to(PACKAGE).parts], ids=lambda p: p.name
)
def test_only_gui_imports_qt(path):
    assert not {m for m in imported_modules(path) if _top(m) == "PySide6"}, f"{path} imports PySide6"


@pytest.mark.parametrize(
    "path",
    [p for p in files_in("") if p.relative_to(PACKAGE).parts[0] not in ("storage",)],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_only_storage_speaks_sql(path):
    assert not {m for m in imported_modules(path) if _top(m) in ("sqlite3", "sqlite_utils")}, f"{path} uses SQL"


def test_the_rules_see_a_violation(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("import sqlite3\nfrom PySide6.QtCore import QObject\n", encoding="utf-8")
    assert {"sqlite3", "PySide6.QtCore"} <= imported_modules(sample)
