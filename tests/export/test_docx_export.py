"""The Word export read back with python-docx: Word's own styles, chapters in the outline's order with their
numbers, lists, figures, the action plan's landscape section with its repeated header row and merged objective
cells, Cyrillic and ë, the decision's lines in order, and the draft or approval it claims."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Inches
from PIL import Image

from desktop.core import activity_levels as levels
from desktop.core import chapters, columns, versions
from desktop.core import operations as op
from desktop.core.decision import create_decision
from desktop.core.model import PART_ACTION_PLANS, ColumnLevel
from desktop.export.docx import DocxExportError, export_docx

STRUCTURED = (
    "<doc><p>Detyrat e stafit:</p><ul><li>Pritja e <b>kërkesave</b></li><li>Vizitat në shtëpi"
    "<ol><li>në qytet</li><li>në fshat</li></ol></li></ul><p>Qëllimet:</p><ol><li>Një</li><li>Dy</li></ol>"
    '<p>Shih <a href="https://example.org/plan">planin</a>.<fn>Burimi: raporti i vitit 2020.</fn></p></doc>'
)


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 20), "navy").save(out, "PNG")
    return out.getvalue()


def _export(doc, **options) -> docx.document.Document:
    out = io.BytesIO()
    export_docx(doc, out, today=date(2026, 12, 6), **options)
    out.seek(0)
    return docx.Document(out)


def _korce(doc):
    """Chapters as Korçë's operational plan has them: IV with 4.1 and 4.1.1-4.1.2, VI after the action plan."""
    for s in list(doc.strategy.sections):
        op.delete_section(doc, s.id)
    for title in ("Hyrje", "Analiza", "Objektivat e planit"):
        chapters.add_chapter(doc, None, {"title": {"sq": title, "sr": title + " (sr)"}})
    staff = chapters.add_chapter(doc, None, {"title": {"sq": "Mjediset dhe personeli", "sr": "Prostor i osoblje"}})
    staff = staff.upserted[0]
    sub = chapters.add_chapter(doc, staff, {"title": {"sq": "Personeli", "sr": "Osoblje"}}).upserted[0]
    op.set_text(doc, sub, "body", "sq", STRUCTURED)
    for i in (1, 2):
        chapters.add_chapter(doc, sub, {"title": {"sq": f"Detyra {i}", "sr": f"Zadatak {i}"}})
    chapters.add_figure(doc, sub, _png(), {"sq": "Organigrama", "sr": "Organigram"})
    chapters.add_chapter(doc, None, {"title": {"sq": "Financimi", "sr": "Finansiranje"}})
    chapters.move_in_outline(doc, PART_ACTION_PLANS, 4)
    return doc


def _headings(word) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in word.paragraphs if p.style.name.startswith("Heading")]


def test_chapters_in_outline_order_with_numbers_and_heading_styles(doc):
    _korce(doc)
    heads = _headings(_export(doc))
    chapter_heads = [h for h in heads if not h[1].startswith(("Objektivi", "1.", "2."))]
    assert chapter_heads == [
        ("Heading 1", "I. Hyrje"),
        ("Heading 1", "II. Analiza"),
        ("Heading 1", "III. Objektivat e planit"),
        ("Heading 1", "IV. Mjediset dhe personeli"),
        ("Heading 2", "4.1 Personeli"),
        ("Heading 3", "4.1.1 Detyra 1"),
        ("Heading 3", "4.1.2 Detyra 2"),
        ("Heading 1", "V. Plani i veprimit"),
        ("Heading 1", "VI. Financimi"),
        ("Heading 1", "VII. Objektivat strategjike"),
        ("Heading 1", "VIII. Grupet e synuara"),
    ]
    chapters.set_chapter_numbering(doc, "decimal")
    assert _headings(_export(doc))[4] == ("Heading 2", "4.1 Personeli")
    assert _headings(_export(doc))[0] == ("Heading 1", "1. Hyrje")


def test_title_kind_and_fonts(doc):
    chapters.set_plan_facts(doc, kind="operational_plan")
    word = _export(doc)
    assert word.paragraphs[0].style.name == "Title"
    assert word.paragraphs[0].text == "Strategjia për shërbime sociale"
    assert word.paragraphs[1].style.name == "Subtitle"
    assert word.paragraphs[1].text.startswith("Plani operacional 2025")
    # One font with ë and Cyrillic named for every script, on the defaults and the headings.
    defaults = word.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = defaults.find(qn("w:rFonts"))
    assert {fonts.get(qn(f"w:{slot}")) for slot in ("ascii", "hAnsi", "eastAsia", "cs")} == {"Arial"}
    heading_fonts = word.styles["Heading 1"].element.find(qn("w:rPr")).find(qn("w:rFonts"))
    assert heading_fonts.get(qn("w:asciiTheme")) is None
    assert heading_fonts.get(qn("w:cs")) == "Arial"


def test_lists_emphasis_links_and_footnotes(doc):
    _korce(doc)
    word = _export(doc)
    paras = word.paragraphs
    at = next(i for i, p in enumerate(paras) if p.text == "Detyrat e stafit:")
    got = [(p.style.name, p.text) for p in paras[at : at + 10]]
    assert got == [
        ("Normal", "Detyrat e stafit:"),
        ("List Bullet", "Pritja e kërkesave"),
        ("List Bullet", "Vizitat në shtëpi"),
        ("List Number 2", "në qytet"),
        ("List Number 2", "në fshat"),
        ("Normal", "Qëllimet:"),
        ("List Number", "Një"),
        ("List Number", "Dy"),
        ("Normal", "Shih planin.1"),
        ("Normal", "1 Burimi: raporti i vitit 2020."),
    ]
    bold = [r.text for r in paras[at + 1].runs if r.bold]
    assert bold == ["kërkesave"]
    # Each numbered list counts from 1: its own numbering instance restarting the style's.
    num_ids = [p._p.pPr.numPr.numId.val for p in paras[at + 6 : at + 8]]
    assert num_ids[0] == num_ids[1]
    numbering = word.part.numbering_part.element
    num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(num_ids[0]))
    assert num.find(qn("w:lvlOverride")).find(qn("w:startOverride")).get(qn("w:val")) == "1"
    links = [r for r in word.part.rels.values() if r.reltype.endswith("/hyperlink")]
    assert [r.target_ref for r in links] == ["https://example.org/plan"]


def test_plain_text_stays_literal(doc):
    """Typed markup is text, as everywhere in the app: a plain body's "- " lines are not a Word list."""
    section = doc.strategy.sections[0]
    op.set_text(doc, section.id, "body", "sq", "Hyrje\n- jo listë\n\nParagrafi i dytë")
    paras = [(p.style.name, p.text) for p in _export(doc).paragraphs]
    assert ("Normal", "Hyrje\n- jo listë") in paras
    assert ("Normal", "Paragrafi i dytë") in paras


def test_figure_image_and_caption(doc):
    _korce(doc)
    word = _export(doc, languages=("sq", "sr"), layout="sequential")
    captions = [p.text for p in word.paragraphs if p.style.name == "Caption"]
    assert captions == ["Figura 1: Organigrama", "Slika 1: Organigram"]
    assert len(word.inline_shapes) == 2
    # At its own size (40 px at 72 dpi), never blown up to the text's width; a damaged image leaves its caption.
    assert word.inline_shapes[0].width == Inches(40 / 72)
    personnel = doc.strategy.sections[3].sections[0]
    personnel.figures[0].image = b"\x89PNG\r\n\x1a\n broken"
    word = _export(doc)
    assert len(word.inline_shapes) == 0
    assert [p.text for p in word.paragraphs if p.style.name == "Caption"] == ["Figura 1: Organigrama"]


def _own_columns(doc):
    plan = doc.action_plan
    columns.add_column(doc, plan.id, {"sq": "Strategjia për përmbushjen e tij"}, level=ColumnLevel.OBJECTIVE)
    columns.add_column(doc, plan.id, {"sq": "Sqarim", "sr": "Objašnjenje"}, index=2)
    objective_column, own = plan.columns[-1], plan.columns[2]
    o1 = doc.objectives[0]
    columns.set_cell(doc, objective_column.id, o1.id, "sq", "Bashkëpunim me OJQ-të")
    columns.set_cell(doc, own.id, plan.activities[0].id, "sq", "Sipas nevojës")
    columns.set_column_hidden(doc, plan.id, "indicator", True)
    return plan


def test_action_plan_table_in_landscape_with_repeated_header_and_merged_objective_cells(doc):
    plan = _own_columns(doc)
    word = _export(doc)
    assert [s.orientation for s in word.sections] == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE]
    assert word.sections[1].page_width > word.sections[1].page_height
    chapters.move_in_outline(doc, PART_ACTION_PLANS, 0)  # chapters after it are on portrait pages again
    word = _export(doc)
    assert [s.orientation for s in word.sections] == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]
    table = word.tables[0]
    assert table.style.name == "Table Grid"
    header = table.rows[0]
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None  # repeated at the top of each page
    assert [c.text for c in header.cells] == [
        "Nr.",
        "Aktiviteti",
        "Sqarim",
        "Përgjegjës",
        "Partnerët",
        "Afati kohor",
        "Buxheti dhe burimi",
        "Grupet e synuara",
        "Strategjia për përmbushjen e tij",
    ]
    rows = [[c.text for c in r.cells] for r in table.rows]
    # The objective's band spans the table; its activities follow with their numbers.
    assert rows[1] == ["Objektivi strategjik 1: Objektivi 1"] * 9
    assert rows[2][:3] == ["1.1", "Qendra ditore", "Sipas nevojës"]
    assert rows[3][0] == "1.2"
    # The objective-level text: one cell merged down over the objective's two activities.
    last = [r._tr.tc_lst[-1] for r in table.rows[2:4]]
    assert last[0].tcPr.find(qn("w:vMerge")).get(qn("w:val")) == "restart"
    assert last[1].tcPr.find(qn("w:vMerge")).get(qn("w:val")) is None
    assert rows[2][-1] == rows[3][-1] == "Bashkëpunim me OJQ-të"
    assert "Totali i objektivit 1" in rows[4][0]
    assert plan.id  # the plan's own columns were stored


def test_activity_numbers_follow_the_plan(doc):
    plan = doc.action_plan
    a1, a2, _ = doc.ordered_activities(plan)
    levels.indent_activity(doc, a2.id)
    levels.set_activity_numbering(doc, plan.id, "running")
    table = _export(doc, document="action_plan").tables[0]
    numbers = [r.cells[0].text for r in table.rows[1:] if r.cells[0].text[:1].isdigit()]
    assert numbers == ["1", "1.1", "2"]
    assert doc.numbers()[a1.id] == "1"


def test_cyrillic_and_albanian_letters_side_by_side(doc):
    op.set_text(doc, doc.strategy.sections[0].id, "body", "sq", "Çështjet e fëmijëve")
    op.set_text(doc, doc.strategy.sections[0].id, "body", "sr", "Pitanja dece i đaka")
    word = _export(doc, languages=("sq", "sr"), layout="side_by_side", serbian_script="cyrl")
    text = "\n".join(p.text for p in word.paragraphs)
    cells = "\n".join(c.text for t in word.tables for r in t.rows for c in r.cells)
    assert "Strategjia për shërbime sociale / Стратегија за социјалне услуге" in text
    assert "Çështjet e fëmijëve" in cells
    assert "Питања деце и ђака" in cells
    side = next(t for t in word.tables if "Çështjet e fëmijëve" in t.rows[0].cells[0].text)
    assert [c.text for c in side.rows[0].cells] == ["Çështjet e fëmijëve", "Питања деце и ђака"]
    assert "НАЦРТ" in word.sections[0].header.paragraphs[0].text


def test_decision_lines_in_order_and_draft(doc):
    create_decision(doc, "AL")
    d = doc.decision
    lines = {
        "header": "REPUBLIKA E SHQIPËRISË\nBASHKIA ROSKOVEC\nKËSHILLI BASHKIAK",
        "protocol": "Nr. S136 Prot.",
        "place_date": "Roskovec, më 21, 07 2021",
        "title_word": "VENDIM",
        "number_line": "Nr. S4, Datë 21, 07, 2021",
        "subject": "PËR MIRATIMIN E FUSHATËS SË PARTNERITETIT",
        "operative": "VENDOSI :",
    }
    for name, text in lines.items():
        op.set_text(doc, d.id, name, "sq", text)
    op.set_text(doc, d.id, "points", "sq", "Miratimin e fushatës.\n\nNgarkohet Drejtoria.")
    d.point_style = "decimal"
    word = _export(doc, document="decision")
    text = [p.text for p in word.paragraphs if p.text]
    order = [
        "REPUBLIKA E SHQIPËRISË",
        "KËSHILLI BASHKIAK",
        "Nr. S136 Prot.",
        "Roskovec, më 21, 07 2021",
        "VENDIM",
        "Nr. S4, Datë 21, 07, 2021",
        "PËR MIRATIMIN E FUSHATËS SË PARTNERITETIT",
        "Baza ligjore",
        "VENDOSI :",
        "1. Miratimin e fushatës.",
        "2. Ngarkohet Drejtoria.",
        "Kryetari i Këshillit Bashkiak",
    ]
    assert [t for t in text if t in order] == order
    assert "I." not in text  # the plan chose 1., 2.
    assert text.count("VENDIM") == 1
    header = word.sections[0].header.paragraphs[0].text
    assert header == "DRAFT"
    assert word.sections[0].footer.paragraphs[0].text.startswith("Drafti i versionit 1, 06.12.2026")


def test_an_empty_decision_line_prints_the_templates_wording_or_nothing(doc):
    create_decision(doc, "XK")
    text = [p.text for p in _export(doc, document="decision", languages=("sr",)).paragraphs if p.text]
    assert text[:3] == ["Republika Kosovo", "Opština Proba", "Skupština opštine"]
    assert "ODLUKA" in text and "Br. __________" in text
    # Roman points, each number centred above its point; the session under the number and date.
    assert text[text.index("I.") + 1].startswith("Usvaja se")
    assert text.index("Sednica: ____ redovna sednica") == text.index("Datum: __________") + 1
    assert not any(t.startswith("Nr. S") for t in text)  # no protocol line: the decision has none


def test_approved_version_is_not_marked_draft_and_a_changed_plan_is(doc):
    versions.approve(doc, number="01-016/25", on="2025-03-27", body="Kuvendi i Komunës")
    word = _export(doc)
    assert "DRAFT" not in word.sections[0].header.paragraphs[0].text
    assert word.sections[0].footer.paragraphs[0].text.startswith("Vendimi nr. 01-016/25 i datës 27.03.2025")
    op.set_text(doc, doc.strategy.id, "title", "sq", "Strategjia e ndryshuar")
    word = _export(doc, languages=("sq", "sr"), layout="side_by_side")
    assert word.sections[0].header.paragraphs[0].text == "DRAFT / NACRT"
    assert "Drafti i versionit 2" in word.sections[0].footer.paragraphs[0].text
    assert "Nacrt verzije 2" in word.sections[0].footer.paragraphs[0].text


def test_missing_and_outdated_texts_are_marked(doc):
    word = _export(doc, languages=("sq", "sr"), layout="sequential")
    cells = [c.text for t in word.tables for r in t.rows for c in r.cells]
    assert any("[nedostaje na srpskom]" in c for c in cells)  # Fushata's Serbian: the third activity has one
    op.set_text(doc, doc.objectives[0].id, "title", "sq", "Objektivi i ri")
    heads = _headings(_export(doc, languages=("sr",)))
    assert ("Heading 2", "Strateški cilj 1: Cilj 1 [zastarelo]") in heads


def test_review_report(doc):
    from desktop.core.reviews import start_review

    start_review(doc, doc.action_plan.id, 2025)
    word = _export(doc, document="review", year=2025)
    heads = _headings(word)
    assert heads[0] == ("Heading 1", "Shqyrtimi vjetor i zbatimit 2025")
    table = word.tables[0]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert [c.text for c in table.rows[0].cells] == ["Nr.", "Aktiviteti", "Statusi", "Progresi", "Shpenzuar", "Komenti"]
    assert table.rows[1].cells[2].text == "Pa raport"


def test_bad_options(doc):
    with pytest.raises(DocxExportError, match="side by side takes two"):
        export_docx(doc, io.BytesIO(), languages=("sq", "sr", "en"), layout="side_by_side")
    with pytest.raises(DocxExportError, match="no decision"):
        export_docx(doc, io.BytesIO(), document="decision")
    with pytest.raises(DocxExportError, match="no review of 2031"):
        export_docx(doc, io.BytesIO(), document="review", year=2031)
    with pytest.raises(DocxExportError, match="unknown language"):
        export_docx(doc, io.BytesIO(), languages=("de",))


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_reads_the_file(doc, tmp_path):
    _korce(doc)
    path = tmp_path / "plan.docx"
    export_docx(doc, path, languages=("sq", "sr"), layout="side_by_side", serbian_script="cyrl")
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "plan.pdf").pages)
    for expected in (
        "IV. Mjediset dhe personeli / IV. Простор и особље",
        "4.1.1 Detyra 1",
        "Qendra ditore",
        "Дневни центар",
    ):
        assert expected in text


def test_structured_texts_in_the_table_are_lists_not_markup(doc):
    plan = _own_columns(doc)
    act = doc.ordered_activities(plan)[0]
    op.set_text(doc, act.id, "description", "sq", "<doc><p>Hapat:</p><ul><li>Hapja</li><li>Stafi</li></ul></doc>")
    own = plan.columns[2]
    columns.set_cell(doc, own.id, act.id, "sq", "<doc><p>Me <i>OJQ</i></p></doc>")
    table = _export(doc).tables[0]
    row = table.rows[2]
    cells = {c.text for c in row.cells}
    assert not any("<doc>" in text for text in cells)
    activity = [(p.style.name, p.text) for p in row.cells[1].paragraphs]
    assert activity == [
        ("Normal", "Qendra ditore"),
        ("Normal", "Hapat:"),
        ("List Bullet", "Hapja"),
        ("List Bullet", "Stafi"),
    ]
    assert [r.text for r in row.cells[2].paragraphs[0].runs if r.italic] == ["OJQ"]


def test_a_projects_period_with_months_and_its_donor(doc):
    """Lezhë's project: "Tetor 2023 – Prill 2024" and its donor on the title page and in the running header."""
    doc.strategy.start_year, doc.strategy.end_year = 2023, 2024
    chapters.set_plan_facts(doc, kind="project", start_month=10, end_month=4)
    op.set_text(doc, doc.strategy.id, "donors", "sq", "Ambasada Suedeze\nUNICEF")
    word = _export(doc, languages=("sq", "sr"), layout="sequential", serbian_script="cyrl")
    subtitles = [p.text for p in word.paragraphs if p.style.name == "Subtitle"]
    assert subtitles == ["Projekti Tetor 2023 – Prill 2024", "Пројекат Октобар 2023 – Април 2024"]
    assert "Donatorët: Ambasada Suedeze, UNICEF" in [p.text for p in word.paragraphs]
    header = word.sections[0].header.paragraphs[1].text
    assert header.endswith("Projekti Tetor 2023 – Prill 2024 / Пројекат Октобар 2023 – Април 2024")


def test_the_emblem_above_each_title(doc):
    doc.municipality.emblem = _png()
    word = _export(doc, languages=("sq", "sr"), layout="sequential")
    assert len(word.inline_shapes) == 2
    titles = [i for i, p in enumerate(word.paragraphs) if p.style.name == "Title"]
    for at in titles:
        assert word.paragraphs[at - 1]._p.xpath(".//pic:pic")  # the emblem right above the title


def test_structured_decision_points_and_an_outdated_legal_basis(doc):
    create_decision(doc, "AL")
    d = doc.decision
    d.point_style = "decimal"
    op.set_text(doc, d.id, "points", "sq", "<doc><p>Miratohet <b>plani</b>.</p><ol><li>Pika e dytë</li></ol></doc>")
    op.set_text(doc, d.id, "legal_basis", "sr", "<doc><ul><li>Zakon o lokalnoj samoupravi</li></ul></doc>")
    op.set_text(doc, d.id, "legal_basis", "sq", "<doc><ul><li>Ligji për vetëqeverisjen</li></ul></doc>")
    word = _export(doc, document="decision", languages=("sq", "sr"), layout="sequential")
    text = [p.text for p in word.paragraphs if p.text]
    assert "1. Miratohet plani." in text and "2. Pika e dytë" in text
    point = next(p for p in word.paragraphs if p.text == "1. Miratohet plani.")
    assert [r.text for r in point.runs if r.bold] == ["plani"]
    assert "– Ligji për vetëqeverisjen" in text
    assert "– Zakon o lokalnoj samoupravi [zastarelo]" in text  # the Serbian made from an older Albanian
    assert not any("<doc>" in t for t in text)


def test_the_plans_own_priorities_as_a_numbered_list(doc):
    p1 = chapters.add_plan_priority(doc, {"title": {"sq": "Përfshirja"}}).upserted[0]
    op.set_text(doc, p1, "description", "sq", "<doc><p>Për <b>të gjithë</b></p><ul><li>fëmijët</li></ul></doc>")
    chapters.add_plan_priority(doc, {"title": {"sq": "Punësimi"}})
    paras = [(p.style.name, p.text) for p in _export(doc).paragraphs if p.style.name.startswith("List Number")]
    assert paras == [("List Number", "Përfshirja: Për të gjithë • fëmijët"), ("List Number", "Punësimi")]
