"""The decision as the assembly writes it (Roskovec 001): every line in the source's order, as written, points
numbered as the decision numbers them; a line nobody wrote prints the template's wording; the draft stays a
draft."""

from __future__ import annotations

import pytest

pypdf = pytest.importorskip("pypdf")

from desktop.core import decision as dc  # noqa: E402
from desktop.core import operations as op  # noqa: E402
from desktop.translation.transliterate import to_cyrillic  # noqa: E402
from tests.export.pdf_text import export, normal, page_texts  # noqa: E402
from tests.export.shapes_docs import ROSKOVEC_DECISION, roskovec, roskovec_decision  # noqa: E402
from tests.export.test_pdf_shapes import in_order  # noqa: E402

SOURCE_ORDER = [
    "REPUBLIKA E SHQIPËRISË",
    "BASHKIA ROSKOVEC",
    "KËSHILLI BASHKIAK",
    "Nr. S136 Prot.",
    "Roskovec, më 21, 07 2021",
    "VENDIM",
    "Nr. S4, Datë 21, 07, 2021",
    "PËR MIRATIMIN E FUSHATËS SË PARTNERITETIT TË KËSHILLIT TË BASHKISË ME QYTETARËT",
    "Ligji nr. 139/2015 „Për vetëqeverisjen vendore“",
    "Me propozim të Kryesisë së Këshillit, Këshilli i Bashkisë,",
    "VENDOSI :",
    "1. Miratim të zhvillimit të aktivitetit",
    "2. Aktiviteti do të zhvillohet",
    "3. Ngarkohet Këshilli Bashkiak",
    "4. Ky vendim hyn në fuqi",
    "KRYETAR",
    "Kadri Hyska",
]


def decision_text(doc, **kw) -> str:
    return normal(" ".join(page_texts(export(doc, document="decision", allow_incomplete=True, **kw))))


def test_the_decision_prints_each_line_as_written_in_the_source_order():
    doc = roskovec_decision(roskovec())
    full = decision_text(doc, languages=("sq",), layout="single")
    in_order(full, SOURCE_ORDER)
    # As written: no change of case, no template wording, no Roman points.
    assert "Republika e Shqipërisë" not in full and "KËSHILLI BASHKIAK Nr. S136" in full
    assert "për miratimin e dokumentit" not in full and "Nr. __________" not in full
    assert "I. Miratim" not in full and "IV." not in full
    assert "DRAFT" in full  # the template's lines were drafts: the decision prints as a draft, marked


def test_side_by_side_each_line_beside_its_translation():
    doc = roskovec_decision(roskovec())
    full = decision_text(doc)
    in_order(full, ["REPUBLIKA E SHQIPËRISË", "[nedostaje na srpskom]", "Nr. S136 Prot.", "Br. S136 Prot."])
    in_order(full, ["Roskovec, më 21, 07 2021", "Roskovec, 21. 07. 2021", "VENDIM ODLUKA"])
    in_order(full, ["Nr. S4, Datë 21, 07, 2021", "Br. S4, od 21. 07. 2021", "PËR MIRATIMIN", "O USVAJANJU"])
    in_order(full, ["VENDOSI :", "ODLUČILO JE:", "1.", "Miratim", "Usvaja se", "4.", "PREDSEDNIK", "Kadri Hiska"])
    cyrillic = decision_text(doc, serbian_script="cyrl")
    assert "ОДЛУКА" in cyrillic and to_cyrillic("ODLUČILO JE:") in cyrillic
    assert to_cyrillic(ROSKOVEC_DECISION["protocol"][1]) in cyrillic


def test_roman_points_when_the_decision_numbers_them_so():
    doc = roskovec_decision(roskovec())
    dc.set_decision(doc, point_style="roman")
    full = decision_text(doc, languages=("sq",), layout="single")
    in_order(full, ["VENDOSI :", "I.", "Miratim", "II.", "III.", "IV.", "Ky vendim"])


def test_empty_lines_print_the_templates_wording():
    doc = roskovec()
    dc.create_decision(doc, "XK")
    for name in ("header", "title_word", "subject", "operative", "protocol", "place_date", "number_line"):
        for lang in ("sq", "sr", "en"):
            op.set_text(doc, doc.decision.id, name, lang, "")
    full = decision_text(doc, languages=("sq",), layout="single")
    in_order(
        full,
        [
            "Republika e Shqipërisë",  # the municipality's state, as before these lines existed
            "Bashkia Roskovec",
            "Kuvendi Komunal",
            "VENDIM",
            "Nr. __________",
            "Data: __________",
            "për miratimin e dokumentit „Fushata e Partneritetit të Këshillit me qytetarët“",
            "Baza ligjore",
            "Në mbështetje të nenit 12",
            "I.",
            "II.",
            "III.",
            "Kryesuesi i Kuvendit Komunal",
        ],
    )
    dc.set_decision(doc, number="S4", date="2021-07-21")
    full = decision_text(doc, languages=("sq",), layout="single")
    in_order(full, ["VENDIM", "Nr. S4", "Data: 21.07.2021"])


def test_a_template_decision_prints_its_new_lines():
    doc = roskovec()
    dc.create_decision(doc, "AL")
    full = decision_text(doc, languages=("sq", "sr"))
    header = ["Republika e Shqipërisë", "Bashkia Roskovec", "Këshilli Bashkiak", "Republika Albanija"]
    in_order(full, [*header, "Opština Roskovec", "Opštinsko veće", "VENDIM ODLUKA", "Nr. __________", "Br. __"])
    in_order(full, ["Baza ligjore", "Në mbështetje të nenit 54", "VENDOSI:", "ODLUČILO JE:", "I."])
    assert "DRAFT" in full and "NACRT" in full


def test_a_signatorys_name_missing_in_serbian_is_marked_beside_the_albanian_one():
    doc = roskovec_decision(roskovec())
    op.set_text(doc, doc.decision.id, "signatory_name", "sr", "")
    text = decision_text(doc, languages=("sq", "sr"), layout="side-by-side")
    signature = text[text.index("KRYETAR") :]
    in_order(signature, ["Kadri Hyska", "[nedostaje na srpskom]"])
    op.set_text(doc, doc.decision.id, "signatory_name", "sq", "")  # no name in any language: only the line
    text = decision_text(doc, languages=("sq", "sr"), layout="side-by-side")
    assert "nedostaje" not in text[text.index("KRYETAR") :]
