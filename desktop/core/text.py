"""Multilingual text: one value per language, each with its own translation state."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.core.text_limits import MAX_TEXT_LENGTH, TextError

LANGUAGES: tuple[str, ...] = ("sq", "sr", "en")

# C0/C1 control characters other than tab and newline: they come from pasted text and
# break XML and PDF output, so they are dropped when a text is stored.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Half of a UTF-16 pair on its own is not a character: no file can store it, so it is refused.
_SURROGATE = re.compile("[\ud800-\udfff]")


class TState(StrEnum):
    MISSING = "missing"
    DRAFT = "draft"
    TRANSLATED = "translated"
    APPROVED = "approved"
    OUTDATED = "outdated"


def clean_text(value: str) -> str:
    """Normalise user text: NFC, newlines as \\n, no control characters, bounded length."""
    if not isinstance(value, str):
        raise TextError("text must be a string")
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROL.sub("", value)
    if _SURROGATE.search(value):
        raise TextError("text is not valid Unicode (it contains half of a surrogate pair)")
    value = unicodedata.normalize("NFC", value)
    if len(value) > MAX_TEXT_LENGTH:
        raise TextError(f"text is longer than {MAX_TEXT_LENGTH:,} characters")
    if value.startswith("<doc>"):
        from desktop.core.richtext import validate  # late: only structured texts need it

        validate(value)  # a structured text is stored only when it is a valid one
    return value


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise TextError(f"unknown language {lang!r} (expected one of {', '.join(LANGUAGES)})")
    return lang


@dataclass(slots=True)
class Translation:
    """The text in one language. `based_on` is the source text this translation was made from."""

    text: str = ""
    state: TState = TState.MISSING
    based_on: str | None = None


@dataclass(slots=True)
class MultiText:
    """A text a person writes, in every language. `source` is the language it was written in."""

    source: str | None = None
    values: dict[str, Translation] = field(default_factory=dict)

    def get(self, lang: str) -> str:
        tr = self.values.get(lang)
        return tr.text if tr else ""

    def state(self, lang: str) -> TState:
        tr = self.values.get(lang)
        return tr.state if tr and tr.text else TState.MISSING

    def is_empty(self) -> bool:
        return not any(tr.text for tr in self.values.values())

    def best(self, lang: str) -> tuple[str, str | None]:
        """The text in `lang`, else in the source language; with the language actually shown."""
        if self.get(lang):
            return self.get(lang), lang
        if self.source and self.get(self.source):
            return self.get(self.source), self.source
        for other in LANGUAGES:
            if self.get(other):
                return self.get(other), other
        return "", None

    def set(self, lang: str, text: str, state: TState | None = None, based_on: str | None = None) -> bool:
        """Set the text in one language, keeping the translation states true. Returns whether it changed.

        `based_on` names the source text a translation was made from when that is not the current one
        (a translation that arrives after its source changed).
        """
        check_language(lang)
        text = clean_text(text)
        if state is not None:
            state = TState(state)
        old = self.values.get(lang)
        if self.source is None and text:
            self.source = lang
        if lang == self.source:
            new_state = state or (TState.TRANSLATED if text else TState.MISSING)
            if old and old.text == text and old.state == new_state:
                return False
            if not old or old.text != text:
                # The source changed: every translation made from an older source is now outdated.
                for other, tr in self.values.items():
                    if other != lang and tr.text and tr.state != TState.MISSING:
                        tr.state = TState.OUTDATED
            self.values[lang] = Translation(text, new_state if text else TState.MISSING, None)
            if not text and self.is_empty():
                self.source = None
            return True
        source_text = self.get(self.source) if self.source else None
        new_state = state or (TState.TRANSLATED if text else TState.MISSING)
        if not text:
            new_state = TState.MISSING
        if old and old.text == text and old.state == new_state:
            return False
        self.values[lang] = Translation(text, new_state, source_text if based_on is None else clean_text(based_on))
        return True

    def rewrite(self, lang: str, text: str, state: TState) -> bool:
        """Replace a text by the same words in another form (another script).

        Unlike `set`, translations made from it stay valid: they now count as made from the new form.
        """
        check_language(lang)
        tr = self.values.get(lang)
        if tr is None or not tr.text:
            raise TextError("only an existing text can be rewritten")
        text, state = clean_text(text), TState(state)
        if not text:
            raise TextError("a text cannot be rewritten as nothing")
        if tr.text == text and tr.state == state:
            return False
        old, tr.text, tr.state = tr.text, text, state
        if lang == self.source:
            for other, translation in self.values.items():
                if other != lang and translation.based_on == old:
                    translation.based_on = text
        return True

    def set_state(self, lang: str, state: TState) -> bool:
        check_language(lang)
        state = TState(state)
        tr = self.values.get(lang)
        if tr is None or not tr.text:
            if state == TState.MISSING:
                return False
            raise TextError("a missing text cannot change its translation state")
        if tr.state == state:
            return False
        tr.state = state
        if state in (TState.TRANSLATED, TState.APPROVED) and lang != self.source and self.source:
            tr.based_on = self.get(self.source)
        return True

    @classmethod
    def of(cls, values: dict[str, str], source: str | None = None) -> MultiText:
        """Build from plain strings; the first language given (or `source`) is the source."""
        mt = cls()
        order = sorted(values, key=lambda k: (k != source, LANGUAGES.index(check_language(k))))
        for lang in order:
            if values[lang]:
                mt.set(lang, values[lang])
        return mt
