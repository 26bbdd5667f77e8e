"""Texts not ready for an official document: missing or outdated in a chosen language; which approved
version, if any, a plan's content is."""

from __future__ import annotations

from desktop.core import decision as dc
from desktop.core import operations as op
from desktop.core import versions
from desktop.core.readiness import MISSING, OUTDATED, describe_tally, is_outdated, tally, unready_texts
from desktop.core.text import TState


def test_outdated_translations_are_listed_beside_missing_ones(doc):
    o1 = doc.objectives[0]
    assert unready_texts(doc, ("sq", "sr"), lambda eid, name: eid == o1.id) == []
    op.set_text(doc, o1.id, "title", "sq", "Objektivi i parë, i ndryshuar")  # the source: Serbian is now outdated
    assert o1.title.state("sr") == TState.OUTDATED
    (item,) = unready_texts(doc, ("sq", "sr"), lambda eid, name: eid == o1.id)
    assert (item.entity_id, item.field, item.missing, item.outdated) == (o1.id, "title", (), ("sr",))
    assert item.languages == ("sr",)
    # Every text missing in Serbian is listed too, and only the chosen languages count.
    everything = unready_texts(doc, ("sq", "sr"))
    assert any(i.missing == ("sr",) for i in everything) and not any("en" in i.languages for i in everything)
    assert unready_texts(doc, ("sq",)) == []


def test_a_draft_made_from_an_older_source_is_outdated(doc):
    o1 = doc.objectives[0]
    op.set_text(doc, o1.id, "title", "en", "Objective 1", TState.DRAFT)
    assert not is_outdated(o1.title, "en")  # a draft of the current source is a draft, not outdated
    # A draft that arrives after its source changed (an XLIFF made from the older text).
    op.set_text(doc, o1.id, "title", "en", "Objective one", TState.DRAFT, based_on="Objektivi i vjetër")
    assert o1.title.state("en") == TState.DRAFT and is_outdated(o1.title, "en")
    assert [i.outdated for i in unready_texts(doc, ("en",), lambda eid, name: eid == o1.id)] == [("en",)]


def test_a_decision_drafted_from_the_template_is_a_draft_until_confirmed(doc):
    dc.create_decision(doc, "XK")
    decision = doc.decision
    for name in ("issuing_body", "legal_basis", "preamble", "points", "signatory_title"):
        for lang in ("sq", "sr", "en"):
            assert decision.text(name).state(lang) == TState.DRAFT, (name, lang)
    in_decision = lambda eid, name: eid == decision.id  # noqa: E731
    assert unready_texts(doc, ("sq", "sr"), in_decision) == []  # drafts, but none outdated
    # The Albanian points edited after the template filled them: the template's Serbian is stale.
    points = decision.points.get("sq") + "\n\nKy vendim publikohet në ueb-faqen e Komunës."
    op.set_text(doc, decision.id, "points", "sq", points)
    (item,) = unready_texts(doc, ("sq", "sr"), in_decision)
    assert (item.field, item.outdated) == ("points", ("sr",))
    op.set_text(doc, decision.id, "points", "sr", decision.points.get("sr") + "\n\nOva odluka se objavljuje.")
    assert unready_texts(doc, ("sq", "sr"), in_decision) == []


def test_the_message_names_only_the_languages_affected(doc):
    o1, o2 = doc.objectives
    op.set_text(doc, o1.id, "title", "sq", "Objektivi 1 i ri")
    op.set_text(doc, o2.id, "title", "sq", "Objektivi 2 i ri")
    items = unready_texts(doc, ("sq", "sr"))
    missing_sr = sum(1 for i in items if "sr" in i.missing)
    assert missing_sr and not any(i.missing and "sq" in i.missing for i in items)
    assert tally(items) == [(MISSING, "sr", missing_sr), (OUTDATED, "sr", 2)]
    message = describe_tally(items)
    assert message == f"{missing_sr} texts missing in Serbian, 2 outdated in Serbian"
    assert "Albanian" not in message
    assert describe_tally(items[:1]) in ("1 text missing in Serbian", "1 text outdated in Serbian")


def test_approved_as_is_the_version_the_content_is_exactly(doc):
    assert versions.approved_as(doc) is None  # never approved: a draft
    versions.approve(doc, number="01-016/25", on="2025-01-30", body="Kuvendi Komunal")
    (v1,) = doc.versions
    assert versions.approved_as(doc) is v1  # just approved, no edits since
    versions.set_status(doc, "in_implementation", on="2025-02-10")
    op.add_note(doc, doc.objectives[0].id, {"body": {"sq": "Shënim"}}, on="2025-03-01")
    assert versions.approved_as(doc) is v1  # the group's working record is not the approved content
    op.set_text(doc, doc.objectives[0].id, "title", "sr", "Cilj 1, izmenjen")
    assert versions.approved_as(doc) is None
    versions.approve(doc, number="01-020/26", on="2026-02-01", body="Kuvendi Komunal")
    assert versions.approved_as(doc).number == 2
