"""The exporters' shared labels (desktop/export/labels.py, no reportlab): the PDF and the Word file read one table."""

from __future__ import annotations

import subprocess
import sys

from desktop.export import cells, labels
from desktop.export.docx import document as docx_document
from desktop.export.docx import tables as docx_tables
from desktop.export.docx import writer as docx_writer
from desktop.export.pdf import action_plan as pdf_action_plan
from desktop.export.pdf import texts as pdf_texts


def test_pdf_and_word_read_the_same_labels():
    assert pdf_texts.LABELS is labels.LABELS
    assert pdf_texts.Labels is labels.Labels is docx_writer.Labels
    assert pdf_texts.text_in is labels.text_in is docx_tables.text_in
    assert pdf_action_plan.COLUMN_LABELS is labels.COLUMN_LABELS
    assert pdf_action_plan.format_span is cells.format_span is docx_tables.format_span
    # Every kind of document, column and source the Word export names is in each language's table.
    keys = {*docx_document._KIND_LABELS.values(), *labels.COLUMN_LABELS.values(), *cells.SOURCES}
    for lang, table in labels.LABELS.items():
        assert keys <= table.keys(), (lang, keys - table.keys())
        for key in labels.COLUMN_LABELS:
            assert labels.Labels(lang).column(key)


def test_the_decisions_words_in_cyrillic():
    sr = labels.Labels("sr", "cyrl")
    assert sr.decision("title") == "ОДЛУКА"
    assert sr.decision("number", number="7") == "Бр. 7"
    assert labels.decision_label("sq", "cyrl", "title") == "VENDIM"  # only Serbian changes script


def test_no_reportlab_and_no_word_library_at_start_up():
    """The labels import neither reportlab nor python-docx; the command line and the window load python-docx only
    to export."""
    code = (
        "import sys, desktop.export.labels, desktop.export.cells, desktop.cli, desktop.gui.main_window; "
        "print(sorted(m for m in ('reportlab', 'docx') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
