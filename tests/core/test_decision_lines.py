"""The templates fill the decision's lines as the assembly writes them (header, title word, subject, the
council's operative word), as drafts; `apply_template` fills the lines nobody wrote, or all of them."""

from __future__ import annotations

import pytest

from desktop.core import decision as dc
from desktop.core import operations as op
from desktop.core.text import TState


def test_the_albanian_template_fills_the_new_lines_as_drafts(doc):
    dc.create_decision(doc, "AL")
    d = doc.decision
    assert d.header.get("sq") == "Republika e Shqipërisë\nKomuna e Provës\nKëshilli Bashkiak"
    assert d.header.get("sr") == "Republika Albanija\nOpština Proba\nOpštinsko veće"
    assert d.header.get("en") == "Republic of Albania\nMunicipal Council"  # no English name: no line for it
    assert (d.title_word.get("sq"), d.title_word.get("sr"), d.title_word.get("en")) == ("VENDIM", "ODLUKA", "DECISION")
    assert d.subject.get("sq") == "për miratimin e dokumentit „Strategjia për shërbime sociale“"
    assert d.operative.get("sq") == "VENDOSI:" and d.operative.get("sr") == "ODLUČILO JE:"
    for name in ("header", "title_word", "subject", "operative", "points"):
        assert all(d.text(name).state(lang) == TState.DRAFT for lang in ("sq", "sr", "en")), name
    # The act's own lines stay empty: the PDF prints the decision's number and date there.
    assert d.protocol.is_empty() and d.place_date.is_empty() and d.number_line.is_empty()


def test_the_kosovo_template_has_no_operative_word(doc):
    dc.create_decision(doc, "XK")
    assert doc.decision.operative.is_empty()
    assert doc.decision.header.get("sq").startswith("Republika e Kosovës\n")


def test_apply_template_fills_what_nobody_wrote(doc):
    dc.create_decision(doc, "XK")
    d = doc.decision
    op.set_text(doc, d.id, "subject", "sq", "PËR MIRATIMIN E STRATEGJISË")
    for lang in ("sq", "sr", "en"):
        op.set_text(doc, d.id, "header", lang, "")
    change = dc.apply_template(doc, "AL")
    assert change.upserted == [d.id] and d.template == "AL"
    assert d.header.get("sq").startswith("Republika e Shqipërisë") and d.header.state("sq") == TState.DRAFT
    assert d.operative.get("sq") == "VENDOSI:"
    assert d.subject.get("sq") == "PËR MIRATIMIN E STRATEGJISË"  # written by the group: kept
    assert d.subject.state("sq") != TState.DRAFT
    dc.apply_template(doc, "AL", replace=True)
    assert d.subject.get("sq").startswith("për miratimin e dokumentit") and d.subject.state("sq") == TState.DRAFT
    with pytest.raises(op.OperationError, match="unknown decision template"):
        dc.apply_template(doc, "FR")
    dc.delete_decision(doc)
    with pytest.raises(op.OperationError, match="no decision"):
        dc.apply_template(doc, "AL")
