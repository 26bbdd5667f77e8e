"""The PDF's fixed labels in Albanian, Serbian and English, and user texts in the chosen Serbian script.

The exporter does not use the interface catalogues: a document is printed in its own languages whatever
the interface language is, and the labels of an official document are chosen with care, not translated
string by string. Serbian labels are written in Latin and transliterated when the export is in Cyrillic.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from desktop.core.text import MultiText
from desktop.translation.transliterate import convert, to_cyrillic, when_kept_names_change

LABELS: dict[str, dict[str, str]] = {
    "sq": {
        "contents": "Përmbajtja",
        "page_of": "Faqja {n} nga {m}",
        "draft": "DRAFT",
        "missing": "[mungon në shqip]",
        "outdated": "[i vjetëruar]",
        "draft_version": "Drafti i versionit {n}, {date}",
        "draft_version_plain": "Drafti i versionit {n}",
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
        # The kind of document (cover, running header), the plan's own columns and facts, figures.
        "kind_strategy": "Strategjia",
        "kind_action_plan": "Plani i veprimit",
        "kind_operational_plan": "Plani operacional",
        "kind_programme": "Programi",
        "kind_project": "Projekti",
        "col_target_groups": "Grupet e synuara",
        "col_notes": "Shënime",
        "with_subs": "Gjithsej me nënaktivitetet",
        "no_activities": "Plani i veprimit nuk ka ende aktivitete.",
        "figure": "Figura {n}",
        "donors": "Donatorët",
        "implementing_partners": "Partnerët zbatues",
        "priorities": "Prioritetet",
        "annexes": "Shtojcat",
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
        # The advisory group: minutes of a meeting, the strategy's annexes.
        "minutes_title": "Procesverbal i takimit të grupit këshillëdhënës",
        "minutes": "Procesverbali, {date}",
        "meeting_date": "Data: {date}",
        "meeting_place": "Vendi: {place}",
        "attendance": "Pjesëmarrja",
        "present": "Të pranishëm",
        "absent": "Munguan",
        "guests": "Të ftuar",
        "agenda": "Rendi i ditës",
        "proceedings": "Rrjedha e takimit",
        "decisions": "Vendimet",
        "concerns": "Ka të bëjë me: {items}",
        "follow_ups": "Detyrat për ndjekje",
        "col_what": "Detyra",
        "col_who": "Kush",
        "col_due": "Afati",
        "done_on": "Kryer më {date}",
        "open": "E hapur",
        "notes": "Shënime",
        "role_chair": "Kryesues",
        "role_member": "Anëtar",
        "role_secretary": "Sekretar",
        "role_consultant": "Konsulent",
        "sector_municipality": "Komuna",
        "sector_civil_society": "Shoqëria civile",
        "sector_social_centre": "Qendra për Punë Sociale",
        "sector_health": "Shëndetësia",
        "sector_education": "Arsimi",
        "sector_police": "Policia",
        "sector_international": "Organizatë ndërkombëtare",
        "sector_other": "Tjetër",
        "method_focus_group": "Grup fokusi",
        "method_interview": "Intervistë",
        "method_workshop": "Punëtori",
        "method_public_hearing": "Dëgjim publik",
        "method_survey": "Anketë",
        "method_other": "Tjetër",
        "annex": "Shtojca {n}",
        "members_annex": "Anëtarët e grupit këshillëdhënës",
        "consultation_annex": "Procesi i konsultimit",
        "col_name": "Emri",
        "col_organisation": "Organizata",
        "col_role": "Roli",
        "col_sector": "Sektori",
        "col_date": "Data",
        "col_method": "Metoda",
        "col_place": "Vendi",
        "col_topic": "Tema dhe vendi",
        "col_sessions": "Seanca",
        "col_participants": "Pjesëmarrës",
        "col_objectives": "Objektivat",
        "col_consultations": "Konsultime",
        "by_method": "Konsultimet sipas metodës",
        "by_gender": "Pjesëmarrësit sipas gjinisë",
        "women": "Gra",
        "men": "Burra",
        "unspecified": "Të padeklaruar",
        "findings": "Gjetjet kryesore",
        # Items of the plan, as a decision or a change names them.
        "item_priority": "Prioriteti {n}",
        "item_activity": "Aktiviteti {n}",
        "item_section": "Kapitulli",
        "item_target_group": "Grupi i synuar",
        "item_municipality": "Komuna",
        "item_decision": "Vendimi i miratimit",
        "item_indicator": "Treguesi",
        # Changes since the approved version.
        "changes_title": "Ndryshimet që nga versioni i miratuar",
        "previous": "Versioni i mëparshëm: {what}",
        "current": "Versioni i ri: {what}",
        "version_line": "Versioni {n}, miratuar më {date} (vendimi nr. {number}, {body})",
        "draft_of": "Drafti i punës i datës {date}",
        "draft_plain": "Drafti i punës",
        "added": "Shtuar",
        "removed": "Hequr",
        "changed": "Ndryshuar",
        "moved": "Zhvendosur",
        "moved_place": "Vendi në plan – para: {old}; pas: {new}",
        "reordered": "Ndryshoi renditja",
        "no_changes": "Nuk ka ndryshime.",
        "unchanged": "pa ndryshim",
        "target_year": "Vlera e synuar {year}",
        "field_title": "Titulli",
        "field_description": "Përshkrimi",
        "field_body": "Teksti",
        "field_name": "Emërtimi",
        "field_timeframe_note": "Shënim për afatin",
        "field_notes": "Shënime",
        "field_unit": "Njësia",
        "field_issuing_body": "Organi nxjerrës",
        "field_session": "Seanca",
        "field_legal_basis": "Baza ligjore",
        "field_preamble": "Preambula",
        "field_points": "Pikat e vendimit",
        "field_signatory_title": "Funksioni i nënshkruesit",
        "field_signatory_name": "Nënshkruesi",
        "field_start_year": "Viti i fillimit",
        "field_end_year": "Viti i përfundimit",
        "field_country": "Shteti",
        "field_currency": "Monedha",
        "field_number": "Numri i vendimit",
        "field_date": "Data e vendimit",
        "field_emblem": "Stema",
        "field_budget": "Buxheti",
    },
    "sr": {
        "contents": "Sadržaj",
        "page_of": "Strana {n} od {m}",
        "draft": "NACRT",
        "missing": "[nedostaje na srpskom]",
        "outdated": "[zastarelo]",
        "draft_version": "Nacrt verzije {n}, {date}",
        "draft_version_plain": "Nacrt verzije {n}",
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
        # The kind of document (cover, running header), the plan's own columns and facts, figures.
        "kind_strategy": "Strategija",
        "kind_action_plan": "Akcioni plan",
        "kind_operational_plan": "Operativni plan",
        "kind_programme": "Program",
        "kind_project": "Projekat",
        "col_target_groups": "Ciljne grupe",
        "col_notes": "Napomene",
        "with_subs": "Ukupno sa podaktivnostima",
        "no_activities": "Akcioni plan još nema aktivnosti.",
        "figure": "Slika {n}",
        "donors": "Donatori",
        "implementing_partners": "Partneri u sprovođenju",
        "priorities": "Prioriteti",
        "annexes": "Prilozi",
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
        # The advisory group: minutes of a meeting, the strategy's annexes.
        "minutes_title": "Zapisnik sa sastanka savetodavne grupe",
        "minutes": "Zapisnik, {date}",
        "meeting_date": "Datum: {date}",
        "meeting_place": "Mesto: {place}",
        "attendance": "Prisustvo",
        "present": "Prisutni",
        "absent": "Odsutni",
        "guests": "Gosti",
        "agenda": "Dnevni red",
        "proceedings": "Tok sastanka",
        "decisions": "Odluke",
        "concerns": "Odnosi se na: {items}",
        "follow_ups": "Zaduženja",
        "col_what": "Zadatak",
        "col_who": "Ko",
        "col_due": "Rok",
        "done_on": "Urađeno {date}",
        "open": "Otvoreno",
        "notes": "Napomene",
        "role_chair": "Predsedavajući",
        "role_member": "Član",
        "role_secretary": "Sekretar",
        "role_consultant": "Konsultant",
        "sector_municipality": "Opština",
        "sector_civil_society": "Civilno društvo",
        "sector_social_centre": "Centar za socijalni rad",
        "sector_health": "Zdravstvo",
        "sector_education": "Obrazovanje",
        "sector_police": "Policija",
        "sector_international": "Međunarodna organizacija",
        "sector_other": "Ostalo",
        "method_focus_group": "Fokus grupa",
        "method_interview": "Intervju",
        "method_workshop": "Radionica",
        "method_public_hearing": "Javna rasprava",
        "method_survey": "Anketa",
        "method_other": "Ostalo",
        "annex": "Prilog {n}",
        "members_annex": "Članovi savetodavne grupe",
        "consultation_annex": "Proces konsultacija",
        "col_name": "Ime i prezime",
        "col_organisation": "Organizacija",
        "col_role": "Uloga",
        "col_sector": "Sektor",
        "col_date": "Datum",
        "col_method": "Metod",
        "col_place": "Mesto",
        "col_topic": "Tema i mesto",
        "col_sessions": "Sesije",
        "col_participants": "Učesnici",
        "col_objectives": "Ciljevi",
        "col_consultations": "Konsultacije",
        "by_method": "Konsultacije po metodu",
        "by_gender": "Učesnici po polu",
        "women": "Žene",
        "men": "Muškarci",
        "unspecified": "Nije navedeno",
        "findings": "Ključni nalazi",
        # Items of the plan, as a decision or a change names them.
        "item_priority": "Prioritet {n}",
        "item_activity": "Aktivnost {n}",
        "item_section": "Poglavlje",
        "item_target_group": "Ciljna grupa",
        "item_municipality": "Opština",
        "item_decision": "Odluka o usvajanju",
        "item_indicator": "Indikator",
        # Changes since the approved version.
        "changes_title": "Izmene u odnosu na usvojenu verziju",
        "previous": "Ranija verzija: {what}",
        "current": "Nova verzija: {what}",
        "version_line": "Verzija {n}, usvojena {date} (odluka br. {number}, {body})",
        "draft_of": "Radni nacrt od {date}",
        "draft_plain": "Radni nacrt",
        "added": "Dodato",
        "removed": "Uklonjeno",
        "changed": "Izmenjeno",
        "moved": "Premešteno",
        "moved_place": "Mesto u planu – pre: {old}; posle: {new}",
        "reordered": "Promenjen je redosled",
        "no_changes": "Nema izmena.",
        "unchanged": "bez izmena",
        "target_year": "Ciljana vrednost {year}",
        "field_title": "Naslov",
        "field_description": "Opis",
        "field_body": "Tekst",
        "field_name": "Naziv",
        "field_timeframe_note": "Napomena o roku",
        "field_notes": "Napomene",
        "field_unit": "Jedinica",
        "field_issuing_body": "Donosilac",
        "field_session": "Sednica",
        "field_legal_basis": "Pravni osnov",
        "field_preamble": "Preambula",
        "field_points": "Tačke odluke",
        "field_signatory_title": "Funkcija potpisnika",
        "field_signatory_name": "Potpisnik",
        "field_start_year": "Početna godina",
        "field_end_year": "Završna godina",
        "field_country": "Država",
        "field_currency": "Valuta",
        "field_number": "Broj odluke",
        "field_date": "Datum odluke",
        "field_emblem": "Grb",
        "field_budget": "Budžet",
    },
    "en": {
        "contents": "Contents",
        "page_of": "Page {n} of {m}",
        "draft": "DRAFT",
        "missing": "[missing in English]",
        "outdated": "[outdated]",
        "draft_version": "Draft of version {n}, {date}",
        "draft_version_plain": "Draft of version {n}",
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
        # The kind of document (cover, running header), the plan's own columns and facts, figures.
        "kind_strategy": "Strategy",
        "kind_action_plan": "Action plan",
        "kind_operational_plan": "Operational plan",
        "kind_programme": "Programme",
        "kind_project": "Project",
        "col_target_groups": "Target groups",
        "col_notes": "Notes",
        "with_subs": "Total with sub-activities",
        "no_activities": "The action plan has no activities yet.",
        "figure": "Figure {n}",
        "donors": "Donors",
        "implementing_partners": "Implementing partners",
        "priorities": "Priorities",
        "annexes": "Annexes",
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
        # The advisory group: minutes of a meeting, the strategy's annexes.
        "minutes_title": "Minutes of the meeting of the advisory group",
        "minutes": "Minutes, {date}",
        "meeting_date": "Date: {date}",
        "meeting_place": "Place: {place}",
        "attendance": "Attendance",
        "present": "Present",
        "absent": "Absent",
        "guests": "Guests",
        "agenda": "Agenda",
        "proceedings": "Proceedings",
        "decisions": "Decisions",
        "concerns": "Concerns: {items}",
        "follow_ups": "Follow-up actions",
        "col_what": "Action",
        "col_who": "Who",
        "col_due": "By when",
        "done_on": "Done on {date}",
        "open": "Open",
        "notes": "Notes",
        "role_chair": "Chair",
        "role_member": "Member",
        "role_secretary": "Secretary",
        "role_consultant": "Consultant",
        "sector_municipality": "Municipality",
        "sector_civil_society": "Civil society",
        "sector_social_centre": "Centre for social work",
        "sector_health": "Health",
        "sector_education": "Education",
        "sector_police": "Police",
        "sector_international": "International organisation",
        "sector_other": "Other",
        "method_focus_group": "Focus group",
        "method_interview": "Interview",
        "method_workshop": "Workshop",
        "method_public_hearing": "Public hearing",
        "method_survey": "Survey",
        "method_other": "Other",
        "annex": "Annex {n}",
        "members_annex": "Members of the advisory group",
        "consultation_annex": "Consultation process",
        "col_name": "Name",
        "col_organisation": "Organisation",
        "col_role": "Role",
        "col_sector": "Sector",
        "col_date": "Date",
        "col_method": "Method",
        "col_place": "Place",
        "col_topic": "Topic and place",
        "col_sessions": "Sessions",
        "col_participants": "Participants",
        "col_objectives": "Objectives",
        "col_consultations": "Consultations",
        "by_method": "Consultations by method",
        "by_gender": "Participants by gender",
        "women": "Women",
        "men": "Men",
        "unspecified": "Not stated",
        "findings": "Key findings",
        # Items of the plan, as a decision or a change names them.
        "item_priority": "Priority {n}",
        "item_activity": "Activity {n}",
        "item_section": "Section",
        "item_target_group": "Target group",
        "item_municipality": "Municipality",
        "item_decision": "Decision approving the plan",
        "item_indicator": "Indicator",
        # Changes since the approved version.
        "changes_title": "Changes since the approved version",
        "previous": "Previous version: {what}",
        "current": "New version: {what}",
        "version_line": "Version {n}, approved on {date} (decision no. {number}, {body})",
        "draft_of": "Working draft of {date}",
        "draft_plain": "Working draft",
        "added": "Added",
        "removed": "Removed",
        "changed": "Changed",
        "moved": "Moved",
        "moved_place": "Place in the plan – before: {old}; after: {new}",
        "reordered": "Order changed",
        "no_changes": "No changes.",
        "unchanged": "unchanged",
        "target_year": "Target {year}",
        "field_title": "Title",
        "field_description": "Description",
        "field_body": "Text",
        "field_name": "Name",
        "field_timeframe_note": "Note on the time frame",
        "field_notes": "Notes",
        "field_unit": "Unit",
        "field_issuing_body": "Issuing body",
        "field_session": "Session",
        "field_legal_basis": "Legal basis",
        "field_preamble": "Preamble",
        "field_points": "Points of the decision",
        "field_signatory_title": "Signatory's title",
        "field_signatory_name": "Signatory",
        "field_start_year": "First year",
        "field_end_year": "Last year",
        "field_country": "Country",
        "field_currency": "Currency",
        "field_number": "Decision number",
        "field_date": "Decision date",
        "field_emblem": "Emblem",
        "field_budget": "Budget",
    },
}

# The state's name at the top of the cover, by Municipality.country.
COUNTRY_HEADER: dict[str, dict[str, str]] = {
    "XK": {"sq": "Republika e Kosovës", "sr": "Republika Kosovo", "en": "Republic of Kosovo"},
    "AL": {"sq": "Republika e Shqipërisë", "sr": "Republika Albanija", "en": "Republic of Albania"},
    "RS": {"sq": "Republika e Serbisë", "sr": "Republika Srbija", "en": "Republic of Serbia"},
}

# Albania's municipalities are "bashki", whose budget Albanian calls differently.
_COUNTRY_OVERRIDES: dict[tuple[str, str], dict[str, str]] = {
    ("AL", "sq"): {"municipal": "Buxheti i bashkisë", "sector_municipality": "Bashkia", "item_municipality": "Bashkia"}
}

LANGUAGE_NAMES = {"sq": "Shqip", "sr": "Srpski", "en": "English"}

# Serbian labels written out in Cyrillic where transliterating is not safe: a word in capitals looks like
# an acronym (UNDP, OSCE), which transliteration keeps in Latin, and the DRAFT mark must never be Latin
# on a Cyrillic page.
CYRILLIC_LABELS: dict[str, str] = {"draft": "НАЦРТ"}


class Labels:
    """The labels of one language in one script: `labels["contents"]`, `labels.format("page_of", n=1, m=2)`."""

    def __init__(self, lang: str, script: str = "latn", country: str = "XK") -> None:
        self.lang = lang
        self.script = script if lang == "sr" else "latn"
        self._table = {**LABELS[lang], **_COUNTRY_OVERRIDES.get((country, lang), {})}
        self._country = country

    def __getitem__(self, key: str) -> str:
        if self.script == "cyrl" and key in CYRILLIC_LABELS:
            return CYRILLIC_LABELS[key]
        return self._script(self._table[key])

    def __contains__(self, key: str) -> bool:
        return key in self._table

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


when_kept_names_change(_cyrillic.cache_clear)  # the glossary's names kept in Latin changed
when_kept_names_change(_converted.cache_clear)


def text_in(mt: MultiText, lang: str, script: str = "latn") -> str:
    """A user text in `lang` ("" when missing), Serbian in the chosen script whatever it was stored in."""
    return in_script(mt.get(lang), lang, script)


def in_script(text: str, lang: str, script: str = "latn") -> str:
    """A piece of user text in `lang`: Serbian in the chosen script, other languages as they are."""
    if lang == "sr" and text:
        return _converted(text, script)
    return text


def number_locale(lang: str, script: str = "latn") -> str:
    """The `desktop.formatting` language code for numbers: Serbian Cyrillic has its own."""
    return "sr-Cyrl" if lang == "sr" and script == "cyrl" else lang


def pdf_language(lang: str, script: str = "latn") -> str:
    """The BCP 47 tag of the PDF's /Lang entry."""
    return {"sq": "sq", "en": "en"}.get(lang) or ("sr-Cyrl" if script == "cyrl" else "sr-Latn")


_BABEL_LOCALES = {"sq": "sq_AL", "sr": "sr_Latn_RS", "en": "en_GB"}


def long_date(iso: str | None, lang: str, script: str = "latn") -> str:
    """A date written out in the language: "12 mars 2026", "12. mart 2026.", "12 March 2026" ("" when none).

    A text that is not a date is printed as it is.
    """
    from babel.dates import format_date

    text = (iso or "").strip()
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return text
    locale = "sr_Cyrl_RS" if lang == "sr" and script == "cyrl" else _BABEL_LOCALES.get(lang, "en_GB")
    return format_date(day, "long", locale=locale)


# Month names as the documents write them in a period: "Tetor 2023 – Prill 2024" (Albanian plans capitalise
# them there), "oktobar 2023 – april 2024", "October 2023 – April 2024". A table rather than Babel: Babel's
# Albanian stand-alone names are lower case and its Serbian Latin genitive forms do not suit a period.
MONTHS: dict[str, tuple[str, ...]] = {
    "sq": (
        "Janar",
        "Shkurt",
        "Mars",
        "Prill",
        "Maj",
        "Qershor",
        "Korrik",
        "Gusht",
        "Shtator",
        "Tetor",
        "Nëntor",
        "Dhjetor",
    ),
    "sr": (
        "januar",
        "februar",
        "mart",
        "april",
        "maj",
        "jun",
        "jul",
        "avgust",
        "septembar",
        "oktobar",
        "novembar",
        "decembar",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def period_text(
    lang: str,
    script: str,
    start_year: int,
    end_year: int,
    start_month: int | None = None,
    end_month: int | None = None,
) -> str:
    """A plan's period: "2025–2027", or with months where the plan has them: "Tetor 2023 – Prill 2024"."""
    if not start_month and not end_month:
        return f"{start_year}–{end_year}" if start_year != end_year else str(start_year)
    names = MONTHS[lang]
    first = f"{names[(start_month or 1) - 1]} {start_year}"
    last = f"{names[(end_month or 12) - 1]} {end_year}"
    text = first if first == last else f"{first} – {last}"
    return _cyrillic(text) if lang == "sr" and script == "cyrl" else text
