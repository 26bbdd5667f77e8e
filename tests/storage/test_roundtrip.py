"""Documents with hostile text survive the trip through SQLite exactly."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from desktop.core.serialize import dumps
from desktop.storage.database import connect
from desktop.storage.files import write_new
from desktop.storage.repository import DocumentRepository
from tests.strategies import documents


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_sqlite_round_trip(doc):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "d.plan"
        write_new(doc, path)
        conn = connect(path, read_only=True)
        try:
            assert dumps(DocumentRepository(conn).load()) == dumps(doc)
        finally:
            conn.close()


def test_huge_field_and_emoji(doc, tmp_path):
    from desktop.core import operations as op

    op.set_text(doc, doc.strategy.sections[0].id, "body", "sq", "ë" * 100_000 + "👍")
    path = tmp_path / "big.plan"
    write_new(doc, path)
    conn = connect(path, read_only=True)
    loaded = DocumentRepository(conn).load()
    conn.close()
    assert loaded.strategy.sections[0].body.get("sq") == "ë" * 100_000 + "👍"
