"""Hostile and damaged inputs other than plan JSON: bounded before parsing, no recursion on their depth,
and nothing the app writes to a spreadsheet becomes a formula. The files are made by tests/hostile.py."""

from __future__ import annotations

import csv
import io
import os
import sys
import time
import tracemalloc

import pytest
from openpyxl import load_workbook

from desktop.core.cells import csv_cell, csv_value
from desktop.core.input_files import TOO_LARGE, InputFileError, read_limited
from desktop.core.pasted_table import MAX_CLIPBOARD_CHARS, MAX_COLUMNS, parse_clipboard
from desktop.translation.glossary import Glossary, Term
from desktop.translation.glossary_file import read_glossary, write_glossary
from desktop.translation.memory import parse_tmx
from tests import hostile

FORMULAS = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "'=already quoted"]


@pytest.mark.parametrize("text", [*FORMULAS, "plain", "", "'plain", "Ürë-x"])
def test_csv_cells_never_start_a_formula_and_round_trip(text):
    cell = csv_cell(text)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert csv_value(cell) == text


def test_glossary_csv_export_escapes_formulas_and_reads_back(tmp_path):
    glossary = Glossary([Term(sq="=cmd|' /C calc'!A0", sr="+SUM(1)", en="@x", note="-1")], ["=HYPERLINK()"])
    path = tmp_path / "glossary.csv"
    write_glossary(glossary, path, "csv")
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    for row in rows[1:]:
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row), row
    again = read_glossary(path, "csv")
    term = again.terms[0]
    assert (term.sq, term.sr, term.en, term.note) == ("=cmd|' /C calc'!A0", "+SUM(1)", "@x", "-1")
    assert again.names == ["=HYPERLINK()"]


def test_review_sheet_texts_stay_text():
    from desktop.core import operations as op
    from desktop.core import reviews as rv
    from desktop.exchange.review_sheet import export_review_sheet
    from tests.conftest import small_document

    doc = small_document()
    act = doc.action_plan.activities[0]
    op.set_text(doc, act.id, "title", "sq", "=cmd|' /C calc'!A0")
    rv.start_review(doc, doc.action_plan.id, 2025)
    buffer = io.BytesIO()
    export_review_sheet(doc, doc.reviews[-1], "sq", buffer)
    workbook = load_workbook(io.BytesIO(buffer.getvalue()))
    cells = [c for ws in workbook for row in ws.iter_rows() for c in row if c.value == "=cmd|' /C calc'!A0"]
    assert cells and all(c.data_type == "s" for c in cells)


def test_deeply_nested_tmx_is_text_not_recursion():
    units = parse_tmx(hostile.tmx(3, nested=100_000), created="2026-01-01T00:00:00")
    assert len(units) == 3 and units[0].source == "a0x"


def test_tmx_inline_markup_keeps_its_text_in_order():
    data = hostile.tmx(1).replace(b"a0x", "Një <hi>a<sub>b</sub>c</hi>d<ph>CODE</ph>e".encode())
    (unit,) = parse_tmx(data, created="2026-01-01T00:00:00")
    assert unit.source == "Një abcde"


def test_xlsx_that_unpacks_far_beyond_a_review_sheet_is_refused_from_its_directory():
    from desktop.core import reviews as rv
    from desktop.exchange.review_sheet import SheetError, export_review_sheet, read_review_sheets
    from tests.conftest import small_document

    doc = small_document()
    rv.start_review(doc, doc.action_plan.id, 2025)
    buffer = io.BytesIO()
    export_review_sheet(doc, doc.reviews[-1], "sq", buffer)
    bomb = hostile.xlsx_bomb(buffer.getvalue(), 40 * 2**20)
    assert len(bomb) < 2**20  # small on the stick, 40 MB unpacked
    tracemalloc.start()
    start = time.perf_counter()
    with pytest.raises(SheetError, match=r"unpacks to far more than a review sheet holds \(limit 32 MB\)"):
        read_review_sheets(doc, doc.reviews[-1], [bomb], ["bomb.xlsx"])
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert time.perf_counter() - start < 2 and peak < 20 * 2**20


def test_pasted_spans_are_cut_at_the_grid():
    start = time.perf_counter()
    rows = parse_clipboard(hostile.html_spans(200), None)
    assert time.perf_counter() - start < 5
    assert len(rows[0]) == MAX_COLUMNS
    assert parse_clipboard("x" * (MAX_CLIPBOARD_CHARS + 1), "a\tb\n" * 10) == [["a", "b"]] * 10
    assert parse_clipboard(None, "a\tb\n" * (MAX_CLIPBOARD_CHARS // 4 + 1)) == []


def test_read_limited_checks_the_size_before_reading(tmp_path):
    path = tmp_path / "big.json"
    with open(path, "wb") as fh:
        fh.truncate(2**30)  # a sparse 1 GB file: reading it would take the memory
    with pytest.raises(InputFileError, match="larger than the limit of 1 MB") as info:
        read_limited(path, 2**20)
    assert info.value.reason == TOO_LARGE
    with pytest.raises(InputFileError, match="it is a folder"):
        read_limited(tmp_path, 2**20)


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_read_limited_refuses_a_fifo_without_blocking(tmp_path):
    fifo = tmp_path / "in.json"
    os.mkfifo(fifo)
    with pytest.raises(InputFileError, match="not a regular file"):
        read_limited(fifo, 2**20)
    from desktop.translation.glossary import GlossaryError

    os.mkfifo(tmp_path / "glossary.csv")
    with pytest.raises(GlossaryError, match="not a regular file"):
        read_glossary(tmp_path / "glossary.csv", "csv")


def test_unit_counts_are_checked_before_parsing():
    from desktop.translation.memory import MAX_TMX_UNITS, TranslationMemoryError
    from desktop.translation.xliff import MAX_XLIFF_UNITS, XliffError, import_xliff
    from tests.conftest import small_document

    start = time.perf_counter()
    with pytest.raises(TranslationMemoryError, match="more than 50,000 translation units"):
        parse_tmx(hostile.tmx(MAX_TMX_UNITS + 1), created="2026-01-01T00:00:00")
    with pytest.raises(XliffError, match="more than 100,000 units"):
        import_xliff(small_document(), hostile.xliff(MAX_XLIFF_UNITS + 1))
    assert time.perf_counter() - start < 5  # the files are made here too; refusing them takes milliseconds


@pytest.mark.parametrize("script", ["cyrl", "latn"])
def test_an_unchanged_xliff_export_imported_again_changes_nothing(script):
    from desktop.core import operations as op
    from desktop.core.serialize import dumps
    from desktop.demo.build import build_demo
    from desktop.translation.xliff import apply_import, export_xliff, import_xliff

    doc = build_demo()
    act = next(p for p in doc.action_plans if not p.superseded_by).activities[0]
    # Latin words in Serbian text (a font style, a product) and Cyrillic typed in a Latin text
    op.set_text(doc, act.id, "title", "sr", "Tekst bold u Microsoft Word, Opština болд")
    op.set_text(doc, act.id, "notes", "sr", "bold")
    before = dumps(doc, personal=True)
    for target in ("sr", "en"):
        plan = import_xliff(doc, export_xliff(doc, target, serbian_script=script))
        apply_import(doc, plan)
        assert plan.counts["apply"] == 0
    assert dumps(doc, personal=True) == before
