"""What every part of the Word export shares: the languages printed now, the labels, the user's texts with
the same marks as the PDF (missing in a language, outdated), and the body being written with its sections.
"""

from __future__ import annotations

from itertools import zip_longest

from docx.document import Document as WordDocument

from desktop.core.model import Document
from desktop.core.readiness import is_outdated
from desktop.core.text import MultiText
from desktop.export.docx import parts
from desktop.export.docx.blocks import PARAGRAPH, Block, Run, blocks
from desktop.export.docx.styles import HEADINGS, LANDSCAPE_WIDTH, PORTRAIT_WIDTH, new_section
from desktop.export.labels import Labels, text_in


class Writer:
    def __init__(self, doc: Document, word: WordDocument, langs: tuple[str, ...], script: str, wide: bool) -> None:
        self.doc = doc
        self.word = word
        self.body = parts.Body.of(word)
        self.all_langs = langs
        self.langs = langs  # printed now: one, or two side by side
        self.script = script
        self.labels = {lang: Labels(lang, script, doc.municipality.country) for lang in langs}
        self.numbers = doc.numbers()
        self.wide = wide  # the current section is landscape
        self.marked = 0  # texts printed with the missing or outdated mark
        self.tables = 0

    # -- texts ------------------------------------------------------------------------------------------
    def text(self, mt: MultiText, lang: str) -> str:
        """The text in `lang`, Serbian in the chosen script; marked "[mungon në shqip]" when it is written in
        another language only, "… [i vjetëruar]" when outdated, as the PDF marks them ("" when empty)."""
        value = text_in(mt, lang, self.script)
        if value:
            if is_outdated(mt, lang):
                self.marked += 1
                return f"{value} {self.labels[lang]['outdated']}"
            return value
        if mt.is_empty():
            return ""
        self.marked += 1
        return self.labels[lang]["missing"]

    def blocks(self, mt: MultiText, lang: str) -> list[Block]:
        value = text_in(mt, lang, self.script)
        if not value:
            marker = self.text(mt, lang)
            return [Block(PARAGRAPH, (Run(marker, italic=True),))] if marker else []
        out = blocks(value)
        if is_outdated(mt, lang):
            self.marked += 1
            out.append(Block(PARAGRAPH, (Run(self.labels[lang]["outdated"], italic=True),)))
        return out

    def rich(self, mt: MultiText, lang: str) -> tuple[str, str | None]:
        """A structured text in `lang` and the mark to print after it: missing here, the marker alone; an
        outdated one gets the outdated mark (kept apart: appending it would break a structured text's form)."""
        value = text_in(mt, lang, self.script)
        if not value:
            return "", self.text(mt, lang) or None
        if is_outdated(mt, lang):
            self.marked += 1
            return value, self.labels[lang]["outdated"]
        return value, None

    def label(self, key: str, lang: str, **values: object) -> str:
        return self.labels[lang].format(key, **values) if values else self.labels[lang][key]

    def joined(self, texts: dict[str, str]) -> str:
        """One line for all printed languages: "Konteksti / Kontekst" (once when they read alike)."""
        return " / ".join(dict.fromkeys(t for t in texts.values() if t))

    @property
    def side_by_side(self) -> bool:
        return len(self.langs) > 1

    @property
    def width(self) -> int:
        return LANDSCAPE_WIDTH if self.wide else PORTRAIT_WIDTH

    # -- the body ---------------------------------------------------------------------------------------
    def add(self, *xml: str) -> None:
        self.body.add(*xml)

    def orientation(self, wide: bool) -> bool:
        """Go on in a landscape (the action plan) or portrait section, starting one (on a new page) when it
        changes; whether it did."""
        if wide == self.wide:
            return False
        self.body.flush()
        new_section(self.word, wide)
        self.wide = wide
        return True

    def heading(self, level: int, texts: dict[str, str], *, page_break: bool = False) -> None:
        """A heading in Word's Heading 1-3 (deeper levels print as Heading 3), the languages side by side on
        one line: the navigation pane and the contents list one entry per chapter."""
        self.add(
            parts.para(parts.run(self.joined(texts)), HEADINGS[min(level, len(HEADINGS)) - 1], page_break=page_break)
        )

    def prose(self, mt: MultiText) -> None:
        """A text: its paragraphs and lists, or two languages in a two-column table, block beside block."""
        self.aligned({lang: parts.block_paragraphs(self.blocks(mt, lang), self.body) for lang in self.langs})

    def aligned(self, paragraphs: dict[str, list[str]]) -> None:
        """Paragraphs per language: as they are in one language; side by side, a borderless two-column table
        with one row per paragraph, so each stands beside its translation."""
        if not self.side_by_side:
            self.add(*paragraphs[self.langs[0]])
            return
        if not any(paragraphs.values()):
            return
        half = self.width // 2
        rows = [
            parts.row(parts.cell(p or "", half) for p in pair)
            for pair in zip_longest(*(paragraphs[lang] for lang in self.langs))
        ]
        self.add(parts.table(rows, [half, half], "Normal Table"))
        self.tables += 1
