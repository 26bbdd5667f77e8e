"""The exporters' shared labels (desktop/export/labels.py, no reportlab) say what the PDF says."""

from __future__ import annotations

import subprocess
import sys

from desktop.export import labels
from desktop.export.pdf import decision as pdf_decision
from desktop.export.pdf import texts as pdf_texts


def test_labels_are_the_pdfs():
    for lang, table in labels.LABELS.items():
        shared = {k: v for k, v in table.items() if k in pdf_texts.LABELS[lang]}
        assert shared == {k: pdf_texts.LABELS[lang][k] for k in shared}, lang
        assert len(shared) >= 45
    assert labels.COUNTRY_HEADER == pdf_texts.COUNTRY_HEADER
    assert labels.DECISION_LABELS == pdf_decision.DECISION_LABELS
    assert labels.CYRILLIC_LABELS == pdf_texts.CYRILLIC_LABELS
    for lang in labels.LABELS:
        for key in labels.COLUMN_LABELS.values():
            assert labels.Labels(lang)[key]


def test_no_reportlab_and_no_word_library_at_start_up():
    """The labels import neither reportlab nor python-docx; the command line and the window load python-docx only
    to export."""
    code = (
        "import sys, desktop.export.labels, desktop.cli, desktop.gui.main_window; "
        "print(sorted(m for m in ('reportlab', 'docx') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
