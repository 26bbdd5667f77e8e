"""The cover is one page, however many languages name the donors and partners."""

from __future__ import annotations

from desktop.demo.build import build_demo
from tests.export.pdf_text import export, page_texts


def test_cover_with_donors_and_partners_in_three_languages_is_one_page():
    doc = build_demo()
    assert doc.strategy.donors.get("en") and doc.strategy.partners.get("sr")
    texts = page_texts(export(doc, layout="sequential", languages=("sq", "sr", "en"), allow_incomplete=True))
    assert "Implementing partners: Centre for Social Work" in texts[0]
    assert "Draft of version 2" in texts[0]  # the cover's last line stays on the cover
    assert "Përmbajtja" in texts[1]  # the contents follow on the second page
