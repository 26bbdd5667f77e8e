"""Fixtures of the export tests that run the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.demo.build import build_demo
from desktop.storage.files import write_new


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    """The demo plan written to a file, once for a test module."""
    path = tmp_path_factory.mktemp("plans") / "demo.plan"
    write_new(build_demo(), path)
    return path
