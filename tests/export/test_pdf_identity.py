"""A PDF says what it is: an approved version carries its decision's number and date, anything else is a
draft (the mark in each column's language and script, "Draft of version N" in the footer); texts missing or
outdated in a chosen language stop the export or are marked."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core import operations as op
from desktop.core import versions
from desktop.demo.build import build_demo
from desktop.export.pdf import IncompleteError, check_completeness

pypdf = pytest.importorskip("pypdf")

from tests.export.pdf_text import export, normal, page_texts  # noqa: E402

APPROVAL_FOOTER = "Vendimi nr. 01-016/25 i datës 30.01.2025 / Odluka br. 01-016/25 od 30.01.2025"


@pytest.fixture(scope="module")
def demo():
    return build_demo()


def test_the_demo_draft_is_not_printed_as_approved(demo):
    # The demo's decision is recorded as approved (version 1), but the plan was edited since.
    assert demo.decision.is_approved and demo.versions
    texts = page_texts(export(demo))
    assert all("DRAFT" in t and "NACRT" in t for t in texts)
    assert all("Drafti i versionit 2 / Nacrt verzije 2" in t for t in texts)
    assert not any("Vendimi nr." in t or "Odluka br. 01-016/25" in t for t in texts)
    # Dated when not deterministic: the date the caller gives, else today.
    dated = page_texts(export(demo, document="action-plan", today=date(2026, 11, 23)))
    assert "Drafti i versionit 2, 23.11.2026 / Nacrt verzije 2, 23.11.2026" in dated[0]
    today = date.today().strftime("%d.%m.%Y")
    assert f"Drafti i versionit 2, {today}" in page_texts(export(demo, document="decision", deterministic=False))[0]


def test_the_approved_version_carries_its_decision_and_no_mark(demo):
    version = versions.find_version(demo, 1)
    approval = (version.decision_number, version.decision_date)
    texts = page_texts(export(versions.thaw(version), approval=approval))
    assert all(APPROVAL_FOOTER in t for t in texts)
    assert not any("DRAFT" in t or "NACRT" in t or "Drafti i versionit" in t for t in texts)


def test_cyrillic_pages_carry_the_cyrillic_mark(demo):
    single = page_texts(export(demo, layout="single", languages=("sr",), serbian_script="cyrl"))
    assert all("НАЦРТ" in t for t in single)
    assert not any("NACRT" in t or "DRAFT" in t for t in single)
    assert "Нацрт верзије 2" in single[0]
    # Side by side: each column's own mark, the Albanian over the left column, the Serbian over the right.
    sbs = page_texts(export(demo, document="action-plan", serbian_script="cyrl"))
    assert all(t.startswith("DRAFT\nНАЦРТ\n") for t in sbs)
    assert not any("NACRT" in t for t in sbs)
    # One language after the other: each language's pages carry that language's mark only.
    seq = page_texts(export(demo, document="action-plan", layout="sequential", serbian_script="cyrl"))
    first = [t.splitlines()[0] for t in seq]
    assert first[0] == "DRAFT" and seq[0].splitlines()[1] == "НАЦРТ"  # the cover and contents: both
    parts = first[2:]
    assert "НАЦРТ" in parts and set(parts) == {"DRAFT", "НАЦРТ"}
    assert parts == sorted(parts, key=lambda w: w == "НАЦРТ")  # Albanian pages, then Serbian ones
    decision = page_texts(export(demo, document="decision", layout="sequential", serbian_script="cyrl"))
    assert [t.splitlines()[0] for t in decision] == ["DRAFT", "НАЦРТ"]


def test_a_plan_never_approved_is_a_draft_of_version_1():
    doc = build_demo()
    doc.versions.clear()  # the same content, as if the assembly had not approved it yet
    texts = page_texts(export(doc, document="action-plan"))
    assert all("DRAFT" in t and "Drafti i versionit 1" in t for t in texts)
    assert not any("01-016/25" in t for t in texts)


def test_a_plan_just_approved_prints_as_approved():
    doc = build_demo()
    versions.approve(doc, number="01-020/26", on="2026-02-05", body="Kuvendi i Komunës")
    texts = page_texts(export(doc, document="action-plan"))
    assert all("Vendimi nr. 01-020/26 i datës 05.02.2026" in t for t in texts)
    assert not any("DRAFT" in t or "NACRT" in t for t in texts)
    # A meeting recorded afterwards is the group's record, not the plan: still approved.
    doc.meetings[0].title.set("sq", doc.meetings[0].title.get("sq") + " (i rishikuar)")
    assert "Vendimi nr. 01-020/26" in page_texts(export(doc, document="action-plan"))[0]


def test_outdated_texts_stop_the_export_or_are_marked():
    doc = build_demo()
    decision = doc.decision
    assert check_completeness(doc, document="decision") == []
    # Albanian points edited after the template filled them: four Albanian points beside three Serbian.
    points = decision.points.get("sq") + "\n\nKy vendim publikohet në ueb-faqen zyrtare të Komunës."
    op.set_text(doc, decision.id, "points", "sq", points)
    (item,) = check_completeness(doc, document="decision")
    assert (item.entity_id, item.field, item.missing, item.outdated) == (decision.id, "points", (), ("sr",))
    with pytest.raises(IncompleteError) as caught:
        export(doc, document="decision")
    assert str(caught.value) == "1 text outdated in Serbian"
    text = normal(" ".join(page_texts(export(doc, document="decision", allow_incomplete=True))))
    assert "[zastarelo]" in text and "[i vjetëruar]" not in text
    cyrillic = page_texts(export(doc, document="decision", allow_incomplete=True, serbian_script="cyrl"))
    assert "[застарело]" in normal(" ".join(cyrillic))


def test_the_refusal_names_only_the_languages_affected():
    doc = build_demo()
    activity = doc.action_plan.activities[0]
    op.set_text(doc, activity.id, "title", "sr", "")
    op.set_text(doc, activity.id, "description", "sq", activity.description.get("sq") + " Edhe një fjali.")
    with pytest.raises(IncompleteError) as caught:
        export(doc, document="action-plan")
    assert str(caught.value) == "1 text missing in Serbian, 1 outdated in Serbian"
    assert "Albanian" not in str(caught.value)
    text = normal(" ".join(page_texts(export(doc, document="action-plan", allow_incomplete=True))))
    assert "[nedostaje na srpskom]" in text and "[zastarelo]" in text
