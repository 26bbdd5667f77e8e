"""Fixed labels of exported documents that any exporter can use without reportlab: the words printed around
the user's texts (column headers, the objective's band, the DRAFT mark and the draft or approval line, the
review's words, the decision's own wording), in Albanian, Serbian (Latin; transliterated for Cyrillic) and
English.

The values are the PDF's own (desktop/export/pdf/texts.py, which imports reportlab through its package):
tests/export/test_docx_labels.py checks they stay the same, so a Word file and a PDF of one plan say the
same words.
"""

from __future__ import annotations

from functools import lru_cache

from desktop.core.text import MultiText
from desktop.translation.transliterate import convert, to_cyrillic, when_kept_names_change

LABELS: dict[str, dict[str, str]] = {
    "sq": {
        "draft": "DRAFT",
        "draft_version": "Drafti i versionit {n}, {date}",
        "draft_version_plain": "Drafti i versionit {n}",
        "decision": "Vendimi nr. {number} i datës {date}",
        "missing": "[mungon në shqip]",
        "outdated": "[i vjetëruar]",
        "strategy": "Strategjia",
        "action_plan": "Plani i veprimit",
        "objectives": "Objektivat strategjike",
        "objective": "Objektivi strategjik {n}",
        "target_groups": "Grupet e synuara",
        "col_no": "Nr.",
        "col_activity": "Aktiviteti",
        "col_responsible": "Përgjegjës",
        "col_partners": "Partnerët",
        "col_timeframe": "Afati kohor",
        "col_budget": "Buxheti dhe burimi",
        "col_indicators": "Treguesit",
        "notes": "Shënime",
        "context": "Konteksti",
        "vision": "Vizioni",
        "mission": "Misioni",
        "goal": "Qëllimi",
        "baseline": "Vlera fillestare",
        "total": "Totali",
        "objective_total": "Totali i objektivit {n}",
        "municipal": "Buxheti komunal",
        "central": "Niveli qendror",
        "donor": "Donatorë",
        "other": "Tjetër",
        "review": "Shqyrtimi vjetor i zbatimit {year}",
        "summary": "Përmbledhje",
        "overall": "Plani në tërësi",
        "activities": "Aktivitete",
        "progress": "Progresi",
        "status": "Statusi",
        "spent": "Shpenzuar",
        "planned": "Planifikuar",
        "comment": "Komenti",
        "completed": "Realizuar",
        "in_progress": "Në proces",
        "delayed": "Me vonesë",
        "not_started": "Nuk ka filluar",
        "cancelled": "Anuluar",
        "postponed": "E shtyrë",
        "not_reported": "Pa raport",
        "no_data": "pa të dhëna",
        "execution": "Realizimi i buxhetit",
        # Not in the PDF's table (yet): figures, the kinds of document, the plan's own facts.
        "figure": "Figura {n}",
        "operational_plan": "Plani operacional",
        "programme": "Programi",
        "project": "Projekti",
        "priorities": "Prioritetet",
        "donors": "Donatorët",
        "implementing_partners": "Partnerët zbatues",
    },
    "sr": {
        "draft": "NACRT",
        "draft_version": "Nacrt verzije {n}, {date}",
        "draft_version_plain": "Nacrt verzije {n}",
        "decision": "Odluka br. {number} od {date}",
        "missing": "[nedostaje na srpskom]",
        "outdated": "[zastarelo]",
        "strategy": "Strategija",
        "action_plan": "Akcioni plan",
        "objectives": "Strateški ciljevi",
        "objective": "Strateški cilj {n}",
        "target_groups": "Ciljne grupe",
        "col_no": "Br.",
        "col_activity": "Aktivnost",
        "col_responsible": "Odgovoran",
        "col_partners": "Partneri",
        "col_timeframe": "Vremenski okvir",
        "col_budget": "Budžet i izvor",
        "col_indicators": "Indikatori",
        "notes": "Napomene",
        "context": "Kontekst",
        "vision": "Vizija",
        "mission": "Misija",
        "goal": "Cilj",
        "baseline": "Početna vrednost",
        "total": "Ukupno",
        "objective_total": "Ukupno za cilj {n}",
        "municipal": "Opštinski budžet",
        "central": "Centralni nivo",
        "donor": "Donatori",
        "other": "Ostalo",
        "review": "Godišnji pregled sprovođenja {year}",
        "summary": "Rezime",
        "overall": "Plan u celini",
        "activities": "Aktivnosti",
        "progress": "Napredak",
        "status": "Status",
        "spent": "Potrošeno",
        "planned": "Planirano",
        "comment": "Komentar",
        "completed": "Realizovano",
        "in_progress": "U toku",
        "delayed": "Kasni",
        "not_started": "Nije započeto",
        "cancelled": "Otkazano",
        "postponed": "Odloženo",
        "not_reported": "Bez izveštaja",
        "no_data": "nema podataka",
        "execution": "Izvršenje budžeta",
        # Not in the PDF's table (yet): figures, the kinds of document, the plan's own facts.
        "figure": "Slika {n}",
        "operational_plan": "Operativni plan",
        "programme": "Program",
        "project": "Projekat",
        "priorities": "Prioriteti",
        "donors": "Donatori",
        "implementing_partners": "Partneri u sprovođenju",
    },
    "en": {
        "draft": "DRAFT",
        "draft_version": "Draft of version {n}, {date}",
        "draft_version_plain": "Draft of version {n}",
        "decision": "Decision no. {number} of {date}",
        "missing": "[missing in English]",
        "outdated": "[outdated]",
        "strategy": "Strategy",
        "action_plan": "Action plan",
        "objectives": "Strategic objectives",
        "objective": "Strategic objective {n}",
        "target_groups": "Target groups",
        "col_no": "No.",
        "col_activity": "Activity",
        "col_responsible": "Responsible",
        "col_partners": "Partners",
        "col_timeframe": "Time frame",
        "col_budget": "Budget and source",
        "col_indicators": "Indicators",
        "notes": "Notes",
        "context": "Context",
        "vision": "Vision",
        "mission": "Mission",
        "goal": "Goal",
        "baseline": "Baseline",
        "total": "Total",
        "objective_total": "Total for objective {n}",
        "municipal": "Municipal budget",
        "central": "Central government",
        "donor": "Donors",
        "other": "Other",
        "review": "Annual implementation review {year}",
        "summary": "Summary",
        "overall": "The plan as a whole",
        "activities": "Activities",
        "progress": "Progress",
        "status": "Status",
        "spent": "Spent",
        "planned": "Planned",
        "comment": "Comment",
        "completed": "Completed",
        "in_progress": "In progress",
        "delayed": "Delayed",
        "not_started": "Not started",
        "cancelled": "Cancelled",
        "postponed": "Postponed",
        "not_reported": "Not reported",
        "no_data": "no data",
        "execution": "Budget execution",
        # Not in the PDF's table (yet): figures, the kinds of document, the plan's own facts.
        "figure": "Figure {n}",
        "operational_plan": "Operational plan",
        "programme": "Programme",
        "project": "Project",
        "priorities": "Priorities",
        "donors": "Donors",
        "implementing_partners": "Implementing partners",
    },
}

# A standard column's printed name by its key (core.model.STANDARD_COLUMNS) when the plan gives it none.
COLUMN_LABELS: dict[str, str] = {
    "number": "col_no",
    "activity": "col_activity",
    "responsible": "col_responsible",
    "partners": "col_partners",
    "timeframe": "col_timeframe",
    "budget": "col_budget",
    "indicator": "col_indicators",
    "target_groups": "target_groups",
    "notes": "notes",
}

COUNTRY_HEADER: dict[str, dict[str, str]] = {
    "XK": {"sq": "Republika e Kosovës", "sr": "Republika Kosovo", "en": "Republic of Kosovo"},
    "AL": {"sq": "Republika e Shqipërisë", "sr": "Republika Albanija", "en": "Republic of Albania"},
    "RS": {"sq": "Republika e Serbisë", "sr": "Republika Srbija", "en": "Republic of Serbia"},
}
# Albania's municipalities are "bashki", whose budget Albanian calls differently.
COUNTRY_OVERRIDES: dict[tuple[str, str], dict[str, str]] = {("AL", "sq"): {"municipal": "Buxheti i bashkisë"}}

# The decision's own words where its line is empty (as desktop/export/pdf/decision.py prints them).
DECISION_LABELS: dict[str, dict[str, str]] = {
    "sq": {
        "title": "VENDIM",
        "kind": "Vendim",
        "number": "Nr. {number}",
        "date": "Data: {date}",
        "session": "Seanca: {session}",
        "legal_basis": "Baza ligjore",
        "about": "për miratimin e dokumentit „{title}“",
    },
    "sr": {
        "title": "ODLUKA",
        "kind": "Odluka",
        "number": "Br. {number}",
        "date": "Datum: {date}",
        "session": "Sednica: {session}",
        "legal_basis": "Pravni osnov",
        "about": "o usvajanju dokumenta „{title}“",
    },
    "en": {
        "title": "DECISION",
        "kind": "Decision",
        "number": "No. {number}",
        "date": "Date: {date}",
        "session": "Session: {session}",
        "legal_basis": "Legal basis",
        "about": "on the approval of “{title}”",
    },
}

# Written out in Cyrillic: the DRAFT mark must never be Latin on a Cyrillic page (transliteration keeps a
# word in capitals in Latin, taking it for an acronym).
CYRILLIC_LABELS: dict[str, str] = {"draft": "НАЦРТ"}


class Labels:
    """The labels of one language in one script: `labels["total"]`, `labels.format("objective", n=1)`."""

    def __init__(self, lang: str, script: str = "latn", country: str = "XK") -> None:
        self.lang = lang
        self.script = script if lang == "sr" else "latn"
        self.country_code = country
        self._table = {**LABELS[lang], **COUNTRY_OVERRIDES.get((country, lang), {})}

    def __getitem__(self, key: str) -> str:
        if self.script == "cyrl" and key in CYRILLIC_LABELS:
            return CYRILLIC_LABELS[key]
        return self._script(self._table[key])

    def format(self, key: str, **values: object) -> str:
        return self._script(self._table[key]).format(**values)

    def decision(self, key: str, **values: object) -> str:
        return self._script(DECISION_LABELS[self.lang][key]).format(**values)

    def country(self) -> str:
        return self._script(COUNTRY_HEADER.get(self.country_code, COUNTRY_HEADER["XK"])[self.lang])

    def column(self, key: str) -> str:
        return self[COLUMN_LABELS[key]]

    def _script(self, text: str) -> str:
        return _cyrillic(text) if self.script == "cyrl" else text


@lru_cache(maxsize=1024)
def _cyrillic(text: str) -> str:
    return to_cyrillic(text)


@lru_cache(maxsize=65536)
def _converted(text: str, script: str) -> str:
    return convert(text, script)


when_kept_names_change(_cyrillic.cache_clear)
when_kept_names_change(_converted.cache_clear)


def text_in(mt: MultiText, lang: str, script: str = "latn") -> str:
    """A user text in `lang` ("" when missing), Serbian in the chosen script whatever it was stored in."""
    text = mt.get(lang)
    return _converted(text, script) if lang == "sr" and text else text
