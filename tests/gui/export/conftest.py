"""Fixtures of the export dialogs' tests: the sample plan, the error messages the dialogs show, the save dialog
answered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.core.model import Document
from desktop.gui.widgets import messages
from tests.gui.conftest import build_sample


@pytest.fixture
def doc() -> Document:
    return build_sample()


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    """The texts of the error messages shown (instead of modal boxes)."""
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, text, _title=None: shown.append(text))
    return shown


def answer_save_dialog(monkeypatch, target: Path) -> list[str]:
    """Answer the save dialog with `target` (in a folder made for it); returns the names it suggested."""
    target.parent.mkdir(exist_ok=True)
    suggested: list[str] = []

    def answer(_parent, _title, start, _filter):
        suggested.append(start)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return suggested
