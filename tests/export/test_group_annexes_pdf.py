"""The strategy's annexes on the advisory group: its members (never their contact details) and the
consultation process, in the chosen languages and layouts, in the contents and bookmarks; none when the
plan has neither members nor consultations."""

from __future__ import annotations

import io

import pytest

from desktop.core import group
from desktop.core import operations as op
from desktop.export.pdf import check_completeness
from desktop.translation.transliterate import to_cyrillic
from tests.export.test_minutes_pdf import (
    assert_fonts_embedded,
    assert_no_contacts,
    assert_words,
    build_group_doc,
    export,
    full_text,
    normal,
    page_texts,
)

pypdf = pytest.importorskip("pypdf")


def outline_titles(data: bytes) -> list[str]:
    titles: list[str] = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(pypdf.PdfReader(io.BytesIO(data)).outline)
    return titles


def annex_text(data: bytes) -> str:
    """The pages from the first annex on."""
    texts = page_texts(data)
    first = next(i for i, t in enumerate(texts) if i > 1 and ("Shtojca 1" in t or "Annex 1" in t or "Прилог 1" in t))
    return normal(" ".join(texts[first:]))


@pytest.mark.parametrize("script", ["latn", "cyrl"])
def test_members_and_consultations_side_by_side(script):
    doc = build_group_doc()
    data = export(doc, document="strategy", languages=("sq", "sr"), serbian_script=script)
    sr = to_cyrillic if script == "cyrl" else (lambda t: t)
    annex = annex_text(data)
    # Members: name, organisation, role and sector in each language.
    assert_words(annex, "Shtojca 1: Anëtarët e grupit këshillëdhënës")
    assert_words(annex, sr("Prilog 1: Članovi savetodavne grupe"))
    for name in ("Arta Krasniqi", "Dragan Petrović", "Lule Gashi"):
        assert name in annex
    assert "Drejtoria Sociale" in annex and sr("Direkcija za socijalnu zaštitu") in annex
    assert "Kryesues" in annex and sr("Predsedavajući") in annex and "Shoqëria civile" in annex
    assert sr("Civilno društvo") in annex and sr("Centar za socijalni rad") in annex
    # The consultation process: by method, by gender, the table, the findings.
    assert_words(annex, "Shtojca 2: Procesi i konsultimit")
    assert_words(annex, sr("Prilog 2: Proces konsultacija"))
    assert "Grup fokusi" in annex and sr("Fokus grupa") in annex and "Dëgjim publik" in annex
    assert sr("Javna rasprava") in annex
    assert "Gra" in annex and sr("Žene") in annex and sr("Nije navedeno") in annex
    # 12 + 20 women, 7 + 25 men, 1 not stated, 65 in all; 3 + 1 sessions.
    assert "32 32 1 65" in annex
    assert "10.10.2025" in annex and "20.11.2025" in annex and "1, 2" in annex
    assert "Të moshuarit kërkojnë shërbime në shtëpi." in annex
    assert sr("Starije osobe traže usluge u kući.") in annex
    if script == "cyrl":
        assert "Старије особе траже услуге у кући." in annex
    # In the contents and the bookmarks.
    contents = normal(page_texts(data)[1])
    assert "Shtojca 1: Anëtarët e grupit këshillëdhënës" in contents or "Anëtarët e grupit" in contents
    assert any("Shtojca 2" in t and sr("Prilog 2") in t for t in outline_titles(data))
    assert_fonts_embedded(data)
    assert_no_contacts(data)


def test_sequential_and_english_annexes():
    doc = build_group_doc()
    data = export(doc, document="strategy", layout="sequential", languages=("sq", "en"))
    full = full_text(data)
    assert full.index("Anëtarët e grupit këshillëdhënës", full.index("Shqip")) < full.index(
        "Members of the advisory group", full.index("English")
    )
    assert "Annex 2: Consultation process" in full and "Participants by gender" in full
    assert "Key findings" in full and "Older people ask for services at home." in full
    titles = outline_titles(data)
    assert any(t.startswith("Shtojca 1") for t in titles) and any(t.startswith("Annex 1") for t in titles)
    assert_no_contacts(data)


def test_no_members_and_no_consultations_no_annex():
    doc = build_group_doc()
    before = export(doc, document="strategy")
    for member in list(doc.members):
        group.delete_member(doc, member.id)
    for consultation in list(doc.consultations):
        group.delete_consultation(doc, consultation.id)
    data = export(doc, document="strategy")
    full = full_text(data)
    assert "Shtojca" not in full and "Prilog" not in full and "Anëtarët" not in full
    assert not any("Shtojca" in t for t in outline_titles(data))
    assert len(page_texts(data)) < len(page_texts(before))
    # Only members: only their annex, numbered 1.
    group.add_member(doc, "Besa Hoti", organisation={"sq": "Komuna", "sr": "Opština"})
    full = full_text(export(doc, document="strategy"))
    assert "Shtojca 1: Anëtarët" in full and "Besa Hoti" in full and "Shtojca 2" not in full


def test_annex_texts_count_for_completeness():
    doc = build_group_doc()
    assert check_completeness(doc, document="strategy") == []
    member = doc.members[0]
    op.set_text(doc, member.id, "organisation", "sr", "")
    missing = check_completeness(doc, document="strategy")
    assert [(m.entity_id, m.field) for m in missing] == [(member.id, "organisation")]
    assert check_completeness(doc, document="action-plan") == []  # the action plan prints no annex
