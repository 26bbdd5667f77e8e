"""The document's language and script, detected from its letters and commonest words; a Serbian decision page
(ODLUKA … ODLUČILA JE:) in either script read into the decision's lines."""

from __future__ import annotations

import docx

from desktop.exchange.docimport import apply_new, read_preview
from desktop.exchange.docimport.recognise import detect_language
from desktop.translation.transliterate import to_cyrillic


def test_detect_language_and_script():
    assert detect_language("Qendra Komunitare është një strukturë vendore dhe për komunitetet në nevojë.") == (
        "sq",
        "latn",
    )
    assert detect_language("Opština je usvojila plan za socijalne usluge i porodične usluge.") == ("sr", "latn")
    assert detect_language("Општина је усвојила план за социјалне услуге и породичне услуге.") == ("sr", "cyrl")
    assert detect_language("The municipality adopted the plan for social services and the family.") == ("en", "latn")


def _serbian_decision(path, cyrillic: bool):
    lines = [
        "REPUBLIKA SRBIJA",
        "OPŠTINA KRALJEVO",
        "SKUPŠTINA OPŠTINE",
        "Broj: 06-12/2024",
        "ODLUKA",
        "O USVAJANJU LOKALNOG AKCIONOG PLANA ZA SOCIJALNE USLUGE",
        "Na osnovu člana 32. Zakona o lokalnoj samoupravi, Skupština opštine na sednici je",
        "ODLUČILA JE:",
        "1. Usvaja se Lokalni akcioni plan za socijalne usluge za period 2025-2027.",
        "2. Ova odluka stupa na snagu osmog dana od dana objavljivanja.",
        "PREDSEDNIK",
        "Marko Marković",
        "Akcioni plan 2025-2027",
    ]
    document = docx.Document()
    for line in lines:
        document.add_paragraph(to_cyrillic(line) if cyrillic else line)
    document.save(path)
    return path


def test_serbian_decision_in_latin_and_cyrillic(tmp_path):
    for cyrillic in (False, True):
        preview = read_preview(_serbian_decision(tmp_path / f"odluka-{cyrillic}.docx", cyrillic))
        assert (preview.lang, preview.script) == ("sr", "cyrl" if cyrillic else "latn")
        doc = apply_new(preview, "Kraljevo")
        d = doc.decision
        convert = to_cyrillic if cyrillic else (lambda s: s)
        assert d.title_word.get("sr") == convert("ODLUKA")
        assert d.operative.get("sr") == convert("ODLUČILA JE:")
        assert d.legal_basis.get("sr").startswith(convert("Na osnovu člana 32."))
        assert d.points.get("sr").split("\n\n")[1] == convert(
            "2. Ova odluka stupa na snagu osmog dana od dana objavljivanja."
        )
        assert (d.signatory_title.get("sr"), d.signatory_name.get("sr")) == (
            convert("PREDSEDNIK"),
            convert("Marko Marković"),
        )
        assert d.header.get("sr").splitlines()[1] == convert("OPŠTINA KRALJEVO")
        assert d.point_style == "decimal"
        assert doc.municipality.country == "RS"
