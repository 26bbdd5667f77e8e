"""The draft assembly decision approving the plan: created from a template, edited, then approved.

The municipal assembly (Kosovo) or municipal council (Albania) adopts the strategy and its action plan
by a decision. `create_decision` fills it with the template's official wording in Albanian, Serbian
(Latin) and English; its texts are then edited like any other with `operations.set_text`, and
`set_decision` records the number and date once the assembly approved it. The texts a template fills in
are drafts until someone confirms them. Whether a PDF carries the decision's number instead of the DRAFT
mark depends on its content being an approved version (see `versions.approved_as`).
"""

from __future__ import annotations

from datetime import date

from desktop.core.model import Decision, DecisionTemplate, Document
from desktop.core.operations import KEEP, Change, OperationError, apply_texts, editable, guard
from desktop.core.text import TState

MAX_NUMBER_LENGTH = 60
LANGS = ("sq", "sr", "en")

# Each template's texts per language; {title} is the plan's title in that language (see _points).
# Points are paragraphs (separated by a blank line): the PDF numbers them I, II, III.
TEMPLATES: dict[str, dict[str, dict[str, str]]] = {
    DecisionTemplate.KOSOVO: {
        "issuing_body": {
            "sq": "Kuvendi Komunal",
            "sr": "Skupština opštine",
            "en": "Municipal Assembly",
        },
        "session": {
            "sq": "seanca e ____ e rregullt",
            "sr": "____ redovna sednica",
            "en": "the ____ regular session",
        },
        "legal_basis": {
            "sq": "Ligji Nr. 03/L-040 për Vetëqeverisjen Lokale, neni 12\n"
            "Ligji Nr. 02/L-17 për Shërbimet Sociale dhe Familjare\n"
            "Statuti i Komunës",
            "sr": "Zakon br. 03/L-040 o lokalnoj samoupravi, član 12\n"
            "Zakon br. 02/L-17 o socijalnim i porodičnim uslugama\n"
            "Statut opštine",
            "en": "Law No. 03/L-040 on Local Self-Government, Article 12\n"
            "Law No. 02/L-17 on Social and Family Services\n"
            "Statute of the Municipality",
        },
        "preamble": {
            "sq": "Në mbështetje të nenit 12 të Ligjit Nr. 03/L-040 për Vetëqeverisjen Lokale, të Ligjit "
            "Nr. 02/L-17 për Shërbimet Sociale dhe Familjare dhe të Statutit të Komunës, Kuvendi Komunal, "
            "në seancën e mbajtur më ____, miraton:",
            "sr": "Na osnovu člana 12 Zakona br. 03/L-040 o lokalnoj samoupravi, Zakona br. 02/L-17 o "
            "socijalnim i porodičnim uslugama i Statuta opštine, Skupština opštine, na sednici održanoj "
            "____, donosi:",
            "en": "Pursuant to Article 12 of Law No. 03/L-040 on Local Self-Government, Law No. 02/L-17 on "
            "Social and Family Services and the Statute of the Municipality, the Municipal Assembly, at its "
            "session held on ____, adopts the following:",
        },
        "points": {
            "sq": "Miratohet „{title}“ me Planin e veprimit, si pjesë përbërëse e këtij vendimi.\n\n"
            "Për zbatimin e këtij vendimi ngarkohet Drejtoria për Shëndetësi dhe Mirëqenie Sociale.\n\n"
            "Ky vendim hyn në fuqi shtatë (7) ditë pas publikimit në Gazetën Zyrtare të Komunës.",
            "sr": "Usvaja se „{title}“ sa Akcionim planom, kao sastavni deo ove odluke.\n\n"
            "Za sprovođenje ove odluke zadužuje se Direkcija za zdravstvo i socijalnu zaštitu.\n\n"
            "Ova odluka stupa na snagu sedam (7) dana od dana objavljivanja u Službenom glasniku opštine.",
            "en": "The “{title}” and its Action Plan, an integral part of this decision, are approved.\n\n"
            "The Directorate for Health and Social Welfare is charged with the implementation of this "
            "decision.\n\n"
            "This decision enters into force seven (7) days after its publication in the Official Gazette "
            "of the Municipality.",
        },
        "signatory_title": {
            "sq": "Kryesuesi i Kuvendit Komunal",
            "sr": "Predsedavajući Skupštine opštine",
            "en": "Chairperson of the Municipal Assembly",
        },
    },
    DecisionTemplate.ALBANIA: {
        "issuing_body": {
            "sq": "Këshilli Bashkiak",
            "sr": "Opštinsko veće",
            "en": "Municipal Council",
        },
        "session": {
            "sq": "mbledhja e ____",
            "sr": "sednica od ____",
            "en": "the meeting of ____",
        },
        "legal_basis": {
            "sq": "Ligji nr. 139/2015 për vetëqeverisjen vendore, neni 54\n"
            "Ligji nr. 121/2016 për shërbimet e kujdesit shoqëror në Republikën e Shqipërisë\n"
            "Statuti i Bashkisë",
            "sr": "Zakon br. 139/2015 o lokalnoj samoupravi, član 54\n"
            "Zakon br. 121/2016 o uslugama socijalne zaštite u Republici Albaniji\n"
            "Statut opštine",
            "en": "Law No. 139/2015 on Local Self-Government, Article 54\n"
            "Law No. 121/2016 on Social Care Services in the Republic of Albania\n"
            "Statute of the Municipality",
        },
        "preamble": {
            "sq": "Në mbështetje të nenit 54 të Ligjit nr. 139/2015 për vetëqeverisjen vendore, të Ligjit "
            "nr. 121/2016 për shërbimet e kujdesit shoqëror në Republikën e Shqipërisë dhe të Statutit të "
            "Bashkisë, me propozimin e Kryetarit të Bashkisë, Këshilli Bashkiak",
            "sr": "Na osnovu člana 54 Zakona br. 139/2015 o lokalnoj samoupravi, Zakona br. 121/2016 o "
            "uslugama socijalne zaštite u Republici Albaniji i Statuta opštine, na predlog predsednika "
            "opštine, Opštinsko veće",
            "en": "Pursuant to Article 54 of Law No. 139/2015 on Local Self-Government, Law No. 121/2016 on "
            "Social Care Services in the Republic of Albania and the Statute of the Municipality, on the "
            "proposal of the Mayor, the Municipal Council",
        },
        "points": {
            "sq": "Miratimin e „{title}“ dhe të Planit të veprimit, si pjesë përbërëse e këtij vendimi.\n\n"
            "Ngarkohet Drejtoria e Shërbimeve Sociale për zbatimin e këtij vendimi.\n\n"
            "Ky vendim hyn në fuqi në ditën e miratimit.",
            "sr": "Usvaja se „{title}“ sa Akcionim planom, kao sastavni deo ove odluke.\n\n"
            "Za sprovođenje ove odluke zadužuje se Direkcija za socijalne usluge.\n\n"
            "Ova odluka stupa na snagu danom donošenja.",
            "en": "The “{title}” and its Action Plan, an integral part of this decision, are approved.\n\n"
            "The Directorate of Social Services is charged with the implementation of this decision.\n\n"
            "This decision enters into force on the day of its approval.",
        },
        "signatory_title": {
            "sq": "Kryetari i Këshillit Bashkiak",
            "sr": "Predsednik Opštinskog veća",
            "en": "Chairperson of the Municipal Council",
        },
    },
}

# The lines of the decision's head a template fills as the assembly writes them: the header (the state, the
# municipality, the body: one per line), the title word, the subject and the operative word. {municipality}
# and {title} are the document's own; a line whose value is missing is left out. The protocol, place and date
# and number lines are the act's own: left empty, the PDF prints the decision's number and date there.
_STATE = {
    DecisionTemplate.KOSOVO: {"sq": "Republika e Kosovës", "sr": "Republika Kosovo", "en": "Republic of Kosovo"},
    DecisionTemplate.ALBANIA: {"sq": "Republika e Shqipërisë", "sr": "Republika Albanija", "en": "Republic of Albania"},
}
HEAD_LINES: dict[str, dict[str, str]] = {
    "title_word": {"sq": "VENDIM", "sr": "ODLUKA", "en": "DECISION"},
    "subject": {
        "sq": "për miratimin e dokumentit „{title}“",
        "sr": "o usvajanju dokumenta „{title}“",
        "en": "on the approval of “{title}”",
    },
}
# The word before the points: the council's "VENDOSI:"; the Kosovo template's preamble ends "miraton:" itself.
OPERATIVE: dict[str, dict[str, str]] = {
    DecisionTemplate.ALBANIA: {"sq": "VENDOSI:", "sr": "ODLUČILO JE:", "en": "DECIDED:"},
}

# The plan's name in the points when the strategy has no title in that language.
_PLAN_NAME = {
    "sq": "Strategjia komunale për shërbimet sociale dhe familjare",
    "sr": "Opštinska strategija za socijalne i porodične usluge",
    "en": "Municipal Strategy for Social and Family Services",
}


def template_texts(doc: Document, template: str) -> dict[str, dict[str, str]]:
    """The texts of a template in the three languages, with the plan's title in the points."""
    try:
        texts = TEMPLATES[DecisionTemplate(template)]
    except ValueError:
        raise OperationError(f"unknown decision template {template!r} (expected XK or AL)") from None
    out = {name: dict(values) for name, values in texts.items()}
    kind = DecisionTemplate(template)

    def title(lang: str) -> str:
        return doc.strategy.title.get(lang) or _PLAN_NAME[lang]

    out["points"] = {lang: text.format(title=title(lang)) for lang, text in texts["points"].items()}
    out["header"] = {}
    for lang in LANGS:
        municipality = doc.municipality.name.get(lang)
        lines = [_STATE[kind][lang], municipality, texts["issuing_body"][lang]]
        out["header"][lang] = "\n".join(line for line in lines if line)
    for name, values in HEAD_LINES.items():
        out[name] = {lang: text.format(title=title(lang)) for lang, text in values.items()}
    if kind in OPERATIVE:
        out["operative"] = dict(OPERATIVE[kind])
    return out


@guard
def create_decision(doc: Document, template: str) -> Change:
    """Create the draft decision from a template (XK municipal assembly, AL municipal council)."""
    if doc.decision is not None:
        raise OperationError("the document already has a decision")
    texts = template_texts(doc, template)
    decision = Decision(template=DecisionTemplate(template).value)
    _fill(decision, texts)
    doc.decision = decision
    doc._register(decision, doc)
    return Change("create_decision", upserted=[decision.id])


def _fill(decision: Decision, texts: dict[str, dict[str, str]], names: list[str] | None = None) -> None:
    """Put the template's wording into the decision's lines (`names`, else all it has): a proposal, a draft in
    every language until someone confirms or edits it."""
    names = list(texts) if names is None else names
    apply_texts(decision, {name: texts[name] for name in names})
    for name in names:
        mt = decision.text(name)
        for lang in texts[name]:
            if mt.get(lang):
                mt.set_state(lang, TState.DRAFT)


@guard
def apply_template(doc: Document, template: str, *, replace: bool = False) -> Change:
    """Fill the decision's empty lines with a template's wording (XK municipal assembly, AL municipal
    council), as drafts; with `replace`, every line the template has, written or not. A line no language
    has written is empty; a line written in some language is the group's and is kept (unless `replace`)."""
    decision = doc.decision
    if decision is None:
        raise OperationError("the document has no decision; create it first")
    editable(doc, decision)
    texts = template_texts(doc, template)
    names = [name for name in texts if replace or decision.text(name).is_empty()]
    decision.template = DecisionTemplate(template).value
    _fill(decision, texts, names)
    return Change("apply_decision_template", upserted=[decision.id])


@guard
def delete_decision(doc: Document) -> Change:
    decision = doc.decision
    if decision is None:
        raise OperationError("the document has no decision")
    doc.decision = None
    doc._unregister(decision)
    return Change("delete_decision", removed=[decision.id])


def _iso_date(value: object) -> str:
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise OperationError("the decision's date must be a date (YYYY-MM-DD)") from None


POINT_STYLES = ("roman", "decimal")


@guard
def set_decision(
    doc: Document,
    *,
    number: object = KEEP,
    date: object = KEEP,
    approved: object = KEEP,
    point_style: object = KEEP,
) -> Change:
    """Record the decision's number, date (ISO) and whether the assembly approved it (True / "yes"), or how its
    points are numbered ("roman": I., II.; "decimal": 1., 2.)."""
    decision = doc.decision
    if decision is None:
        raise OperationError("the document has no decision; create it first")
    values: dict[str, object] = {}
    if number is not KEEP:
        number = str(number).strip() if number is not None else ""
        if len(number) > MAX_NUMBER_LENGTH or "\n" in number:
            raise OperationError("the decision's number must be one short line")
        values["number"] = number or None
    if date is not KEEP:
        values["date"] = _iso_date(date) if date else None
    if approved is not KEEP:
        if approved in (True, "yes"):
            values["approved"] = "yes"
        elif approved in (False, None, "", "no"):
            values["approved"] = None
        else:
            raise OperationError(f"approved must be yes or no, not {approved!r}")
    if point_style is not KEEP:
        if point_style not in POINT_STYLES:
            raise OperationError(f"points are numbered roman or decimal, not {point_style!r}")
        values["point_style"] = point_style
    number_after = values.get("number", decision.number)
    date_after = values.get("date", decision.date)
    if values.get("approved", decision.approved) == "yes" and not (number_after and date_after):
        raise OperationError("an approved decision needs its number and date")
    changed = [name for name, value in values.items() if getattr(decision, name) != value]
    for name in changed:
        setattr(decision, name, values[name])
    return Change("set_decision", upserted=[decision.id] if changed else [])
