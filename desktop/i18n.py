"""Interface translations: gettext catalogues in i18n/<lang>/LC_MESSAGES/plan.mo, Qt-free.

Code marks strings with `_()`; `set_language` switches the catalogue (English is the source).
"""

from __future__ import annotations

import gettext
from pathlib import Path

CATALOGUE_DIR = Path(__file__).resolve().parent.parent / "i18n"
DOMAIN = "plan"
UI_LANGUAGES = ("sq", "sr", "en")

_translation: gettext.NullTranslations = gettext.NullTranslations()
_language = "en"


def set_language(lang: str) -> None:
    global _translation, _language
    _language = lang if lang in UI_LANGUAGES else "en"
    _translation = gettext.translation(DOMAIN, CATALOGUE_DIR, languages=[_language], fallback=True)


def language() -> str:
    return _language


def _(message: str) -> str:
    return _translation.gettext(message)


def N_(message: str) -> str:
    """Mark a string for extraction without translating it yet."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translation.ngettext(singular, plural, n)
