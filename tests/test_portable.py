"""Portable mode: a built copy with a `portable` file beside its executable keeps its data in PlanData/ there."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from desktop import paths
from desktop.gui.settings import open_settings
from desktop.storage.session import DocumentSession
from desktop.translation.memory import TranslationMemory
from tests.conftest import small_document


@pytest.fixture
def app_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A built copy of Plan in tmp/stick/Plan (sys.frozen, sys.executable), with no PLAN_DATA_DIR set."""
    folder = tmp_path / "stick" / "Plan"
    folder.mkdir(parents=True)
    (folder / "Plan.exe").write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "Plan.exe"))
    monkeypatch.delenv("PLAN_DATA_DIR", raising=False)
    # Where the installed (not portable) copy would write: a folder of its own, never the real profile.
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("APPDATA", str(home / "appdata"))
    return folder


@pytest.fixture
def qt_paths_restored():
    """open_settings in portable mode points Qt's own settings at the stick; put them back afterwards."""
    yield
    default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, default)


def test_frozen_without_the_marker_uses_the_users_folder(app_folder: Path) -> None:
    assert paths.portable_dir() is None
    assert not paths.data_dir().is_relative_to(app_folder)
    assert paths.data_dir().is_relative_to(app_folder.parent.parent / "home") or sys.platform == "darwin"


def test_the_marker_puts_every_data_folder_beside_the_executable(app_folder: Path) -> None:
    (app_folder / "portable").write_text("", encoding="utf-8")
    data = app_folder / "PlanData"
    assert paths.portable_dir() == data
    assert paths.data_dir() == data
    assert paths.work_dir() == data / "work"
    assert paths.backup_root() == data / "backups"


def test_a_folder_named_portable_is_not_the_marker(app_folder: Path) -> None:
    (app_folder / "portable").mkdir()
    assert paths.portable_dir() is None
    assert not paths.data_dir().is_relative_to(app_folder)


def test_from_source_the_marker_is_ignored(app_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (app_folder / "portable").write_text("", encoding="utf-8")
    monkeypatch.delattr(sys, "frozen")
    assert paths.application_folder() is None
    assert not paths.data_dir().is_relative_to(app_folder)


def test_plan_data_dir_still_wins(app_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (app_folder / "portable").write_text("", encoding="utf-8")
    monkeypatch.setenv("PLAN_DATA_DIR", str(tmp_path / "elsewhere"))
    assert paths.data_dir() == tmp_path / "elsewhere"


def test_a_mac_app_bundle_looks_beside_the_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    macos = tmp_path / "stick" / "Plan.app" / "Contents" / "MacOS"
    macos.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(macos / "Plan"))
    monkeypatch.delenv("PLAN_DATA_DIR", raising=False)
    (tmp_path / "stick" / "portable").write_text("", encoding="utf-8")
    assert paths.data_dir() == tmp_path / "stick" / "PlanData"


def test_settings_go_beside_the_executable_only_with_the_marker(app_folder: Path, qt_paths_restored) -> None:
    installed = open_settings()
    assert installed.format() == QSettings.Format.NativeFormat
    assert not Path(installed.fileName()).is_relative_to(app_folder)

    (app_folder / "portable").write_text("", encoding="utf-8")
    settings = open_settings()
    settings.setValue("ui/language", "sr_Cyrl")
    settings.sync()
    ini = app_folder / "PlanData" / "settings.ini"
    assert Path(settings.fileName()) == ini
    assert "sr_Cyrl" in ini.read_text(encoding="utf-8")
    # Qt's own settings (its file dialog's history) follow onto the stick.
    qt_own = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "QtProject")
    assert Path(qt_own.fileName()).is_relative_to(app_folder / "PlanData")


def test_backups_and_the_translation_memory_land_on_the_stick(app_folder: Path, tmp_path: Path) -> None:
    (app_folder / "portable").write_text("", encoding="utf-8")
    target = app_folder.parent / "plans" / "plan.plan"
    target.parent.mkdir()
    session = DocumentSession.create(small_document())
    try:
        session.save_as(target)
        session.save()
    finally:
        session.close()
    data = app_folder / "PlanData"
    assert list((data / "backups").rglob("*.plan")), "no backup was written beside the executable"
    memory = TranslationMemory()
    memory.close()
    assert memory.path.is_relative_to(data)
    assert memory.path.exists()
    assert not (tmp_path / "home").exists() or not any((tmp_path / "home").rglob("*"))


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="XDG_DATA_HOME is a Linux convention")
def test_an_empty_xdg_data_home_means_the_default(app_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", "")
    assert paths.data_dir() == Path.home() / ".local" / "share" / "plan"
