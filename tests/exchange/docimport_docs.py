"""Documents shaped like the real plans (the seeds in ../shared/seeds), written with python-docx, openpyxl and
odfdo for the import tests."""

from __future__ import annotations

import io
from pathlib import Path

KORCE_OBJECTIVES = [
    (
        "1. Të krijojë një profil të qartë dhe të fortë të lidershipit vendor për çështjet e përfshirjes sociale.",
        "Stafi i qendrës duhet të angazhohet menjëherë dhe intensivisht për ridimensionimin e profilit të QKK.",
        [
            ("1.1 Hartimi i një strategjie për prezantimin e QKK dhe stafit.", "Gjysma e parë e 2020"),
            ("1.2 Hartimi i një plani pune për takime në terren.", "Gjysma e parë e 2020"),
            ("1.5 Pjesëmarrje në mediet (kryesisht vendore por", "Vazhdimisht 2020-2021"),
            ("dhe më gjerë) përmes emisioneve sociale, kronikave informative.", ""),  # cut at a page end
            ("1.6 Përdorimi i mediave sociale për ta bërë qendrën të njohur.", "Vazhdimisht 2020-2021"),
        ],
    ),
    (
        "2. Të krijojë bërthamën e nevojshme me burime njerëzore.",
        "Menjëherë pas rekrutimit të stafit, drejtoria angazhohet për ndërtimin e kapaciteteve.",
        [
            ("2.1 Rekrutimi i stafit.", ""),
            ("2.2 Detajimi dhe dakordësimi i përshkrimeve të punës.", ""),
            ("2.3 Hartimi i rregullores së brendshme të qendrës.", ""),
        ],
    ),
]
KORCE_HEADER = ["Objektivi", "Strategjia për përmbushjen e tij", "Veprimtaria/Aktivitetet", "Koha"]
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde\x00\x00"
    b"\x00\x0cIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82"
)


def _bold(document, text: str):
    p = document.add_paragraph()
    p.add_run(text).bold = True
    return p


def _header_row(row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def korce_action_plan(document) -> None:
    """Chapter V's table: one table per objective, the objective and strategy cells merged over the activities,
    the header repeated inside the first table (a page break) and a row cut at the page end."""
    for objective, strategy, activities in KORCE_OBJECTIVES:
        rows = [KORCE_HEADER, *[["", "", a, t] for a, t in activities]]
        if objective.startswith("1."):
            rows.insert(4, list(KORCE_HEADER))  # Word repeats the header row on the next page
        table = document.add_table(rows=len(rows), cols=4)
        _header_row(table.rows[0])
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                if text and (row == KORCE_HEADER or c >= 2):
                    table.cell(r, c).text = text
        # The objective and strategy cells merged down over the rows below the header (and its repeat).
        first = 1
        for r in range(1, len(rows) + 1):
            if r == len(rows) or rows[r] == KORCE_HEADER:
                if r - 1 > first:
                    table.cell(first, 0).merge(table.cell(r - 1, 0))
                    table.cell(first, 1).merge(table.cell(r - 1, 1))
                table.cell(first, 0).text = objective
                table.cell(first, 1).text = strategy
                first = r + 1


def korce_docx(path: Path, *, styled: bool) -> Path:
    """The Korçë operational plan: a cover, a typed table of contents, chapters I.-VI. with 4.1 and 4.1.1-4.1.2,
    lists, a figure with its caption, the action plan in chapter V, chapter VI after it. `styled`: chapters in
    Heading 1-3 styles; else typed numbering in bold, as the real file has them."""
    import docx

    document = docx.Document()
    for line in ("Plani Operacional", "Qendra Komunitare Korçë (QKK)", "2020-2021", "DRAFT"):
        document.add_paragraph(line)
    document.add_paragraph("Tabela e Përmbajtjes")
    for line in ("I.\tKonteksti\t3", "II.\tVizioni i QKK\t4", "4.1.\tPersoneli i QKK.....\t7",
                 "4.1.1\tMenaxheri i QKK\t7", "V.\tPlani i Veprimit 2020-2021\t9"):  # fmt: skip
        document.add_paragraph(line)

    def chapter(number: str, title: str, level: int) -> None:
        if styled:
            document.add_heading(f"{number} {title}", level)
        else:
            _bold(document, f"{number} {title}")

    chapter("I.", "Konteksti", 1)
    document.add_paragraph("Qendra Komunitare Korçë (QKK) është inaguruar në Janar të vitit 2015.")
    document.add_paragraph("Evidencat tregojnë se komunitete të ndryshme pengohen në proceset e tyre integruese.")
    chapter("II.", "Vizioni i QKK", 1)
    document.add_paragraph("Qendër Komunitare që operon me dhe për komunitetet në nevojë.")
    chapter("III.", "Qëllimi dhe objektivat e QKK", 1)
    document.add_paragraph("Në linjë me vizionin e saj, QKK ka si qëllim:")
    document.add_paragraph("1. Të jetë e hapur dhe gjithëpërfshirëse në aktivitetin e saj;")
    document.add_paragraph("2. Të lehtësojë dhe mundësojë akses në shërbimet sociale;")
    chapter("IV.", "Mjediset dhe personeli i QKK", 1)
    document.add_paragraph("Qendra është një strukturë vendore në varësi të Drejtorisë së Shërbimeve Sociale.")
    document.add_picture(io.BytesIO(PNG))
    document.add_paragraph("Figura 1. Struktura e personelit të Qendrës Komunitare Korçë")
    chapter("4.1.", "Personeli i QKK", 2)
    document.add_paragraph("Organizimi i personelit të qendrës është një model fillestar bazë.")
    chapter("4.1.1", "Menaxheri i QKK", 3)
    document.add_paragraph("Detyrat dhe përgjegjësitë kryesore përfshijnë:")
    document.add_paragraph("Garanton funksionalitetin e QKK;", style="List Bullet")
    document.add_paragraph("Raporton pranë Bashkisë për zbatimin e planit të QKK;", style="List Bullet")
    chapter("4.1.2", "Koordinatori i terrenit (1)", 3)
    document.add_paragraph("Qendra ka të paktën një koordinator terreni të përhershëm.")
    chapter("V.", "Plani i Veprimit 2020-2021", 1)
    korce_action_plan(document)
    chapter("VI.", "Burimet financiare/Plani financiar?", 1)
    document.add_paragraph("Qendra Komunitare Korçë mbështetet me burime financiare nga buxheti i Bashkisë Korçë.")
    document.save(path)
    return path


ROSKOVEC_ROWS = [
    ["Nr.", "Aktiviteti", "Personi përgjegjës", "Afati", "Sqarim"],
    ["1.", "Ndërtimi i ndërfaqes së Këshillit të Bashkisë", "- Sekretari\n- IT", "",
     "Ky aktivitet realizohet në bashkëpunim me IT e Bashkisë."],
    ["1.1", "Ngritja e rubrikave për publikimin e njoftimeve", "", "", "Një plan i detajuar është hartuar."],
    ["1.2", "Ndërtimi i rubrikës për ankesat dhe peticionet", "- Sekretariati\n- IT", "", "Procesi është teknik."],
    ["2.", "Ngritja dhe përdorimi i rrjeteve sociale", "- Sekretariati\n- IT", "2021",
     "Aktiviteti kërkon hapjen e fanpage-s."],
    ["", "", "", "", "dhe më pas publikimet automatike."],  # the Sqarim cell cut at the page end
    ["3.", "Realizimi i spotit video", "- Kryetari\n- Kontraktor", "Tetor 2021", "Spoti paguhet nga fondi."],
]  # fmt: skip


def roskovec_docx(path: Path) -> Path:
    """The Roskovec council decision, then the programme with 1., 1.1 … rows and a Sqarim column."""
    import docx

    document = docx.Document()
    for line in ("REPUBLIKA E SHQIPËRISË", "BASHKIA ROSKOVEC", "KËSHILLI BASHKIAK", "Nr. S136 Prot.",
                 "Roskovec, më 21, 07 2021", "VENDIM", "Nr. S4, Datë 21, 07, 2021",
                 "PËR MIRATIMIN E FUSHATËS SË PARTNERITETIT TË KËSHILLIT TË BASHKISË ME QYTETARËT",
                 "Bazuar në ligjin nr. 139/2015, “Për vetëqeverisjen vendore”, neni 16, Këshilli i Bashkisë,",
                 "VENDOSI :",
                 "1. Miratimin e zhvillimit të aktivitetit “Fushata e Partneritetit të Këshillit me qytetarin”.",
                 "2. Aktiviteti do të zhvillohet sipas programit të detajuar bashkangjitur këtij vendimi.",
                 "3. Ky vendim hyn në fuqi në bazë të ligjit Nr.139/2015.",
                 "KRYETAR", "Kadri Hyska"):  # fmt: skip
        document.add_paragraph(line)
    document.add_page_break()
    for line in ("PROGRAMI I DETAJUAR PËR ZHVILLIMIN E AKTIVITETIT",
                 "“Fushata e partneritetit të këshillit me qytetarin”."):  # fmt: skip
        document.add_paragraph(line)
    document.add_paragraph(
        "Këshilli i Bashkisë me qëllim garantimin e bashkëqeverisjes me komunitetin konsideron të domosdoshme "
        "përfshirjen e qytetarëve në qeverisjen lokale si mënyra më e mirë për qeverisje të suksesshme."
    )
    table = document.add_table(rows=len(ROSKOVEC_ROWS), cols=5)
    for r, row in enumerate(ROSKOVEC_ROWS):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_paragraph("Realizimi i këtij programi kërkon angazhim të gjithë këshilltarëve.")
    document.save(path)
    return path


XLSX_ROWS = [
    ["Nr.", "Objektivi", "Aktiviteti", "Përgjegjës", "Afati", "Buxheti", "Burimi i financimit", "Treguesi"],
    ["1.1", "Objektivi 1: Shërbime sociale më të mira", "Hartimi i standardeve", "Drejtoria Sociale",
     "T1 2026", "12.000 EUR", "Komuna", "Standardet e miratuara"],
    ["1.2", "", "Trajnimi i stafit", "Drejtoria Sociale", "2026-2027", "5.500 EUR", "UNICEF", "30 të trajnuar"],
    ["2.1", "Objektivi 2: Përfshirja e komuniteteve", "Takime në lagje", "QKK", "Vazhdimisht 2026-2027", "",
     "", ""],
]  # fmt: skip


def action_plan_xlsx(path: Path) -> Path:
    """An action plan kept in Excel: the objective cell merged over its activities."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Plani i veprimit"
    for row in XLSX_ROWS:
        sheet.append(row)
    sheet.merge_cells("B2:B3")
    book.save(path)
    return path


def plan_odt(path: Path) -> Path:
    """An OpenDocument plan with outline headings, a list and a table with a spanned objective cell."""
    from odfdo import Cell, Document, Header, List, ListItem, Paragraph, Row, Table

    document = Document("text")
    body = document.body
    body.append(Header(1, "I. Hyrje"))
    body.append(Paragraph("Ky plan përshkruan shërbimet sociale të komunës."))
    lst = List()
    lst.append(ListItem("Shërbime për të moshuarit"))
    lst.append(ListItem("Shërbime për fëmijët"))
    body.append(lst)
    body.append(Header(2, "1.1 Parimet"))
    body.append(Paragraph("Gjithëpërfshirja dhe transparenca."))
    body.append(Header(1, "II. Plani i veprimit"))
    table = Table("plan")
    rows = [
        ["Objektivi", "Aktiviteti", "Përgjegjës", "Afati"],
        ["1. Shërbime më të mira", "1.1 Hartimi i standardeve", "Drejtoria", "2026"],
        ["", "1.2 Trajnimi i stafit", "Drejtoria", "Gjysma e dytë e 2026"],
    ]
    for r, values in enumerate(rows):
        row = Row()
        for c, text in enumerate(values):
            if r == 2 and c == 0:
                cell = Cell()
                cell.tag = "table:covered-table-cell"
            else:
                cell = Cell(text)
                if r == 1 and c == 0:
                    cell.set_attribute("table:number-rows-spanned", "2")
            row.append(cell)
        table.append(row)
    body.append(table)
    body.append(Header(1, "III. Monitorimi"))
    body.append(Paragraph("Grupi këshillëdhënës e shqyrton zbatimin çdo vit."))
    document.save(str(path))
    return path


# -- the Serbian version of the Korçë plan, for pairing two language versions --------------------------------
KORCE_SR_OBJECTIVES = [
    (
        "1. Stvoriti jasan i snažan profil lokalnog liderstva za pitanja socijalne inkluzije.",
        "Osoblje centra treba odmah i intenzivno da se angažuje na redimenzionisanju profila QKK.",
        [
            ("1.1 Izrada strategije za predstavljanje QKK i osoblja.", "Prva polovina 2020"),
            ("1.2 Izrada plana rada za sastanke na terenu.", "Prva polovina 2020"),
            ("1.5 Učešće u medijima (uglavnom lokalnim ali i šire) kroz socijalne emisije.", "Kontinuirano 2020-2021"),
            ("1.6 Korišćenje društvenih mreža kako bi centar postao poznat.", "Kontinuirano 2020-2021"),
        ],
    ),
    (
        "2. Stvoriti potrebno jezgro ljudskih resursa.",
        "Odmah nakon zapošljavanja osoblja, direkcija se angažuje na izgradnji kapaciteta.",
        [
            ("2.1 Zapošljavanje osoblja.", ""),
            ("2.2 Razrada i usaglašavanje opisa poslova.", ""),
            ("2.3 Izrada internog pravilnika centra.", ""),
        ],
    ),
]
KORCE_SR_HEADER = ["Cilj", "Strategija za njegovo ostvarenje", "Aktivnost/Aktivnosti", "Vreme"]
# (title, level, content): a content line is a paragraph, ("bullet", text), ("numbered", text), ("figure",
# caption) or ("plan",) for the action plan's table. Numbers are typed as the Albanian file types them.
KORCE_SR_CHAPTERS = [
    ("Kontekst", 1, ["Društveni centar Korča (QKK) otvoren je u januaru 2015. godine.",
                     "Dokazi pokazuju da su različite zajednice sprečene u svojim procesima integracije."]),
    ("Vizija QKK", 1, ["Društveni centar koji radi sa zajednicama u potrebi i za njih."]),
    ("Svrha i ciljevi QKK", 1, ["U skladu sa svojom vizijom, QKK ima za cilj:",
                                 "1. Da bude otvoren i sveobuhvatan u svom radu;",
                                 "2. Da olakša i omogući pristup socijalnim uslugama;"]),
    ("Prostorije i osoblje QKK", 1, ["Centar je lokalna struktura pod Direkcijom socijalnih usluga.",
                                      ("figure", "Slika 1. Struktura osoblja Društvenog centra Korča")]),
    ("Osoblje QKK", 2, ["Organizacija osoblja centra je početni osnovni model."]),
    ("Menadžer QKK", 3, ["Glavne dužnosti i odgovornosti uključuju:",
                          ("bullet", "Garantuje funkcionisanje QKK;"),
                          ("bullet", "Izveštava Opštinu o sprovođenju plana QKK;")]),
    ("Koordinator na terenu (1)", 3, ["Centar ima najmanje jednog stalnog koordinatora na terenu."]),
    ("Akcioni plan 2020-2021", 1, [("plan",)]),
    ("Finansijski izvori/Finansijski plan?", 1, ["Društveni centar Korča se finansira iz budžeta Opštine Korča."]),
]  # fmt: skip
KORCE_SR_EXTRA = (
    "Zakonski okvir",
    1,
    [
        "Rad centra uređuje Zakon br. 121/2016 o socijalnim uslugama, član 15.",
        "Opštinsko veće je odlukom br. 45 od 2019. godine osnovalo centar.",
    ],
)


def _typed_numbers(chapters) -> list[str]:
    """I., II. … at the top; 4.1. and 4.1.1 below, as the Korçë file types them."""
    from desktop.core.outline import roman

    counters = [0, 0, 0]
    out = []
    for _title, level, _content in chapters:
        counters[level - 1] += 1
        counters[level:] = [0] * (3 - level)
        if level == 1:
            out.append(f"{roman(counters[0])}.")
        else:
            number = ".".join(str(n) for n in counters[:level])
            out.append(f"{number}." if level == 2 else number)
    return out


def korce_sr_docx(path: Path, *, extra_chapter: bool = False, drop: str | None = None,
                  swap: tuple[int, int] | None = None) -> Path:  # fmt: skip
    """The Korçë plan's Serbian version, chapters typed in bold: `extra_chapter` adds "Zakonski okvir" after
    the vision; `drop` leaves out the activity of that number; `swap` exchanges two top-level chapters (by
    index), renumbered as a translator would."""
    import docx

    chapters = list(KORCE_SR_CHAPTERS)
    if swap:
        a, b = swap
        chapters[a], chapters[b] = chapters[b], chapters[a]
    if extra_chapter:
        chapters.insert(2, KORCE_SR_EXTRA)
    document = docx.Document()
    for line in ("Operativni plan", "Društveni centar Korča (QKK)", "2020-2021", "NACRT"):
        document.add_paragraph(line)
    for number, (title, _level, content) in zip(_typed_numbers(chapters), chapters, strict=True):
        _bold(document, f"{number} {title}")
        for line in content:
            if isinstance(line, str):
                document.add_paragraph(line)
            elif line[0] == "bullet":
                document.add_paragraph(line[1], style="List Bullet")
            elif line[0] == "figure":
                document.add_picture(io.BytesIO(PNG))
                document.add_paragraph(line[1])
            else:
                _plan_table(document, KORCE_SR_HEADER, KORCE_SR_OBJECTIVES, drop)
    document.save(path)
    return path


def _plan_table(document, header: list[str], objectives, drop: str | None) -> None:
    for objective, strategy, activities in objectives:
        rows = [header, *[["", "", a, t] for a, t in activities if not (drop and a.startswith(drop + " "))]]
        table = document.add_table(rows=len(rows), cols=4)
        _header_row(table.rows[0])
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                if text and (r == 0 or c >= 2):
                    table.cell(r, c).text = text
        table.cell(1, 0).merge(table.cell(len(rows) - 1, 0))
        table.cell(1, 1).merge(table.cell(len(rows) - 1, 1))
        table.cell(1, 0).text = objective
        table.cell(1, 1).text = strategy
