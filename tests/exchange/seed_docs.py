"""The seeds in ../shared/seeds written as the Word files they were dumped from, in their real shape (001
Roskovec: the council's decision, then the programme in several tables with 1., 1.1 … rows and a Sqarim
column; 003 Lezhë: a project page with its goal, objectives, priorities and sub-priorities as bullet lists,
donor and period; 004 Korçë: the operational plan, chapters I–VI with 4.1 and 4.1.1–4.1.4, one action-plan
table per objective with the objective and strategy cells merged down, the header at the top of each table and
rows cut at a page end). The texts are shortened; the structure is the seed's."""

from __future__ import annotations

import io
from pathlib import Path

from tests.exchange.docimport_docs import PNG, _bold, _header_row

# -- 004 Korçë -------------------------------------------------------------------------------------------------
KORCE_CHAPTERS = [  # (number, title, paragraphs); "- " a bullet, "#" the figure with its caption
    ("I.", "Konteksti", [
        "Qendra Komunitare Korçë (QKK) është inaguruar në Janar të vitit 2015 si një Qendër Komunitare "
        "Ndërkulturore e ndërtuar përmes një bashkëpunimi mes Bashkisë Korçë dhe UNDP.",
        "Evidencat tregojnë se komunitete të ndryshme pengohen në proceset e tyre integruese.",
        "Pak më shumë se 4 vjet nga hapja e saj, Bashkia Korçë synon të ridimensionojë punën e QKK përmes një "
        "plani operacional, 2-vjeçar (2020-2021).",
    ]),
    ("II.", "Vizioni i QKK", [
        "Përmes Planit Social të saj, Bashkia Korçë ka si mision “të vendosë fokusin tek ofrimi i shërbimeve”.",
        "Qendër Komunitare që operon me dhe për komunitetet në nevojë, në përfitim të tyre.",
    ]),
    ("III.", "Qëllimi dhe objektivat e QKK", [
        "Në linjë me vizionin e saj, QKK ka si qëllim:",
        "1. Të jetë e hapur dhe gjithëpërfshirëse në aktivitetin e saj për të gjitha komunitet në nevojë;",
        "2. Të lehtësojë dhe mundësojë akses në shërbimet sociale për komunitetet në nevojë;",
        "3. Të informojë dhe ndërgjegjësojë komunitetet në nevojë lidhur me mundësitë që ofrohen;",
        "Për arritjen e këtyre qëllimeve, QKK nevojitet të punojë për përmbushjen e këtyre objektiva:",
        "1. Të krijojë një profil të qartë dhe të fortë të lidershit vendor për çështjet e përfshirjes sociale;",
        "2. Të krijojë bërthamën e nevojshme me burime njerëzore;",
    ]),
    ("IV.", "Mjediset dhe personeli i QKK", [
        "Qendra është një strukturë vendore në varësi të Drejtorisë së Shërbimeve Sociale pranë Bashkisë Korçë.",
        "#Figura 1. Struktura e personelit të Qendrës Komunitare Korçë",
    ]),
    ("4.1.", "Personeli i QKK", ["Organizimi i personelit të qendrës është një model fillestar bazë."]),
    ("4.1.1", "Menaxheri i QKK", [
        "Menaxheri i QKK është staf i përhershëm. Detyrat dhe përgjegjësitë kryesore përfshijnë:",
        "- Garanton funksionalitetin e QKK në përputhje me planin e administrimit të qendrës;",
        "- Raporton pranë Bashkisë për mbarëvajtjen dhe zbatimin e planit të QKK;",
        "- Mbikqyr personelin e QKK;",
    ]),
    ("4.1.2", "Koordinator i terrenit (1)", ["Qendra ka të paktën një koordinator terreni të përhershëm."]),
    ("4.1.3", "Punonjës pastrimi", ["Punonjësi i pastrimit kujdeset për higjienën e mjediseve të qendrës."]),
    ("4.1.4", "Punonjës sigurie", ["Punonjësi i sigurisë ruan mjediset dhe asetet e qendrës."]),
]  # fmt: skip
KORCE_VI = ("VI.", "Burimet financiare/Plani financiar?", [
    "Qendra Komunitare Korçë mbështetet me burime financiare primare nga buxheti i Bashkisë Korçë. Megjithatë, "
    "qendra ka të drejtë të ngrejë të ardhura të tjera nga:",
    "1. Shkrimi i granteve/projekteve vendore e rajonale (si e vetme ose në partneritet);",
    "2. Qeratë dhe tarifat mbi përdorimin e aseteve dhe shërbimeve që ajo ofron.",
])  # fmt: skip
KORCE_HEADER = ["Objektivi", "Strategjia për përmbushjen e tij", "Veprimtaria/Aktivitetet", "Koha"]
H1, CONT = "Gjysma e parë e 2020", "Vazhdimisht 2020-2021"
# (objective, strategy, rows): a row is (activity, time); None marks a page end between two whole rows; an
# activity starting in lower case is the rest of the row above, cut at the page end.
KORCE_PLAN = [
    ("1. Të krijojë një profil të qartë dhe të fortë të lidërsipit vendor për çështjet e përfshirjes sociale "
     "dhe shanseve të barabarta.",
     "Stafi i qendrës duhet të angazhohet menjëherë dhe intensivisht për ridimensionimin e profilit të QKK.",
     [("1.1 Hartimi i një strategjie për prezantimin e QKK dhe stafit.", H1),
      ("1.2 Hartimi i një plani pune për takime në terren – me aktorë relevantë.", H1),
      ("1.3 Krijimi i një rrjeti institucionesh, organizatash dhe aktorësh të tjerë.", H1),
      ("1.4 Hartimi i një strategjie PR-i / komunikimi për qendrën dhe punën e saj.", H1),
      ("1.5 Pjesëmarrje në mediet (kryesisht vendore por", CONT),
      ("dhe më gjerë) përmes emisioneve sociale, kronikave informative, shkrimeve etj.", ""),
      ("1.6 Përdorimi i mediave sociale për ta bërë qendrën e njohur.", CONT)]),
    ("2. Të krijojë bërthamën e nevojshme me burime njerëzore për të mundësuar zbatimin e planit operacional.",
     "Menjëherë pas rekrutimit të stafit të QKK, drejtoria angazhohet për ndërtimin e strategjive.",
     [("2.1 Rekrutimi i stafit të QKK.", ""),
      ("2.2 Detajimi dhe dakordësimi i përshkrimeve të punës së anëtarëve të stafit.", ""),
      ("2.3 Hartimi i rregullores së brendshme të qendrës.", ""),
      ("2.4 Vlerësimi i nevojave dhe hartimi i planeve individuale.", ""),
      ("2.5 Njohja e stafit bërthamë me kuadrin politik dhe legjislativ.", ""),
      ("2.6 Njohja me hollësi dhe zbërthimi i “Planit Social” të Bashkisë Korçë", ""),
      None,
      ("2.7 Ndarja e detyrave, marrja e përgjegjësive dhe mirëkoordinimi i tyre brenda qendrës.", ""),
      ("2.8 Identifikimi i mundësive dhe pjesëmarrja e stafit në aktivitete (Plani Social, pika 2.3).", "")]),
    ("3. Të ndërtojë dhe forcojë një rrjet të gjerë bashkëpunimesh me aktorë vendorë e më gjerë.",
     "Stafi i QKK ndërton dhe zbaton një plan për njohjen dhe konsolidimin e qendrës.",
     [("3.1 Hartimi i një liste të aktorëve vendorë.", ""),
      ("3.2 Mbajtja e aktiviteteve promovuese të qendrës me aktorët të ndryshëm.", ""),
      ("3.3 Zhvillimi i takimeve me aktorë dhe persona kyç (veçanërisht", ""),
      ("organizata jo-fitimprurëse aktive dhe me fokus grupet e synuara).", ""),
      ("3.4 Identifikimi i donatorëve dhe mundësive për shtimin e mbështetjes.", ""),
      ("3.5 Krijimi dhe formalizimi (sipas rastit) i bashkëpunimeve/partneriteteve.", "")]),
    ("4. Të ndjekë / punojë për zbatimin e “Planit Social” dhe “Planit për Integrimin e R&E”;",
     "Qendra punon brenda kuadrit të dhe për realizimin e objektivave të “Planit Social”.",
     [("4.1 Koordinon me strukturat e Bashkisë zbatimin e planeve.", ""),
      ("4.2 Përfshihet dhe kontribuon në proceset vlerësuese të nevojave sociale.", ""),
      ("4.3 Merr pjesë në aktivitetet për ngritjen e kapacitetit të stafit të Bashkisë (Plani Social: "
       "Objektivi 2)", ""),
      None,
      ("4.4 Zbaton dhe monitoron zbatimin e gjithë aktiviteteve të parashikuara në planin vendor.", "")]),
    ("5. Të krijojë mundësi për projekte dhe aktivitete të tjera përmes shkrimit të granteve dhe ngritjes së "
     "fondeve.",
     "Stafi i qendrës ka kualifikimet dhe përvojën e domosdoshme për shkrimin e granteve.",
     [("5.1 Identifikimi i thirrjeve për projekte.", ""),
      ("5.2 Shkrimi dhe aplikimi i të paktën dy granteve në vit.", ""),
      ("5.3 Pjesëmarrja në aktivitete për ngritjen e kapaciteteve në shkrim grantesh.", "")]),
]  # fmt: skip


def _paragraphs(document, lines: list[str]) -> None:
    for line in lines:
        if line.startswith("- "):
            document.add_paragraph(line[2:], style="List Bullet")
        elif line.startswith("#"):
            document.add_picture(io.BytesIO(PNG))
            document.add_paragraph(line[1:])
        else:
            document.add_paragraph(line)


def korce_seed_docx(path: Path) -> Path:
    """004: chapters typed in bold as the real file has them, the table of contents with dot leaders and tabs,
    one table per objective in chapter V, chapter VI after it."""
    import docx

    document = docx.Document()
    for line in ("Plani Operacional", "Qendra Komunitare Korçë (QKK)", "2020-2021", "DRAFT"):
        document.add_paragraph(line)
    document.add_paragraph("Tabela e Përmbajtjes")
    for number, title, _lines in [*KORCE_CHAPTERS[:5], *KORCE_CHAPTERS[5:], ("V.", "Plani i Veprimit 2020-2021",
                                                                              []), KORCE_VI]:  # fmt: skip
        dots = "....." if number in ("4.1.", "4.1.4", "VI.") else ""
        document.add_paragraph(f"{number}\t{title}{dots}\t{7 if '.' in number.strip('.') else 3}")
    for number, title, lines in KORCE_CHAPTERS:
        _bold(document, f"{number} {title}")
        _paragraphs(document, lines)
    _bold(document, "V. Plani i Veprimit 2020-2021")
    for objective, strategy, rows in KORCE_PLAN:
        data = [["", "", a, t] if r is not None else None for r in rows for a, t in [r or ("", "")]]
        data = [d for d in data if d is not None]  # a page end between whole rows leaves no trace in the file
        table = document.add_table(rows=len(data) + 1, cols=4)
        _header_row(table.rows[0])
        for c, text in enumerate(KORCE_HEADER):
            table.cell(0, c).text = text
        for r, row in enumerate(data, 1):
            for c in (2, 3):
                if row[c]:
                    table.cell(r, c).text = row[c]
        # The objective and its strategy merged down over all the objective's rows, its first activity beside.
        table.cell(1, 0).merge(table.cell(len(data), 0))
        table.cell(1, 1).merge(table.cell(len(data), 1))
        table.cell(1, 0).text = objective
        table.cell(1, 1).text = strategy
        document.add_paragraph("")
    number, title, lines = KORCE_VI
    _bold(document, f"{number} {title}")
    _paragraphs(document, lines)
    document.save(path)
    return path


# -- 001 Roskovec ----------------------------------------------------------------------------------------------
ROSKOVEC_DECISION = [
    "REPUBLIKA E SHQIPËRISË", "BASHKIA ROSKOVEC", "KËSHILLI BASHKIAK", "Nr. S136 Prot.",
    "Roskovec, më 21, 07 2021", "VENDIM", "Nr. S4, Datë 21, 07, 2021",
    "PËR MIRATIMIN E FUSHATËS SË PARTNERITETIT TË KËSHILLIT TË BASHKISË ME QYTETARËT",
    "Bazuar në ligjin nr. 139/2015 , “ Për vetëqeverisjen vendore“ , neni 16, pika 1, neni 18, neni 19 dhe neni "
    "54, pika k, ligjit 146/2014 \"Për njoftimin dhe konsultimin publik\", Këshill i Bashkisë,",
    "VENDOSI :",
    "1. Miratim të zhvillimit të aktivitetit “Fushata e Partneritetit të Këshillit me qytetarin”.",
    "2. Aktiviteti do të zhvillohet sipas programit të detajuar bashkangjitur këtij vendimi.",
    "3. Ngarkohet Këshilli Bashkiak, Kryetari i Këshillit dhe Sekretariati për zbatimin e këtij vendimi.",
    "4. Ky vendim hyn në fuqi në bazë të ligjit Nr.139/2015 “Për vetëqeverisjen vendore” neni 55 pika 6.",
    "KRYETAR", "Kadri Hyska",
]  # fmt: skip
ROSKOVEC_HEADER = ["Nr.", "Aktiviteti", "Personi përgjegjës", "Afati", "Sqarim"]
ROSKOVEC_TABLES = [  # each table as the file has it, under the same header
    [["1.", "Ndërtimi i ndërfaqes së Këshillit të Bashkisë", "- Sekretari\n- IT", "",
      "Ky aktivitet realizohet ne bashkëpunim me IT e Bashkisë."],
     ["1.1", "Ngritja e rubrikave për publikimin e:\n- njoftime\n- projekt vendimeve\n- vendimeve", "", "",
      "Një plan i detajuar është hartuar në trajnimet e Shoqatës së Qarqeve."],
     ["1.2", "Ndërtimi i rubrikës për ankesat/kërkesat dhe iniciativat/peticionet qytetare",
      "- Sekretariati/Sekretari\n- IT", "", "Procesi është përsëri teknik dhe kërkon angazhim të IT-së."],
     ["1.3", "Ndërtimi i rubrikës për dëgjesat dhe sugjerimet.", "- Sekretariati/Sekretar", "",
      "Aktiviteti parashikon punë të vazhdueshme"]],
    [["2.", "Ngritja dhe përdorimi i rrjeteve sociale - facebook, instagram etj si (fanpage) për Këshillin",
      "- Sekretariati\n- IT", "", "Një plan i detajuar për menaxhimin e rrjetit"],
     ["", "", "", "", "social fb është hartuar (apo do të hartohet) në trajnimet e Shoqatës së Qarqeve."],
     ["3.", "Realizimi i spotit video për nxitjen dhe informimin e komunitetit mbi sondazhet.",
      "- Kryetari\n- Kontraktor", "", "Për të realizuar këtë veprim duhet të realizohet një spot."],
     ["4.", "Realizimi i publikimeve të shkruara për shpërndarje në këndet e njoftimeve publike.",
      "- Sekretariati\n- Specialist i bashkisë", "", ""]],
    [["5.", "Realizimi i takimeve të hapura me publikun për tema të caktuara.",
      "- Komisionet\n- Kryetari\n- Sekretariati", "", "Barcode i përdorimit të takimeve."]],
    [["6.", "Ditët e publikut", "- Komisionet\n- Kryetari\n- Sekretariati\n- Administrata (me kërkesë)", "",
      "Një mënyrë që grupet e interesit të njihen me mundësitë që ofron këshilli."]],
]  # fmt: skip


def roskovec_seed_docx(path: Path) -> Path:
    """001: the decision page, then on the next page the council's heading again, the programme's title, its
    introduction, the programme in four tables each under the header, and the closing paragraphs."""
    import docx

    document = docx.Document()
    for line in ROSKOVEC_DECISION:
        document.add_paragraph(line)
    document.add_page_break()
    for line in ("REPUBLIKA E SHQIPËRISË", "BASHKIA ROSKOVEC", "KËSHILLI BASHKIAK",
                 "PROGRAMI I DETAJUAR PËR ZHVILLIMIN E AKTIVITETIT",
                 "“Fushatën e partneritetit të këshillit me qytetarin”.", "Të nderuar!"):  # fmt: skip
        document.add_paragraph(line)
    document.add_paragraph(
        "Këshilli i Bashkisë me qëllim garantimin e bashkëqeverisjes me komunitetin konsideron të domosdoshme "
        "përfshirjen e qytetarëve në qeverisjen lokale, me mbështetjen e projektit „Bashki të Forta“."
    )
    document.add_paragraph("Më poshtë po paraqesim planin e detajuar me veprimet konkrete për këtë fushatë:")
    for rows in ROSKOVEC_TABLES:
        table = document.add_table(rows=len(rows) + 1, cols=5)
        for r, row in enumerate([ROSKOVEC_HEADER, *rows]):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        document.add_paragraph("")
    for line in ("Realizimi i këtij programi kërkon angazhim jo vetëm të personave përgjegjës por të gjithë "
                 "këshilltarëve.",
                 "Treguesi kryesor i kësaj fushate është i matshëm duke analizuar përdoruesit e mjeteve.",
                 "Ju faleminderit."):  # fmt: skip
        document.add_paragraph(line)
    document.save(path)
    return path


# -- 003 Lezhë -------------------------------------------------------------------------------------------------
LEZHE_OBJECTIVES = [
    "Krijimi i një modeli të qëndrueshëm të qendrës për fuqizimin e komunitetit dhe shërbime për gratë dhe "
    "burrat më vulnerabël;",
    "Të forcohet fuqizimi i komuniteteve lokale të cenueshme përmes shkëmbimit të informacionit;",
    "Sigurimi i shërbimeve mbështetëse të integruara të kujdesit social të aksesueshëm dhe të barabartë.",
]
LEZHE_PRIORITIES = [
    "Mbështetja e ndërtimit të qëndrueshmërisë së komuniteteve vulnerabël në Bashkinë Lezhë",
    "Krijimi i një modeli të edukimit familjar për kujdesin ndaj fëmijëve",
    "Përmirësimi i kohezionit social të komunitetit në Bashkinë Lezhë",
    "Fuqizimi i individëve dhe familjeve",
]
LEZHE_SUB_PRIORITIES = [
    "Identifikimi i nevojave, sigurimi i referimit dhe ofrimi i mbështetjes së hershme për individët dhe familjet",
    "Ofrimi i mbështetjes për zhvillimin e aftësive për jetën dhe punën për individët dhe familjet",
    "Zhvillimi i sistemit të këshillimit dhe referimit në distancë përmes linjës telefonike të ndihmës",
]
LEZHE_DONOR = ("Financuar nga USAID dhe zbatuar nga UNDP Shqipëri në bashkëpunim të ngushtë me Bashkinë Lezhë dhe "
               "organizatës “Të Ndryshëm & Të Barabartë”.")  # fmt: skip


def lezhe_seed_docx(path: Path) -> Path:
    """003: the project's page: title, area, the goal, the objectives as dash lines, priorities and
    sub-priorities as bullet lists, the donor and the project period in months."""
    import docx

    document = docx.Document()
    document.add_paragraph("Home > Projects > “Fuqizojmë Komunitetin në Bashkinë Lezhë” – Faza I")
    document.add_paragraph("Titulli i projektit: “Fuqizojmë Komunitetin në Bashkinë Lezhë” – Faza I")
    document.add_paragraph("Zonat e projektit: Bashkia Lezhë")
    _bold(document, "Qëllimi i përgjithshëm:")
    document.add_paragraph(
        "Qëllimi i këtij projekti është të fuqizojmë individë nga komunitetet vulnerabël, përfshirë gratë dhe "
        "vajzat, personat me aftësi të kufizuara, fëmijët, të rinjtë dhe të moshuarit në Bashkinë Lezhë."
    )
    _bold(document, "Objektivat e projektit janë:")
    for line in LEZHE_OBJECTIVES:
        document.add_paragraph(f"– {line}")
    _bold(document, "Prioritete:")
    for line in LEZHE_PRIORITIES:
        document.add_paragraph(line, style="List Bullet")
    _bold(document, "Nënprioritete:")
    for line in LEZHE_SUB_PRIORITIES:
        document.add_paragraph(line, style="List Bullet")
    document.add_paragraph(f"Donator: {LEZHE_DONOR}")
    document.add_paragraph("Project period: Tetor 2023 –Prill 2024")
    document.save(path)
    return path


ROSKOVEC_DECISION_SR = [
    "REPUBLIKA ALBANIJA", "OPŠTINA ROSKOVEC", "OPŠTINSKO VEĆE", "Br. S136 Prot.",
    "Roskovec, 21. 07. 2021", "ODLUKA", "Br. S4, Datum 21. 07. 2021",
    "O USVAJANJU KAMPANJE PARTNERSTVA VEĆA OPŠTINE SA GRAĐANIMA",
    "Na osnovu zakona br. 139/2015 „O lokalnoj samoupravi“, član 16, tačka 1, član 18, član 19 i član 54, tačka k, "
    "zakona 146/2014 „O obaveštavanju i javnim konsultacijama“, Veće opštine,",
    "ODLUČILO JE:",
    "1. Usvaja se sprovođenje aktivnosti „Kampanja partnerstva Veća sa građanima“.",
    "2. Aktivnost će se sprovoditi prema detaljnom programu priloženom uz ovu odluku.",
    "3. Zadužuju se Opštinsko veće, predsednik Veća i Sekretarijat za sprovođenje ove odluke.",
    "4. Ova odluka stupa na snagu u skladu sa zakonom br. 139/2015 „O lokalnoj samoupravi“, član 55, tačka 6.",
    "PREDSEDNIK", "Kadri Hyska",
]  # fmt: skip


def roskovec_decision_sr_docx(path: Path) -> Path:
    """001's decision in its Serbian version (Latin script), on its own."""
    import docx

    document = docx.Document()
    for line in ROSKOVEC_DECISION_SR:
        document.add_paragraph(line)
    document.save(path)
    return path


LEZHE_SR = {
    "title": "„Osnaživanje zajednice u Opštini Lješ“ – Faza I",
    "goal": "Cilj ovog projekta je osnaživanje pojedinaca iz ranjivih zajednica, uključujući žene i devojčice, "
    "osobe sa invaliditetom, decu, mlade i starije osobe u Opštini Lješ.",
    "objectives": [
        "Stvaranje održivog modela centra za osnaživanje zajednice i usluga za najranjivije žene i muškarce;",
        "Jačanje osnaživanja lokalnih ranjivih zajednica kroz razmenu informacija;",
        "Obezbeđivanje integrisanih, dostupnih i ravnopravnih usluga socijalne zaštite.",
    ],
    "priorities": [
        "Podrška izgradnji otpornosti ranjivih zajednica u Opštini Lješ",
        "Stvaranje modela porodičnog obrazovanja za brigu o deci",
        "Poboljšanje socijalne kohezije zajednice u Opštini Lješ",
        "Osnaživanje pojedinaca i porodica",
    ],
    "sub_priorities": [
        "Utvrđivanje potreba, obezbeđivanje upućivanja i rane podrške za pojedince i porodice",
        "Pružanje podrške razvoju životnih i radnih veština za pojedince i porodice",
        "Razvoj sistema savetovanja i upućivanja na daljinu putem telefonske linije za pomoć",
    ],
    "donor": "Finansira USAID, a sprovodi UNDP Albanija u bliskoj saradnji sa Opštinom Lješ i organizacijom "
    "„Različiti i jednaki“.",
}


def lezhe_sr_docx(path: Path) -> Path:
    """003's page in its Serbian version, with the same labels in Serbian."""
    import docx

    t = LEZHE_SR
    document = docx.Document()
    document.add_paragraph(f"Naziv projekta: {t['title']}")
    document.add_paragraph("Područje projekta: Opština Lješ")
    _bold(document, "Opšti cilj:")
    document.add_paragraph(t["goal"])
    _bold(document, "Ciljevi projekta su:")
    for line in t["objectives"]:
        document.add_paragraph(f"– {line}")
    _bold(document, "Prioriteti:")
    for line in t["priorities"]:
        document.add_paragraph(line, style="List Bullet")
    _bold(document, "Podprioriteti:")
    for line in t["sub_priorities"]:
        document.add_paragraph(line, style="List Bullet")
    document.add_paragraph(f"Donator: {t['donor']}")
    document.add_paragraph("Period projekta: Oktobar 2023 – April 2024")
    document.save(path)
    return path
