"""Interface translations: gettext catalogues in i18n/<lang>/LC_MESSAGES/plan.mo, Qt-free.

Code marks strings with `_()` (or `N_()` where the translation happens later); `set_language`
switches the interface at run time. English is the source language. Serbian comes in Latin (`sr`)
and Cyrillic (`sr_Cyrl`, generated from the Latin catalogue). The `pseudo` language lengthens every
string by about 40% and brackets it, so tests can see clipped labels and strings that bypass `_()`.
Exports use `gettext_for(lang)`: document vocabulary follows the document's language, not the interface's.
"""

from __future__ import annotations

import gettext
import math
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

CATALOGUE_DIR = Path(__file__).resolve().parent.parent / "i18n"
DOMAIN = "plan"
# Interface languages in the order the menu offers them, with their own names.
UI_LANGUAGES: dict[str, str] = {
    "sq": "Shqip",
    "sr": "Srpski (latinica)",
    "sr_Cyrl": "Српски (ћирилица)",
    "en": "English",
}
PSEUDO = "pseudo"
PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"

_PLACEHOLDER = re.compile(r"(\{[^{}]*\}|%\(?\w*\)?[sd]|&)")
_ACCENTED = str.maketrans("aeiouAEIOUcnsyzCNSYZ", "àéîõüÀÉÎÕÜçñšÿžÇÑŠŸŽ")


class PseudoTranslations(gettext.NullTranslations):
    """Every string accented, bracketed and about 40% longer; placeholders and mnemonics kept."""

    def gettext(self, message: str) -> str:
        return pseudo(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return pseudo(singular if n == 1 else plural)


def pseudo(message: str) -> str:
    if not message:
        return message
    parts = _PLACEHOLDER.split(message)
    body = "".join(p if _PLACEHOLDER.fullmatch(p) else p.translate(_ACCENTED) for p in parts)
    padding = "·" * max(1, math.ceil(len(message) * 0.4) - 2)
    return f"{PSEUDO_OPEN}{body}{padding}{PSEUDO_CLOSE}"


@cache
def _catalogue(lang: str) -> gettext.NullTranslations:
    if lang == PSEUDO:
        return PseudoTranslations()
    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, CATALOGUE_DIR, languages=[lang], fallback=True)


_language = "en"


def set_language(lang: str) -> str:
    """Switch the interface language; unknown codes fall back to English. Returns the language set."""
    global _language
    _language = lang if lang in UI_LANGUAGES or lang == PSEUDO else "en"
    return _language


def language() -> str:
    return _language


def content_language() -> str:
    """The document language matching the interface language (sr_Cyrl shows Serbian text)."""
    return "sr" if _language == "sr_Cyrl" else _language if _language in ("sq", "sr", "en") else "en"


def _(message: str) -> str:
    return _catalogue(_language).gettext(message)


def N_(message: str) -> str:
    """Mark a string for extraction; it is translated later, where it is shown."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    return _catalogue(_language).ngettext(singular, plural, n)


def gettext_for(lang: str) -> Callable[[str], str]:
    """A translation function for one language, whatever the interface language (used by exports)."""
    return _catalogue(lang).gettext
