"""The changes since the approved version as PDF: both sides named, the counts, each item with its number
and title, texts with deleted words struck through and inserted words underlined (user markup escaped),
time frames, budgets, targets and moves in words, only the chosen languages, both Serbian scripts; and
deterministic exports of an approved version that stay the same byte for byte."""

from __future__ import annotations

import io
from datetime import date

import pytest
from reportlab.lib.rl_accel import fp_str

from desktop.core import operations as op
from desktop.core import versions
from desktop.core.version_compare import counts
from desktop.export.pdf import ExportError, export_changes_pdf
from desktop.export.pdf.changes import DELETED, INSERTED, diff_markup, shown_changes
from tests.export.test_minutes_pdf import (
    assert_fonts_embedded,
    assert_no_contacts,
    assert_words,
    build_group_doc,
    export,
    full_text,
    page_texts,
)

pypdf = pytest.importorskip("pypdf")

BODY = "Kuvendi i Komunës së Provës"
OLD_SQ = "Qendra ditore ofron kujdes gjatë ditës për të moshuarit që jetojnë vetëm."
NEW_SQ = "Qendra ditore ofron kujdes dhe ushqim për të moshuarit që jetojnë vetëm."


def approved_and_edited():
    """The group's plan approved as version 1, then edited: (the thawed version, the version, the draft)."""
    doc = build_group_doc()
    versions.approve(doc, number="12/2026", on="2026-03-01", body=BODY, author="Arta")
    version = versions.latest(doc)
    o1, o2 = doc.objectives
    a1 = doc.action_plan.activities[0]
    op.set_text(doc, a1.id, "description", "sq", NEW_SQ)
    op.set_text(doc, a1.id, "description", "sr", "Dnevni centar pruža dnevnu negu i obroke starijim osobama.")
    op.set_text(doc, o2.id, "title", "sq", "Mbrojtja e fëmijëve <b>dhe</b> R&D")
    op.set_timeframe(doc, a1.id, "2025", "2027")
    op.update_budget_line(doc, a1.budget_lines[0].id, amount="50000")
    op.set_indicator_values(doc, a1.indicators[0].id, targets={2025: 10, 2026: 30})
    moved = op.add_activity(
        doc, doc.action_plan.id, o1.id, {"title": {"sq": "Kujdesi në shtëpi", "sr": "Pomoć u kući"}}
    )
    added = op.add_activity(
        doc, doc.action_plan.id, o2.id, {"title": {"sq": "Strehimi emergjent", "sr": "Hitan smeštaj", "en": "Shelter"}}
    )
    return versions.thaw(version), version, doc, moved.upserted[0], added.upserted[0]


def changes_pdf(old, new, **kw) -> bytes:
    kw.setdefault("deterministic", True)
    kw.setdefault("old_version", None)
    kw.setdefault("new_version", None)
    buffer = io.BytesIO()
    export_changes_pdf(old, new, buffer, **kw)
    return buffer.getvalue()


@pytest.fixture
def edited():
    return approved_and_edited()


def test_changes_show_inserted_and_deleted_words(edited):
    old, version, doc, _moved, _added = edited
    data = changes_pdf(old, doc, old_version=version, languages=("sq", "sr"))
    full = full_text(data)
    assert_words(full, "Ndryshimet që nga versioni i miratuar")
    assert_words(full, "Izmene u odnosu na usvojenu verziju")
    assert_words(full, f"Versioni i mëparshëm: Versioni 1, miratuar më 01.03.2026 (vendimi nr. 12/2026, {BODY})")
    assert_words(full, f"Ranija verzija: Verzija 1, usvojena 01.03.2026 (odluka br. 12/2026, {BODY})")
    assert "Versioni i ri: Drafti i punës" in full and "Nova verzija: Radni nacrt" in full
    assert "Drafti i punës i datës" not in full  # deterministic: no current date
    n = counts(shown_changes(old, doc, ("sq", "sr")))
    assert n["added"] == 2 and n["changed"] >= 2
    assert f"Shtuar: 2 · Hequr: 0 · Ndryshuar: {n['changed']} · Zhvendosur: {n['moved']}" in full
    assert f"Dodato: 2 · Uklonjeno: 0 · Izmenjeno: {n['changed']} · Premešteno: {n['moved']}" in full
    # The activity with its number and title; its description: "gjatë ditës" deleted, "dhe ushqim" inserted.
    assert "Aktiviteti 1.1: Hapja e qendrës ditore" in full and "Aktivnost 1.1: Otvaranje dnevnog centra" in full
    assert_words(full, "Qendra ditore ofron kujdes gjatë ditës dhe ushqim për të moshuarit")
    assert "i obroke" in full
    # User markup printed as typed; the added activity with its title.
    assert "Mbrojtja e fëmijëve <b>dhe</b> R&D" in full
    assert "Aktiviteti 2.1: Strehimi emergjent" in full and "Shtuar" in full
    # Time frame, budget, indicator target in words, in each language's number format.
    assert "Afati kohor: 2025–2026 → 2025–2027" in full and "Vremenski okvir: 2025–2026 → 2025–2027" in full
    assert "Buxheti 2025, Buxheti komunal: 48 000 EUR → 50 000 EUR" in full
    assert "Budžet 2025, Opštinski budžet: 48.000 EUR → 50.000 EUR" in full
    assert "Treguesi „Vende në qendër“ – Vlera e synuar 2026: 25 → 30" in full
    assert "Indikator „Mesta u centru“ – Ciljana vrednost 2026: 25 → 30" in full
    # Deleted words are drawn in dark red, inserted ones in dark green (struck through, underlined).
    streams = b"".join(page.get_contents().get_data() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    for colour in (DELETED, INSERTED):
        rgb = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
        assert f"{fp_str(*rgb)} rg".encode() in streams, colour  # the fill colour of the words
        assert f"{fp_str(*rgb)} RG".encode() in streams, colour  # the stroke of the strike-through, the underline
    assert_fonts_embedded(data)
    assert_no_contacts(data)


def test_diff_markup_escapes_user_text():
    pieces = (("equal", "A "), ("delete", "<b>old</b> "), ("insert", "R&D <img src='x'/> "), ("equal", "end"))
    markup = diff_markup(pieces, "sq", "latn")
    assert f'<strike color="{DELETED}">&lt;b&gt;old&lt;/b&gt; </strike>' in markup
    assert f"<u color=\"{INSERTED}\">R&amp;D &lt;img src='x'/&gt; </u>" in markup
    assert "<b>" not in markup and "<img" not in markup
    assert diff_markup((("insert", "porodice"),), "sr", "cyrl").count("породице") == 1
    # A long unchanged stretch is shortened around the change.
    long = " ".join(f"w{i}" for i in range(100))
    short = diff_markup((("equal", long + " "), ("insert", "new ")), "en", "latn")
    assert short.startswith("… ") and "w99" in short and "w10 " not in short


def test_serbian_in_cyrillic(edited):
    old, version, doc, _moved, _added = edited
    full = full_text(changes_pdf(old, doc, old_version=version, serbian_script="cyrl"))
    assert_words(full, "Измене у односу на усвојену верзију")
    assert "Ранија верзија: Верзија 1, усвојена 01.03.2026" in full
    assert_words(full, "Дневни центар пружа дневну негу и оброке старијим особама")
    assert "Активност 1.1: Отварање дневног центра" in full
    assert "Dnevni centar" not in full and "Otvaranje" not in full


def test_only_the_chosen_languages(edited):
    old, version, doc, _moved, _added = edited
    a1 = doc.action_plan.activities[0]
    op.set_text(doc, a1.id, "responsible", "en", "The English-only office")
    sq_sr = full_text(changes_pdf(old, doc, old_version=version))
    assert "English-only" not in sq_sr
    en = full_text(changes_pdf(old, doc, old_version=version, languages=("en",)))
    assert "The English-only office" in en and "Changes since the approved version" in en
    assert "Qendra ditore" not in en


def test_moved_and_removed_items_are_numbered_where_they_live(edited):
    _old, _version, doc, moved, _added = edited
    # Approve the edits as version 2, then move one activity and delete another.
    versions.approve(doc, number="13/2026", on="2026-06-01", body=BODY)
    second = versions.latest(doc)
    _o1, o2 = doc.objectives
    op.move_activity(doc, moved, o2.id)
    first = doc.action_plan.activities[0]
    op.delete_activity(doc, first.id)
    full = full_text(changes_pdf(versions.thaw(second), doc, old_version=second, on=date(2026, 7, 1)))
    assert "Versioni i mëparshëm: Versioni 2, miratuar më 01.06.2026" in full
    assert "Versioni i ri: Drafti i punës i datës 01.07.2026" in full
    assert "Aktiviteti 1.1: Hapja e qendrës ditore" in full and "Hequr" in full  # its number in version 2
    assert_words(full, "Vendi në plan – para: Objektivi strategjik 1; pas: Objektivi strategjik 2")
    assert_words(full, "Mesto u planu – pre: Strateški cilj 1; posle: Strateški cilj 2")


def test_no_changes(edited):
    old, version, _doc, _moved, _added = edited
    data = changes_pdf(old, versions.thaw(version), old_version=version, new_version=version)
    full = full_text(data)
    assert "Nuk ka ndryshime." in full and "Nema izmena." in full
    assert len(page_texts(data)) == 1


def test_wrong_languages(edited):
    old, _version, doc, _moved, _added = edited
    with pytest.raises(ExportError, match="language"):
        changes_pdf(old, doc, languages=("de",))
    with pytest.raises(ExportError, match="at least one"):
        changes_pdf(old, doc, languages=())
    with pytest.raises(ExportError, match="script"):
        changes_pdf(old, doc, serbian_script="glagolitic")


def test_deterministic_exports_of_an_approved_version(edited):
    old, version, doc, _moved, _added = edited
    approval = (version.decision_number, version.decision_date)
    first = export(versions.thaw(version), document="strategy", approval=approval)
    assert first == export(versions.thaw(version), document="strategy", approval=approval)
    changes = changes_pdf(old, doc, old_version=version)
    assert changes == changes_pdf(old, doc, old_version=version)
    # Editing the draft changes nothing in the approved version's PDF.
    op.set_text(doc, doc.objectives[0].id, "title", "sq", "Një titull krejt tjetër")
    again = versions.find_version(doc, version.number)
    assert export(versions.thaw(again), document="strategy", approval=approval) == first
    assert "Një titull krejt tjetër" not in full_text(first)
