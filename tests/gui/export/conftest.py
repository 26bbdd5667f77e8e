"""Fixtures of the export dialogs' tests: the sample plan, and the error messages the dialogs show."""

from __future__ import annotations

import pytest

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
