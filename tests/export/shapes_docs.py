"""Documents in the shapes of the seed plans, built with the core's operations, for the PDF tests:
Korçë 004 (an operational plan: chapter IV with 4.1 and 4.1.1-4.1.4, chapter VI after the action plan, a
figure, an objective-level column), Roskovec 001 (a programme numbered 1, 1.1 … 2 with the column "Sqarim"
and its council's decision) and Lezhë 003 (a project of Tetor 2023 – Prill 2024 with a donor and priorities
of its own)."""

from __future__ import annotations

import io

from desktop.core import activity_levels as levels
from desktop.core import chapters, columns
from desktop.core import operations as op
from desktop.core.model import PART_ACTION_PLANS, PART_OBJECTIVES, Document


def png(width: int = 480, height: int = 240) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((width // 3, 10, 2 * width // 3, height // 3), outline="navy", width=4)
    for i in range(3):
        x = width * (2 * i + 1) // 6
        draw.rectangle((x - 50, 2 * height // 3, x + 50, height - 10), outline="navy", width=4)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _texts(sq: str, sr: str | None = None) -> dict[str, str]:
    return {"sq": sq, **({"sr": sr} if sr else {})}


def _clear(doc: Document) -> None:
    for section in list(doc.strategy.sections):
        op.delete_section(doc, section.id)


def _chapter(doc: Document, sq: str, sr: str, body_sq: str = "", body_sr: str = "", parent: str | None = None):
    texts = {"title": _texts(sq, sr)}
    if body_sq:
        texts["body"] = _texts(body_sq, body_sr)
    return chapters.add_chapter(doc, parent, texts).upserted[0]


STAFF = (
    ("Drejtuesi i qendrës", "Direktor centra"),
    ("Psikologu", "Psiholog"),
    ("Punonjësi social", "Socijalni radnik"),
    ("Edukatori", "Vaspitač"),
)
STRATEGY_COLUMN = ("Strategjia për përmbushjen e tij", "Strategija za ostvarivanje")


def korce(activities: int = 3, *, with_sr: bool = True) -> Document:
    """The Korçë community centre's operational plan 2020–2021 in its shape."""
    sr = (lambda text: text) if with_sr else (lambda text: None)
    doc = op.new_document({"sq": "Bashkia Korçë", "sr": "Opština Korča"}, country="AL")
    _clear(doc)
    op.set_text(doc, doc.strategy.id, "title", "sq", "Plani operacional i Qendrës Komunitare")
    if with_sr:
        op.set_text(doc, doc.strategy.id, "title", "sr", "Operativni plan Društvenog centra")
    op.set_period(doc, doc.strategy.id, 2020, 2021)
    chapters.set_plan_facts(doc, kind="operational_plan")
    _chapter(doc, "Hyrje", sr("Uvod"), "Qendra komunitare u hap në vitin 2019.", sr("Centar je otvoren 2019."))
    _chapter(doc, "Analiza e situatës", sr("Analiza situacije"), "Në qytet jetojnë 51 mijë banorë.", sr("U gradu."))
    staff = _chapter(doc, "Mjediset dhe personeli", sr("Prostorije i osoblje"), "Qendra ka katër mjedise.", sr("Ima."))
    people = _chapter(doc, "Personeli", sr("Osoblje"), "Personeli përbëhet nga katër punonjës.", sr("Četiri."), staff)
    for sq_title, sr_title in STAFF:
        _chapter(doc, sq_title, sr(sr_title), f"Detyrat e {sq_title.lower()}.", sr(f"Dužnosti: {sr_title}."), people)
    chapters.add_figure(doc, people, png(), _texts("Organigrama e qendrës", sr("Organigram centra")))
    _chapter(doc, "Financimi", sr("Finansiranje"), "Qendra financohet nga bashkia.", sr("Finansira opština."))
    # Objectives third, the action plan fifth (after chapter IV), financing after it: as the source orders them.
    chapters.move_in_outline(doc, PART_OBJECTIVES, 2)
    chapters.move_in_outline(doc, PART_ACTION_PLANS, 4)
    plan = doc.action_plan
    op.set_period(doc, plan.id, 2020, 2021)
    objectives = []
    for i, (sq_title, sr_title) in enumerate((("Shërbime për fëmijët", "Usluge za decu"), ("Fuqizimi", "Osnaživanje"))):
        oid = op.add_objective(doc, {"title": _texts(sq_title, sr(sr_title))}).upserted[0]
        objectives.append(oid)
        for n in range(1, activities + 1):
            title = _texts(f"Aktiviteti {i + 1}-{n} i qendrës", sr(f"Aktivnost {i + 1}-{n} centra"))
            aid = op.add_activity(doc, plan.id, oid, {"title": title, "responsible": _texts("Qendra", sr("Centar"))})
            op.add_budget_line(doc, aid.upserted[0], 2020, 1000, source="municipal")
    op.add_objective(doc, {"title": _texts("Objektiv pa aktivitete", sr("Cilj bez aktivnosti"))})
    column = columns.add_column(doc, plan.id, _texts(*STRATEGY_COLUMN), level="objective").upserted[-1]
    columns.move_column(doc, plan.id, column, 1)  # beside the activities, as the source has it
    for key in ("partners", "indicator", "target_groups"):
        columns.set_column_hidden(doc, plan.id, key, True)
    columns.set_cell(doc, column, objectives[0], "sq", "Puna në terren me familjet")
    columns.set_cell(doc, column, objectives[1], "sq", "Trajnime për prindërit")
    if with_sr:
        columns.set_cell(doc, column, objectives[0], "sr", "Terenski rad sa porodicama")
        columns.set_cell(doc, column, objectives[1], "sr", "Obuke za roditelje")
    return doc


ROSKOVEC_ROWS = (
    ("1.", "Ndërtimi i ndërfaqes së Këshillit", "Sekretari", "Realizohet me IT e Bashkisë", None),
    ("1.1", "Ngritja e rubrikave", "Sekretari", "Plan i detajuar në trajnime", 0),
    ("1.2", "Rubrika për ankesat", "Sekretariati", "Procesi kërkon angazhim të IT", 0),
    ("1.3", "Rubrika për dëgjesat", "Sekretariati", "Punë e vazhdueshme", 0),
    ("2.", "Rrjetet sociale", "Sekretariati", "Hapja e fanpage", None),
    ("3.", "Spoti video", "Kryetari", "Realizohet nga kontraktori", None),
)


def roskovec() -> Document:
    """The Roskovec council's programme: rows 1., 1.1-1.3, 2., 3. with the column "Sqarim", and its decision."""
    doc = op.new_document({"sq": "Bashkia Roskovec", "sr": "Opština Roskovec"}, country="AL")
    _clear(doc)
    op.set_text(doc, doc.strategy.id, "title", "sq", "Fushata e Partneritetit të Këshillit me qytetarët")
    op.set_text(doc, doc.strategy.id, "title", "sr", "Kampanja partnerstva Veća sa građanima")
    chapters.set_plan_facts(doc, kind="programme")
    plan = doc.action_plan
    oid = op.add_objective(doc, {"title": _texts("Komunikimi me qytetarët", "Komunikacija sa građanima")}).upserted[0]
    levels.set_activity_numbering(doc, plan.id, "kept")
    explain = columns.add_column(doc, plan.id, _texts("Sqarim", "Objašnjenje")).upserted[-1]
    for key in ("partners", "budget", "indicator", "target_groups"):
        columns.set_column_hidden(doc, plan.id, key, True)
    columns.rename_column(doc, plan.id, "responsible", "sq", "Personi përgjegjës")
    columns.rename_column(doc, plan.id, "timeframe", "sq", "Afati")
    parent = None
    for number, title, who, why, level in ROSKOVEC_ROWS:
        aid = op.add_activity(doc, plan.id, oid, {"title": _texts(title), "responsible": _texts(who)}).upserted[0]
        levels.set_activity_number(doc, aid, number)
        columns.set_cell(doc, explain, aid, "sq", why)
        if level is None:
            parent = aid
        else:
            levels.indent_activity(doc, aid)
            assert doc.get(aid).parent_id == parent
    return doc


def lezhe() -> Document:
    """The Lezhë project of Tetor 2023 – Prill 2024: its donor and the priorities of the project as a whole."""
    doc = op.new_document({"sq": "Bashkia Lezhë", "sr": "Opština Lješ"}, country="AL")
    _clear(doc)
    op.set_text(doc, doc.strategy.id, "title", "sq", "Projekti për përfshirjen sociale")
    op.set_text(doc, doc.strategy.id, "title", "sr", "Projekat socijalne uključenosti")
    op.set_period(doc, doc.strategy.id, 2023, 2024)
    chapters.set_plan_facts(doc, kind="project", start_month=10, end_month=4)
    op.set_text(doc, doc.strategy.id, "donors", "sq", "Qeveria Zvicerane")
    op.set_text(doc, doc.strategy.id, "donors", "sr", "Vlada Švajcarske")
    op.set_text(doc, doc.strategy.id, "partners", "sq", "Shoqata e Qarqeve\nQendra Sociale")
    op.set_text(doc, doc.strategy.id, "partners", "sr", "Udruženje okruga\nSocijalni centar")
    _chapter(doc, "Qëllimi", "Cilj", "Përfshirja sociale e grupeve në nevojë.", "Socijalna uključenost.")
    op.add_objective(doc, {"title": _texts("Shërbime të reja", "Nove usluge")})
    p1 = chapters.add_plan_priority(doc, {"title": _texts("Kohezioni social", "Socijalna kohezija")}).upserted[0]
    op.add_priority(doc, p1, {"title": _texts("Referimi i rasteve", "Upućivanje slučajeva")})
    chapters.add_plan_priority(doc, {"title": _texts("Punësimi", "Zapošljavanje")})
    return doc


ROSKOVEC_DECISION = {
    "header": ("REPUBLIKA E SHQIPËRISË\nBASHKIA ROSKOVEC\nKËSHILLI BASHKIAK", None),
    "protocol": ("Nr. S136 Prot.", "Br. S136 Prot."),
    "place_date": ("Roskovec, më 21, 07 2021", "Roskovec, 21. 07. 2021"),
    "title_word": ("VENDIM", "ODLUKA"),
    "number_line": ("Nr. S4, Datë 21, 07, 2021", "Br. S4, od 21. 07. 2021"),
    "subject": (
        "PËR MIRATIMIN E FUSHATËS SË PARTNERITETIT TË KËSHILLIT TË BASHKISË ME QYTETARËT",
        "O USVAJANJU KAMPANJE PARTNERSTVA VEĆA SA GRAĐANIMA",
    ),
    "legal_basis": (
        "Ligji nr. 139/2015 „Për vetëqeverisjen vendore“, neni 16, pika 1, neni 18, neni 19 dhe neni 54, pika k\n"
        "Ligji nr. 146/2014 „Për njoftimin dhe konsultimin publik“",
        "Zakon br. 139/2015 o lokalnoj samoupravi\nZakon br. 146/2014 o obaveštavanju i javnim konsultacijama",
    ),
    "preamble": (
        "Me propozim të Kryesisë së Këshillit, Këshilli i Bashkisë,",
        "Na predlog Predsedništva Veća, Opštinsko veće",
    ),
    "operative": ("VENDOSI :", "ODLUČILO JE:"),
    "points": (
        "Miratim të zhvillimit të aktivitetit „Fushata e Partneritetit të Këshillit me qytetarin“.\n\n"
        "Aktiviteti do të zhvillohet sipas programit të detajuar bashkangjitur këtij vendimi.\n\n"
        "Ngarkohet Këshilli Bashkiak për zbatimin e këtij vendimi.\n\n"
        "Ky vendim hyn në fuqi në bazë të ligjit Nr.139/2015 neni 55 pika 6.",
        "Usvaja se aktivnost „Kampanja partnerstva Veća sa građanima“.\n\n"
        "Aktivnost se sprovodi prema detaljnom programu priloženom ovoj odluci.\n\n"
        "Za sprovođenje ove odluke zadužuje se Opštinsko veće.\n\n"
        "Ova odluka stupa na snagu u skladu sa Zakonom br. 139/2015, član 55 tačka 6.",
    ),
    "signatory_title": ("KRYETAR", "PREDSEDNIK"),
    "signatory_name": ("Kadri Hyska", "Kadri Hiska"),
}


def roskovec_decision(doc: Document) -> Document:
    """The council's decision as the source writes it, each line in Albanian (and Serbian where given)."""
    from desktop.core import decision as dc

    dc.create_decision(doc, "AL")
    decision = doc.decision
    for name, (sq, sr) in ROSKOVEC_DECISION.items():
        op.set_text(doc, decision.id, name, "sq", sq)
        op.set_text(doc, decision.id, name, "sr", sr or "")
        op.set_text(doc, decision.id, name, "en", "")
    for name in ("issuing_body", "session"):
        for lang in ("sq", "sr", "en"):
            op.set_text(doc, decision.id, name, lang, "")
    dc.set_decision(doc, point_style="decimal")
    return doc
