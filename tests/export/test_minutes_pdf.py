"""The minutes of a meeting of the advisory group as PDF, read back with pypdf: every part in each language
and both Serbian scripts, the layouts, completeness, a meeting that does not exist, and never a member's
contact details."""

from __future__ import annotations

import io

import pytest

from desktop.core import group
from desktop.core import operations as op
from desktop.core.model import Document
from desktop.export.pdf import DOCUMENTS, ExportError, IncompleteError, check_completeness
from desktop.translation.transliterate import to_cyrillic

pypdf = pytest.importorskip("pypdf")

from tests.export.pdf_text import export, normal, page_texts  # noqa: E402

PHONE, EMAIL, ADDRESS = "+383 44 123 456", "arta.krasniqi@example.org", "Rruga e Dëshmorëve 12"
PHONE_2, EMAIL_2 = "+383 45 987 654", "dragan.petrovic@example.org"
CONTACTS = (PHONE, EMAIL, ADDRESS, PHONE_2, EMAIL_2)


def build_group_doc() -> Document:
    """A small plan with an advisory group: three members (two with contact details), a meeting with its
    decisions, follow-ups and a note, and two consultations."""
    doc = op.new_document({"sq": "Komuna e Provës", "sr": "Opština Proba", "en": "Test Municipality"})
    titles = {"sq": "Strategjia sociale 2025-2027", "sr": "Socijalna strategija 2025-2027", "en": "Social strategy"}
    for lang, text in titles.items():
        op.set_text(doc, doc.strategy.id, "title", lang, text)
    older = op.add_target_group(doc, {"name": {"sq": "Të moshuarit", "sr": "Starije osobe", "en": "Older people"}})
    tg = older.upserted[0]
    o1 = op.add_objective(
        doc, {"title": {"sq": "Shërbime në komunitet", "sr": "Usluge u zajednici", "en": "Community services"}}
    ).upserted[0]
    o2 = op.add_objective(
        doc, {"title": {"sq": "Mbrojtja e fëmijëve", "sr": "Zaštita dece", "en": "Child protection"}}
    ).upserted[0]
    a1 = op.add_activity(
        doc,
        doc.action_plan.id,
        o1,
        {
            "title": {"sq": "Hapja e qendrës ditore", "sr": "Otvaranje dnevnog centra", "en": "Opening a day centre"},
            "description": {
                "sq": "Qendra ditore ofron kujdes gjatë ditës për të moshuarit që jetojnë vetëm.",
                "sr": "Dnevni centar pruža dnevnu negu starijim osobama koje žive same.",
                "en": "The day centre offers day care to older people living alone.",
            },
        },
        start="2025",
        end="2026",
    ).upserted[0]
    op.add_budget_line(doc, a1, 2025, "48000", source="municipal")
    op.add_indicator(
        doc,
        a1,
        {
            "name": {"sq": "Vende në qendër", "sr": "Mesta u centru", "en": "Places"},
            "unit": {"sq": "vende", "sr": "mesta", "en": "places"},
        },
        baseline=0,
        targets={2025: 10, 2026: 25},
    )

    chair = group.add_member(
        doc,
        "Arta Krasniqi",
        role="chair",
        sector="municipality",
        organisation={"sq": "Drejtoria Sociale", "sr": "Direkcija za socijalnu zaštitu", "en": "Social Directorate"},
    ).upserted[0]
    group.set_member_contact(doc, chair, phone=PHONE, email=EMAIL, address=ADDRESS)
    ngo = group.add_member(
        doc,
        "Dragan Petrović",
        sector="civil_society",
        organisation={"sq": "Shoqata Ndihma", "sr": "Udruženje Pomoć", "en": "Help Association"},
    ).upserted[0]
    group.set_member_contact(doc, ngo, phone=PHONE_2, email=EMAIL_2)
    secretary = group.add_member(
        doc,
        "Lule Gashi",
        role="secretary",
        sector="social_centre",
        organisation={"sq": "Qendra për Punë Sociale", "sr": "Centar za socijalni rad", "en": "Social work centre"},
    ).upserted[0]

    meeting = group.add_meeting(
        doc,
        "2026-03-12",
        {
            "title": {"sq": "Takimi i tretë", "sr": "Treći sastanak", "en": "Third meeting"},
            "place": {"sq": "Salla e Kuvendit", "sr": "Sala Skupštine", "en": "Assembly hall"},
            "agenda": {
                "sq": "Hapja e takimit\nPlani i veprimit",
                "sr": "Otvaranje sastanka\nAkcioni plan",
                "en": "Opening\nThe action plan",
            },
            "minutes": {
                "sq": "Grupi shqyrtoi draftin e planit.",
                "sr": "Grupa je razmotrila nacrt plana.",
                "en": "The group reviewed the draft plan.",
            },
            "guests": {"sq": "Vjosa Berisha, UNICEF", "sr": "Vjosa Beriša, UNICEF", "en": "Vjosa Berisha, UNICEF"},
        },
    ).upserted[0]
    group.update_meeting(doc, meeting, present=[chair, ngo], absent=[secretary])
    group.record_in_meeting(
        doc,
        meeting,
        "decision",
        {"body": {"sq": "Miratohet objektivi i parë.", "sr": "Usvaja se prvi cilj.", "en": "The first is adopted."}},
        item_ids=[o1, a1],
    )
    group.record_in_meeting(
        doc,
        meeting,
        "follow_up",
        {"body": {"sq": "Dërgo ftesat", "sr": "Poslati pozive", "en": "Send the invitations"}},
        assignee=ngo,
        due="2026-04-01",
    )
    done = group.record_in_meeting(
        doc,
        meeting,
        "follow_up",
        {"body": {"sq": "Publiko raportin", "sr": "Objaviti izveštaj", "en": "Publish the report"}},
        assignee="Zyra e Kryetarit",
    ).upserted[0]
    group.update_note(doc, done, done="2026-03-20")
    group.record_in_meeting(
        doc,
        meeting,
        "note",
        {"body": {"sq": "Takimi i radhës në prill.", "sr": "Sledeći sastanak u aprilu.", "en": "Next one in April."}},
    )

    focus = group.add_consultation(
        doc,
        "focus_group",
        "2025-10-10",
        {
            "title": {"sq": "Grupe fokusi me të moshuarit", "sr": "Fokus grupe sa starijima", "en": "Focus groups"},
            "place": {"sq": "Qendra e komunitetit", "sr": "Dom kulture", "en": "Community centre"},
            "findings": {
                "sq": "Të moshuarit kërkojnë shërbime në shtëpi.",
                "sr": "Starije osobe traže usluge u kući.",
                "en": "Older people ask for services at home.",
            },
        },
        sessions=3,
        objective_ids=[o1, o2],
    ).upserted[0]
    group.set_participants(doc, focus, None, target_group_id=tg, women=12, men=7, unspecified=1)
    hearing = group.add_consultation(
        doc,
        "public_hearing",
        "2025-11-20",
        {"title": {"sq": "Dëgjim publik", "sr": "Javna rasprava", "en": "Public hearing"}},
        objective_ids=[o2],
    ).upserted[0]
    group.set_participants(
        doc, hearing, None, label={"sq": "Qytetarët", "sr": "Građani", "en": "Citizens"}, women=20, men=25
    )
    return doc


def full_text(data: bytes) -> str:
    return normal(" ".join(page_texts(data)))


def assert_words(full: str, text: str) -> None:
    """Every word, letter for letter (side by side, the columns wrap their lines independently)."""
    for word in text.split():
        assert word in full, (word, text)


def assert_fonts_embedded(data: bytes) -> None:
    fonts = {}
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for name, font in fonts.items():
        assert "Helvetica" not in name and "Times" not in name, name
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), name


def assert_no_contacts(data: bytes) -> None:
    full = full_text(data)
    for value in CONTACTS:
        assert value not in full and value.encode() not in data, value
    assert "example.org" not in full


@pytest.fixture
def doc() -> Document:
    return build_group_doc()


def minutes_of(doc: Document) -> str:
    return f"minutes:{doc.meetings[0].id}"


@pytest.mark.parametrize("script", ["latn", "cyrl"])
def test_minutes_side_by_side_in_both_scripts(doc, script):
    data = export(doc, document=minutes_of(doc), languages=("sq", "sr"), serbian_script=script)
    full = full_text(data)
    sr = to_cyrillic if script == "cyrl" else (lambda t: t)
    # The header, the title and the meeting's facts in each language.
    assert "Republika e Kosovës" in full and sr("Republika Kosovo") in full
    assert_words(full, "Procesverbal i takimit të grupit këshillëdhënës")
    assert_words(full, sr("Zapisnik sa sastanka savetodavne grupe"))
    assert "Takimi i tretë" in full and sr("Treći sastanak") in full
    assert "Data: 12 mars 2026" in full
    assert (sr("Datum: 12. mart 2026.") if script == "latn" else "Датум: 12. март 2026.") in full
    assert "Vendi: Salla e Kuvendit" in full and sr("Mesto: Sala Skupštine") in full
    # Attendance: present members with organisation and role, absent ones, guests.
    assert "Arta Krasniqi – Drejtoria Sociale (Kryesues)" in full
    assert_words(full, sr("Direkcija za socijalnu zaštitu (Predsedavajući)"))
    assert "Dragan Petrović – Shoqata Ndihma (Anëtar)" in full
    assert "Munguan" in full and sr("Odsutni") in full and "Lule Gashi" in full
    assert "Vjosa Berisha, UNICEF" in full and sr("Vjosa Beriša") in full
    # The agenda numbered, the minutes, the decisions with the items they concern.
    assert "1. Hapja e takimit" in full and "2. Plani i veprimit" in full
    assert sr("1. Otvaranje sastanka") in full and sr("2. Akcioni plan") in full
    assert_words(full, sr("Grupa je razmotrila nacrt plana."))
    assert "1. Miratohet objektivi i parë." in full and sr("1. Usvaja se prvi cilj.") in full
    assert_words(full, "Ka të bëjë me: Objektivi strategjik 1: Shërbime në komunitet; Aktiviteti 1.1: Hapja")
    assert_words(full, sr("Odnosi se na: Strateški cilj 1: Usluge u zajednici; Aktivnost 1.1: Otvaranje"))
    # Follow-ups: what, who, by when, done or open; then the notes.
    assert "Dërgo ftesat" in full and sr("Poslati pozive") in full
    assert "01.04.2026" in full and "Zyra e Kryetarit" in full
    assert "Kryer më 20.03.2026" in full and sr("Urađeno 20.03.2026") in full
    assert "E hapur" in full and sr("Otvoreno") in full
    assert "Takimi i radhës në prill." in full and sr("Sledeći sastanak u aprilu.") in full
    if script == "cyrl":
        assert "Усваја се први циљ." in full  # a decision's text, transliterated
        assert "Usvaja" not in full
    assert_fonts_embedded(data)
    assert_no_contacts(data)
    # A meeting's minutes are neither a draft of the plan nor its approval.
    assert "DRAFT" not in full and "NACRT" not in full


def test_sequential_single_and_english(doc):
    data = export(doc, document=minutes_of(doc), layout="sequential", languages=("sq", "sr"))
    texts = page_texts(data)
    assert len(texts) >= 2
    first = normal(texts[0])
    assert "Takimi i tretë" in first and "Treći sastanak" not in first
    rest = normal(" ".join(texts[1:]))
    assert "Treći sastanak" in rest and "Takimi i tretë" not in rest
    english = full_text(export(doc, document=minutes_of(doc), layout="single", languages=("en",)))
    assert "Minutes of the meeting of the advisory group" in english
    assert "Date: 12 March 2026" in english and "Arta Krasniqi – Social Directorate (Chair)" in english
    assert "Done on 20.03.2026" in english and "Concerns: Strategic objective 1: Community services" in english
    assert_no_contacts(data)


def test_completeness_counts_only_what_the_minutes_print(doc):
    meeting = doc.meetings[0]
    assert check_completeness(doc, document=minutes_of(doc)) == []
    op.set_text(doc, meeting.id, "minutes", "sr", "")
    # A text the minutes do not print (an objective's description) is not asked for.
    op.set_text(doc, doc.objectives[1].id, "description", "sq", "Vetëm shqip")
    missing = check_completeness(doc, document=minutes_of(doc))
    assert [(m.entity_id, m.field, m.languages) for m in missing] == [(meeting.id, "minutes", ("sr",))]
    with pytest.raises(IncompleteError):
        export(doc, document=minutes_of(doc))
    full = full_text(export(doc, document=minutes_of(doc), allow_incomplete=True))
    assert "[nedostaje na srpskom]" in full and "Grupi shqyrtoi draftin e planit." in full


def test_a_meeting_that_does_not_exist(doc):
    with pytest.raises(ExportError, match="no meeting 'gone'"):
        export(doc, document="minutes:gone")
    with pytest.raises(ExportError, match="no meeting"):
        check_completeness(doc, document="minutes:gone")
    with pytest.raises(ExportError, match="unknown document"):
        export(doc, document="minutes:")
    assert "minutes:MEETING_ID" in DOCUMENTS


def test_user_markup_in_the_minutes_is_literal(doc):
    meeting = doc.meetings[0]
    op.set_text(doc, meeting.id, "title", "sq", "<b>Takim</b> & R&D <img src='x'/>")
    full = full_text(export(doc, document=minutes_of(doc), layout="single", languages=("sq",)))
    assert "<b>Takim</b> & R&D <img src='x'/>" in full


def test_an_empty_meeting_still_gives_its_minutes(doc):
    meeting = group.add_meeting(doc, "2026-05-05").upserted[0]
    group.update_meeting(doc, meeting, present=[], absent=[])
    full = full_text(export(doc, document=f"minutes:{meeting}", layout="single", languages=("sq",)))
    assert "Procesverbal i takimit" in full and "Data: 5 maj 2026" in full
    assert "Pjesëmarrja" not in full and "Vendimet" not in full


def test_every_serbian_label_has_a_cyrillic_form():
    import re

    from desktop.export.pdf.texts import LABELS, Labels

    latin, cyrillic = Labels("sr", "latn"), Labels("sr", "cyrl")
    assert set(LABELS["sq"]) == set(LABELS["sr"]) == set(LABELS["en"])
    for key in LABELS["sr"]:
        text = re.sub(r"\{\w+\}", "", cyrillic[key])
        if latin[key].isupper():  # all capitals read as an acronym and stay as they are
            continue
        assert not re.search("[A-Za-zčćšžđ]", text), (key, text)
