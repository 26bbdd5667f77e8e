"""The review sheet's own texts in its three languages (Serbian in Latin): column labels, status names,
instructions. They live here, not in the interface catalogues: the sheet's language is the recipient's."""

from __future__ import annotations

from desktop.core.model import ActivityStatus

# -- texts in the three languages (Serbian in Latin) ----------------------------------------------------

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "review_sheet": "Review {year}",
        "indicators_sheet": "Indicators",
        "instructions_sheet": "Instructions",
        "no": "No.",
        "objective": "Objective",
        "activity": "Activity",
        "responsible": "Responsible",
        "status": "Status",
        "progress": "Progress %",
        "spent_municipal": "Spent: municipal budget ({currency})",
        "spent_central": "Spent: central budget ({currency})",
        "spent_donor": "Spent: donors ({currency})",
        "spent_other": "Spent: other sources ({currency})",
        "comment": "Comment",
        "evidence": "Evidence",
        "updated": "Date of update",
        "indicator": "Indicator",
        "unit": "Unit",
        "baseline": "Baseline",
        "target": "Target {year}",
        "value": "Value reached {year}",
        "invalid": "Invalid value",
        "status_error": "Choose a status from the list.",
        "progress_error": "Enter a whole number from 0 to 100.",
        "amount_error": "Enter an amount of 0 or more.",
        "value_error": "Enter a number.",
        "date_error": "Enter a date (dd.mm.yyyy).",
    },
    "sq": {
        "review_sheet": "Shqyrtimi {year}",
        "indicators_sheet": "Treguesit",
        "instructions_sheet": "Udhëzime",
        "no": "Nr.",
        "objective": "Objektivi",
        "activity": "Aktiviteti",
        "responsible": "Përgjegjës",
        "status": "Statusi",
        "progress": "Përparimi %",
        "spent_municipal": "Shpenzuar: buxheti komunal ({currency})",
        "spent_central": "Shpenzuar: buxheti qendror ({currency})",
        "spent_donor": "Shpenzuar: donatorët ({currency})",
        "spent_other": "Shpenzuar: burime të tjera ({currency})",
        "comment": "Koment",
        "evidence": "Dëshmi",
        "updated": "Data e përditësimit",
        "indicator": "Treguesi",
        "unit": "Njësia",
        "baseline": "Vlera fillestare",
        "target": "Vlera e synuar {year}",
        "value": "Vlera e arritur {year}",
        "invalid": "Vlerë e pavlefshme",
        "status_error": "Zgjidhni një status nga lista.",
        "progress_error": "Shënoni një numër të plotë nga 0 deri në 100.",
        "amount_error": "Shënoni një shumë 0 ose më të madhe.",
        "value_error": "Shënoni një numër.",
        "date_error": "Shënoni një datë (dd.mm.vvvv).",
    },
    "sr": {
        "review_sheet": "Pregled {year}",
        "indicators_sheet": "Indikatori",
        "instructions_sheet": "Uputstvo",
        "no": "Br.",
        "objective": "Cilj",
        "activity": "Aktivnost",
        "responsible": "Odgovoran",
        "status": "Status",
        "progress": "Napredak %",
        "spent_municipal": "Potrošeno: opštinski budžet ({currency})",
        "spent_central": "Potrošeno: centralni budžet ({currency})",
        "spent_donor": "Potrošeno: donatori ({currency})",
        "spent_other": "Potrošeno: ostali izvori ({currency})",
        "comment": "Komentar",
        "evidence": "Dokaz",
        "updated": "Datum ažuriranja",
        "indicator": "Indikator",
        "unit": "Jedinica",
        "baseline": "Početna vrednost",
        "target": "Ciljana vrednost {year}",
        "value": "Postignuta vrednost {year}",
        "invalid": "Neispravna vrednost",
        "status_error": "Izaberite status sa liste.",
        "progress_error": "Upišite ceo broj od 0 do 100.",
        "amount_error": "Upišite iznos 0 ili veći.",
        "value_error": "Upišite broj.",
        "date_error": "Upišite datum (dd.mm.gggg).",
    },
}

STATUS_NAMES: dict[str, dict[ActivityStatus, str]] = {
    "en": {
        ActivityStatus.COMPLETED: "Completed",
        ActivityStatus.IN_PROGRESS: "In progress",
        ActivityStatus.DELAYED: "Delayed",
        ActivityStatus.NOT_STARTED: "Not started",
        ActivityStatus.CANCELLED: "Cancelled",
        ActivityStatus.POSTPONED: "Postponed",
    },
    "sq": {
        ActivityStatus.COMPLETED: "Realizuar",
        ActivityStatus.IN_PROGRESS: "Në proces",
        ActivityStatus.DELAYED: "Me vonesë",
        ActivityStatus.NOT_STARTED: "Nuk ka filluar",
        ActivityStatus.CANCELLED: "Anuluar",
        ActivityStatus.POSTPONED: "E shtyrë",
    },
    "sr": {
        ActivityStatus.COMPLETED: "Realizovano",
        ActivityStatus.IN_PROGRESS: "U toku",
        ActivityStatus.DELAYED: "Kasni",
        ActivityStatus.NOT_STARTED: "Nije započeto",
        ActivityStatus.CANCELLED: "Otkazano",
        ActivityStatus.POSTPONED: "Odloženo",
    },
}
# Accepted on import too: Serbian typed in Cyrillic.
CYRILLIC_STATUS_NAMES = {
    ActivityStatus.COMPLETED: "Реализовано",
    ActivityStatus.IN_PROGRESS: "У току",
    ActivityStatus.DELAYED: "Касни",
    ActivityStatus.NOT_STARTED: "Није започето",
    ActivityStatus.CANCELLED: "Отказано",
    ActivityStatus.POSTPONED: "Одложено",
}

INSTRUCTIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "en": (
        "Annual implementation review {year}: {municipality}",
        (
            "This workbook collects your report on the activities of the action plan in {year}. Fill it in and "
            "send it back by e-mail as it is, as an .xlsx file.",
            'Sheet "{review_sheet}": one row per activity. Fill in the white columns: the status (choose it from '
            "the list), the progress in percent (a whole number from 0 to 100), the money spent in {year} from "
            "each funding source in {currency}, a comment, the evidence (a report, an attendance list …) and the "
            "date of your update.",
            'Sheet "{indicators_sheet}": one row per indicator of each activity, with its target for {year}. '
            "Enter the value reached in {year} in the white column.",
            "Leave a cell empty when you have no data; do not write 0 for “no data”.",
            "The grey columns come from the plan and are protected. Do not add, delete, move or copy rows, do "
            "not rename the sheets and do not change the hidden columns: they tell the application which "
            "activity each row belongs to.",
            "If the plan was changed after this file was sent to you, the application shows the differences to "
            "the municipality instead of overwriting them.",
            "Exported on {date}.",
        ),
    ),
    "sq": (
        "Shqyrtimi vjetor i zbatimit {year}: {municipality}",
        (
            "Ky libër pune mbledh raportin tuaj për aktivitetet e planit të veprimit në vitin {year}. Plotësojeni "
            "dhe dërgojeni përsëri me e-mail ashtu siç është, si skedar .xlsx.",
            'Fleta "{review_sheet}": një rresht për çdo aktivitet. Plotësoni kolonat e bardha: statusin '
            "(zgjidheni nga lista), përparimin në përqindje (numër i plotë nga 0 deri në 100), paratë e "
            "shpenzuara në vitin {year} nga secili burim financimi në {currency}, një koment, dëshminë (një "
            "raport, një listë pjesëmarrësish …) dhe datën e përditësimit tuaj.",
            'Fleta "{indicators_sheet}": një rresht për çdo tregues të secilit aktivitet, me vlerën e synuar për '
            "vitin {year}. Shënoni vlerën e arritur në vitin {year} në kolonën e bardhë.",
            "Lëreni qelizën bosh kur nuk keni të dhëna; mos shkruani 0 për „nuk ka të dhëna“.",
            "Kolonat gri vijnë nga plani dhe janë të mbrojtura. Mos shtoni, fshini, zhvendosni ose kopjoni "
            "rreshta, mos i riemërtoni fletët dhe mos ndryshoni kolonat e fshehura: ato i tregojnë aplikacionit "
            "se cilit aktivitet i përket secili rresht.",
            "Nëse plani është ndryshuar pasi ju është dërguar ky skedar, aplikacioni ia tregon komunës dallimet "
            "në vend që t'i mbishkruajë.",
            "Eksportuar më {date}.",
        ),
    ),
    "sr": (
        "Godišnji pregled sprovođenja {year}: {municipality}",
        (
            "Ova radna sveska prikuplja vaš izveštaj o aktivnostima akcionog plana u {year}. godini. Popunite je "
            "i vratite e-poštom onakvu kakva jeste, kao .xlsx datoteku.",
            'List "{review_sheet}": jedan red za svaku aktivnost. Popunite bele kolone: status (izaberite ga sa '
            "liste), napredak u procentima (ceo broj od 0 do 100), novac potrošen u {year}. godini iz svakog "
            "izvora finansiranja u {currency}, komentar, dokaz (izveštaj, spisak učesnika …) i datum vašeg "
            "ažuriranja.",
            'List "{indicators_sheet}": jedan red za svaki indikator svake aktivnosti, sa ciljanom vrednošću za '
            "{year}. godinu. U belu kolonu upišite vrednost postignutu u {year}. godini.",
            "Ostavite ćeliju praznu kada nemate podatke; ne upisujte 0 umesto „nema podataka“.",
            "Sive kolone dolaze iz plana i zaštićene su. Ne dodajte, ne brišite, ne premeštajte i ne kopirajte "
            "redove, ne preimenujte listove i ne menjajte skrivene kolone: one aplikaciji govore kojoj "
            "aktivnosti pripada svaki red.",
            "Ako je plan izmenjen nakon što vam je ova datoteka poslata, aplikacija opštini prikazuje razlike "
            "umesto da ih prepiše.",
            "Izvezeno {date}.",
        ),
    ),
}

# The hidden identity columns keep these headers in every language.
IDENTITY_HEADERS = {
    "entry_id": "entry id",
    "activity_id": "activity id",
    "indicator_id": "indicator id",
    "fingerprint": "fingerprint",
}
