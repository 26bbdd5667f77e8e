"""Rewriting a plan's Serbian in one script: drafts until confirmed, translations stay valid, all or nothing."""

from __future__ import annotations

import pytest

from desktop.core import operations as op
from desktop.core.text import MultiText, TextError, TState
from desktop.translation.script_conversion import convert_serbian, serbian_rewrites


def _plan():
    doc = op.new_document({"sq": "Komuna", "sr": "Opština Gnjilane"})
    o = op.add_objective(doc, {"title": {"sr": "Podrška porodicama", "sq": "Mbështetje për familjet"}}).upserted[0]
    op.set_text_state(doc, o, "title", "sq", "approved")
    o2 = op.add_objective(doc, {"title": {"sq": "Strehim", "sr": "Стамбено збрињавање"}}).upserted[0]
    op.set_text_state(doc, o2, "title", "sr", "approved")
    return doc, doc.get(o), doc.get(o2)


def test_convert_to_cyrillic_marks_drafts_and_keeps_translations_valid():
    doc, o1, o2 = _plan()
    change = convert_serbian(doc, "cyrl")
    assert o1.title.get("sr") == "Подршка породицама"
    assert o1.title.state("sr") == TState.DRAFT  # a machine wrote it: someone must confirm it
    # Serbian was the source: the Albanian translation made from it is still approved, not outdated.
    assert o1.title.state("sq") == TState.APPROVED
    assert o1.title.values["sq"].based_on == "Подршка породицама"
    assert doc.municipality.name.get("sr") == "Општина Гњилане"
    # Already Cyrillic: untouched, still approved.
    assert o2.title.state("sr") == TState.APPROVED and o2.id not in change.upserted
    assert set(change.upserted) == {o1.id, doc.municipality.id}
    assert serbian_rewrites(doc, "cyrl") == []  # a second run has nothing left to do


def test_convert_to_latin_and_a_selection():
    doc, o1, o2 = _plan()
    convert_serbian(doc, "latn", [o2.id])
    assert o2.title.get("sr") == "Stambeno zbrinjavanje" and o2.title.state("sr") == TState.DRAFT
    assert o1.title.get("sr") == "Podrška porodicama" and o1.title.state("sr") == TState.TRANSLATED


def test_rewrite_is_all_or_nothing():
    doc, o1, o2 = _plan()
    with pytest.raises(op.OperationError):
        op.rewrite_texts(doc, [(o1.id, "title", "sr", "Подршка"), (o2.id, "description", "sr", "Опис")])
    assert o1.title.get("sr") == "Podrška porodicama"
    with pytest.raises(TextError):
        MultiText().rewrite("sr", "x", TState.DRAFT)


def test_a_translation_can_name_the_source_it_was_made_from():
    mt = MultiText.of({"sq": "Teksti i ri"})
    mt.set("sr", "Stari tekst", TState.OUTDATED, based_on="Teksti i vjetër")
    assert mt.values["sr"].based_on == "Teksti i vjetër" and mt.state("sr") == TState.OUTDATED
