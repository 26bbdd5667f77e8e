"""The PDF's fixed labels in Albanian, Serbian and English, and user texts in the chosen Serbian script.

The exporter does not use the interface catalogues: a document is printed in its own languages whatever
the interface language is, and the labels of an official document are chosen with care, not translated
string by string. Serbian labels are written in Latin and transliterated when the export is in Cyrillic.
"""

from __future__ import annotations

from functools import lru_cache

from desktop.core.text import MultiText
from desktop.translation.transliterate import convert, to_cyrillic

LABELS: dict[str, dict[str, str]] = {
    "sq": {
        "contents": "Përmbajtja",
        "page_of": "Faqja {n} nga {m}",
        "draft": "DRAFT",
        "missing": "[mungon në shqip]",
        "decision": "Vendimi nr. {number} i datës {date}",
        "period": "Periudha {period}",
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
        "baseline": "Vlera fillestare",
        "total": "Totali",
        "objective_total": "Totali i objektivit {n}",
        "totals": "Buxheti i planit të veprimit",
        "by_year": "Sipas vitit",
        "by_source": "Sipas burimit të financimit",
        "by_objective": "Sipas objektivit",
        "year": "Viti",
        "source": "Burimi",
        "amount": "Shuma",
        "context": "Konteksti",
        "vision": "Vizioni",
        "mission": "Misioni",
        "goal": "Qëllimi",
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
        "execution": "Realizimi i buxhetit",
        "comment": "Komenti",
        "indicators_result": "Treguesit: {met} të arritur, {partly} pjesërisht, {not_met} të paarritur",
        "no_data": "pa të dhëna",
        "status_chart": "Aktivitetet sipas statusit",
        "progress_chart": "Progresi sipas objektivit",
        "budget_chart": "Buxheti i planifikuar dhe i shpenzuar",
        "completed": "Realizuar",
        "in_progress": "Në proces",
        "delayed": "Me vonesë",
        "not_started": "Nuk ka filluar",
        "cancelled": "Anuluar",
        "postponed": "E shtyrë",
        "not_reported": "Pa raport",
    },
    "sr": {
        "contents": "Sadržaj",
        "page_of": "Strana {n} od {m}",
        "draft": "NACRT",
        "missing": "[nedostaje na srpskom]",
        "decision": "Odluka br. {number} od {date}",
        "period": "Period {period}",
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
        "baseline": "Početna vrednost",
        "total": "Ukupno",
        "objective_total": "Ukupno za cilj {n}",
        "totals": "Budžet akcionog plana",
        "by_year": "Po godini",
        "by_source": "Po izvoru finansiranja",
        "by_objective": "Po cilju",
        "year": "Godina",
        "source": "Izvor",
        "amount": "Iznos",
        "context": "Kontekst",
        "vision": "Vizija",
        "mission": "Misija",
        "goal": "Cilj",
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
        "execution": "Izvršenje budžeta",
        "comment": "Komentar",
        "indicators_result": "Indikatori: {met} ostvareno, {partly} delimično, {not_met} neostvareno",
        "no_data": "nema podataka",
        "status_chart": "Aktivnosti po statusu",
        "progress_chart": "Napredak po cilju",
        "budget_chart": "Planirani i potrošeni budžet",
        "completed": "Realizovano",
        "in_progress": "U toku",
        "delayed": "Kasni",
        "not_started": "Nije započeto",
        "cancelled": "Otkazano",
        "postponed": "Odloženo",
        "not_reported": "Bez izveštaja",
    },
    "en": {
        "contents": "Contents",
        "page_of": "Page {n} of {m}",
        "draft": "DRAFT",
        "missing": "[missing in English]",
        "decision": "Decision no. {number} of {date}",
        "period": "Period {period}",
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
        "baseline": "Baseline",
        "total": "Total",
        "objective_total": "Total for objective {n}",
        "totals": "Budget of the action plan",
        "by_year": "By year",
        "by_source": "By funding source",
        "by_objective": "By objective",
        "year": "Year",
        "source": "Source",
        "amount": "Amount",
        "context": "Context",
        "vision": "Vision",
        "mission": "Mission",
        "goal": "Goal",
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
        "execution": "Budget execution",
        "comment": "Comment",
        "indicators_result": "Indicators: {met} met, {partly} partly met, {not_met} not met",
        "no_data": "no data",
        "status_chart": "Activities by status",
        "progress_chart": "Progress by objective",
        "budget_chart": "Planned and spent budget",
        "completed": "Completed",
        "in_progress": "In progress",
        "delayed": "Delayed",
        "not_started": "Not started",
        "cancelled": "Cancelled",
        "postponed": "Postponed",
        "not_reported": "Not reported",
    },
}

# The state's name at the top of the cover, by Municipality.country.
COUNTRY_HEADER: dict[str, dict[str, str]] = {
    "XK": {"sq": "Republika e Kosovës", "sr": "Republika Kosovo", "en": "Republic of Kosovo"},
    "AL": {"sq": "Republika e Shqipërisë", "sr": "Republika Albanija", "en": "Republic of Albania"},
    "RS": {"sq": "Republika e Serbisë", "sr": "Republika Srbija", "en": "Republic of Serbia"},
}

# Albania's municipalities are "bashki", whose budget Albanian calls differently.
_COUNTRY_OVERRIDES: dict[tuple[str, str], dict[str, str]] = {("AL", "sq"): {"municipal": "Buxheti i bashkisë"}}

LANGUAGE_NAMES = {"sq": "Shqip", "sr": "Srpski", "en": "English"}


class Labels:
    """The labels of one language in one script: `labels["contents"]`, `labels.format("page_of", n=1, m=2)`."""

    def __init__(self, lang: str, script: str = "latn", country: str = "XK") -> None:
        self.lang = lang
        self.script = script if lang == "sr" else "latn"
        self._table = {**LABELS[lang], **_COUNTRY_OVERRIDES.get((country, lang), {})}
        self._country = country

    def __getitem__(self, key: str) -> str:
        return self._script(self._table[key])

    def format(self, key: str, **values: object) -> str:
        return self._script(self._table[key]).format(**values)

    def country(self) -> str:
        return self._script(COUNTRY_HEADER.get(self._country, COUNTRY_HEADER["XK"])[self.lang])

    def language_name(self) -> str:
        return self._script(LANGUAGE_NAMES[self.lang])

    def _script(self, text: str) -> str:
        return _cyrillic(text) if self.script == "cyrl" else text


@lru_cache(maxsize=1024)
def _cyrillic(text: str) -> str:
    return to_cyrillic(text)


@lru_cache(maxsize=65536)
def _converted(text: str, script: str) -> str:
    return convert(text, script)


def text_in(mt: MultiText, lang: str, script: str = "latn") -> str:
    """A user text in `lang` ("" when missing), Serbian in the chosen script whatever it was stored in."""
    text = mt.get(lang)
    if lang == "sr" and text:
        return _converted(text, script)
    return text


def number_locale(lang: str, script: str = "latn") -> str:
    """The `desktop.formatting` language code for numbers: Serbian Cyrillic has its own."""
    return "sr-Cyrl" if lang == "sr" and script == "cyrl" else lang


def pdf_language(lang: str, script: str = "latn") -> str:
    """The BCP 47 tag of the PDF's /Lang entry."""
    return {"sq": "sq", "en": "en"}.get(lang) or ("sr-Cyrl" if script == "cyrl" else "sr-Latn")
