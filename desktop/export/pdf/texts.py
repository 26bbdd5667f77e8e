"""The PDF's words: the fixed labels (the exporters' shared table, desktop/export/labels.py, named here for the
PDF's modules), user texts in the chosen Serbian script, the PDF's language tag, dates and periods written out.
"""

from __future__ import annotations

from datetime import date

# The PDF's modules (and their tests) take the shared labels from here, with the PDF's own helpers below.
from desktop.export.labels import (
    COUNTRY_HEADER,
    CYRILLIC_LABELS,
    LABELS,
    LANGUAGE_NAMES,
    Labels,
    cyrillic,
    in_script,
    number_locale,
    text_in,
)

__all__ = [
    "COUNTRY_HEADER",
    "CYRILLIC_LABELS",
    "LABELS",
    "LANGUAGE_NAMES",
    "MONTHS",
    "Labels",
    "in_script",
    "long_date",
    "number_locale",
    "pdf_language",
    "period_text",
    "text_in",
]


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
    return cyrillic(text) if lang == "sr" and script == "cyrl" else text
