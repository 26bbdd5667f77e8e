"""Start-up: the display check, the benchmark probe, recovery of crashed work."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.gui.app import recover_sessions
from desktop.gui.files.recovery_dialog import RecoveryChoice, RecoveryDialog
from desktop.storage.lock import lock_path
from desktop.storage.session import find_recoverable

ROOT = Path(__file__).resolve().parents[2]


def run_python(code_or_args: list[str], env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *code_or_args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )


def clean_env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(PLAN_DATA_DIR=str(data_dir), PYTHONPATH=str(ROOT), **extra)
    return env


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the display check applies to Linux")
def test_without_a_display_it_explains_and_does_not_load_qt(data_dir) -> None:
    code = (
        "import sys; from desktop.gui.app import run; rc = run(None); "
        "print('qt loaded' if 'PySide6' in sys.modules else 'qt not loaded'); sys.exit(rc)"
    )
    result = run_python(["-c", code], clean_env(data_dir))
    assert result.returncode == 2
    assert "No display found" in result.stderr
    assert "xvfb-run make run" in result.stderr
    assert result.stdout.strip() == "qt not loaded"


# Not needed to show the window: exports and their libraries, and the parts built when first shown.
NOT_AT_STARTUP = (
    "reportlab",
    "docx",
    "openpyxl",
    "odfdo",
    "desktop.export",
    "desktop.gui.export",
    "desktop.gui.panels.bottom_panels",
    "desktop.gui.versions.history_panel",
    "desktop.gui.plan.plan_grid",
    "desktop.gui.plan.activity_panel",
    "desktop.gui.versions.decision_page",
    "desktop.gui.versions.version_compare_dialog",
    "desktop.gui.versions.plan_compare_dialog",
    "desktop.gui.plan.content_panel",
    # Imported when first used: each costs the start a few milliseconds (Babel's locale data, the XML parsers
    # of structured texts, the digest of approved versions, the computer's name, random ids).
    "babel",
    "defusedxml",
    "xml.etree",
    "hashlib",
    "socket",
    "uuid",
)


def test_the_main_window_imports_no_export_library_and_no_part_built_later(data_dir) -> None:
    code = (
        "import sys, desktop.gui.main_window; "
        f"heavy = {NOT_AT_STARTUP!r}; "
        "print(sorted(m for m in sys.modules if any(m == h or m.startswith(h + '.') for h in heavy)))"
    )
    result = run_python(["-c", code], clean_env(data_dir, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_startup_probe_reports_and_exits(data_dir, plan_file) -> None:
    env = clean_env(data_dir, QT_QPA_PLATFORM="offscreen", PLAN_STARTUP_PROBE=repr(time.time()))
    result = run_python(["-m", "desktop", str(plan_file)], env)
    assert result.returncode == 0, result.stderr
    match = re.search(r"^window-shown (\d+\.\d+) ", result.stdout, re.MULTILINE)
    assert match, result.stdout
    assert 0 < float(match.group(1)) < 60
    assert not lock_path(plan_file).exists()  # the session was closed
    assert not list((data_dir / "work").glob("*.plan"))  # and its working copy removed


def test_startup_probe_on_the_demo_plan(data_dir) -> None:
    pytest.importorskip("desktop.demo.content")
    env = clean_env(data_dir, QT_QPA_PLATFORM="offscreen", PLAN_STARTUP_PROBE=repr(time.time()))
    result = run_python(["-m", "desktop"], env)
    assert result.returncode == 0, result.stderr
    assert "window-shown " in result.stdout
    assert (data_dir / "Demo plan.plan").exists()


def test_without_a_file_the_last_plan_opens_again(data_dir, plan_file) -> None:
    env = clean_env(data_dir, QT_QPA_PLATFORM="offscreen", PLAN_STARTUP_PROBE=repr(time.time()))
    assert run_python(["-m", "desktop", str(plan_file)], env).returncode == 0
    env["PLAN_STARTUP_PROBE"] = repr(time.time())
    result = run_python(["-m", "desktop"], env)
    assert result.returncode == 0, result.stderr
    assert "window-shown " in result.stdout and plan_file.name in result.stdout


def crash_with_unsaved_work(plan_file: Path, data_dir: Path) -> None:
    """Open the plan in another process, change it, and die without closing (like a power cut)."""
    code = (
        "import os, sys; from desktop.storage.session import DocumentSession; "
        "from desktop.core import operations as op; "
        "s = DocumentSession.open(sys.argv[1]); "
        "s.apply(op.set_text, s.doc.strategy.objectives[1].id, 'title', 'en', 'Recovered title'); "
        "os._exit(0)"
    )
    result = run_python(["-c", code, str(plan_file)], clean_env(data_dir))
    assert result.returncode == 0, result.stderr


def test_recovery_dialog_lists_the_work(qtbot, data_dir, plan_file) -> None:
    crash_with_unsaved_work(plan_file, data_dir)
    works = find_recoverable()
    assert len(works) == 1
    dialog = RecoveryDialog(works)
    qtbot.addWidget(dialog)
    item = dialog.list.topLevelItem(0)
    assert item.text(0) == "sample.plan"
    assert item.text(2) == "1 change"
    dialog.discard_button.click()
    assert dialog.choice == RecoveryChoice.DISCARD
    assert dialog.selected_work() == works[0]


def test_recover_opens_the_unsaved_work(data_dir, plan_file, answer) -> None:
    crash_with_unsaved_work(plan_file, data_dir)
    answer("Recover")
    sessions = recover_sessions()
    try:
        assert len(sessions) == 1
        session = sessions[0]
        assert session.dirty
        assert session.doc.strategy.objectives[1].title.get("en") == "Recovered title"
        assert session.path == plan_file
    finally:
        for s in sessions:
            s.close()


def test_discard_removes_the_work_after_confirming(data_dir, plan_file, answer) -> None:
    crash_with_unsaved_work(plan_file, data_dir)
    seen = answer("Discard", "Discard")
    assert recover_sessions() == []
    assert "Discard the unsaved changes to sample.plan?" in seen[1]
    assert find_recoverable() == []


def test_later_keeps_the_work(data_dir, plan_file, answer) -> None:
    crash_with_unsaved_work(plan_file, data_dir)
    answer("Later")
    assert recover_sessions() == []
    assert len(find_recoverable()) == 1


def test_the_application_icon_is_there_and_loads(qtbot) -> None:
    from PySide6.QtGui import QIcon

    from desktop.gui.app import ICON

    assert ICON.is_file()
    assert not QIcon(str(ICON)).pixmap(32, 32).isNull()


def test_the_quicker_pyside_module_check_answers_as_pyside_does(monkeypatch) -> None:
    import _sqlite3
    import json as json_module

    import desktop.core.model
    import desktop.gui.main_window
    from desktop.gui import app

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "from_bytes", False):
        pytest.skip("this PySide6 has no module check of its own to compare with")
    monkeypatch.setattr(feature, "_mod_uses_pyside", original)  # put back after the test
    app.quicker_pyside_module_check()
    quicker = feature._mod_uses_pyside
    assert quicker is not original
    modules = (desktop.gui.main_window, desktop.core.model, json_module, sys, _sqlite3)
    assert [quicker(m) for m in modules] == [original(m) for m in modules] == [True, False, False, False, False]
