"""From a document's blocks to a Preview: the decision page, the title, chapters (by heading style or outline
level, else by typed numbering and short bold paragraphs), the table of contents skipped, lists kept as lines,
figures with their captions, and action-plan tables read into objectives and activities."""

from __future__ import annotations

import re

from desktop.core.model import PART_OBJECTIVES, PART_TARGET_GROUPS
from desktop.core.search import fold
from desktop.core.table_import import NEW_COLUMN, NEW_OBJECTIVE_COLUMN
from desktop.exchange.docimport.blocks import Block, Para, Table
from desktop.exchange.docimport.items import OWN_TARGETS, PreviewItem, PreviewTable
from desktop.exchange.docimport.preview import Preview
from desktop.exchange.docimport.rich import Line, plain_spans, typed_line
from desktop.exchange.docimport.tables import (
    OBJECTIVE_LABEL,
    fold_row,
    is_plan_header,
    map_header,
    merged_under_bands,
    table_items,
)

_ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"
# "IV.", "V. Plani i Veprimit 2020-2021", "4.1.", "4.1.1 Menaxheri i QKK", "1. Hyrje"
_NUMBERED = re.compile(
    rf"^(?P<num>(?:{_ROMAN}|\d{{1,2}})\.(?:\d{{1,2}}\.?)*|\d{{1,2}}(?:\.\d{{1,2}})+\.?)[\s\t]+(?P<title>\S.*)$"
)
_TOC_HEADING = re.compile(r"^(tabela e permbajtjes|permbajtja|sadrzaj|содржина|садржај|contents|table of contents|"
                          r"lista e permbajtjes)\W*$")  # fmt: skip
_TOC_LINE = re.compile(r"^(?P<title>.{2,160}?)\s*(?:\.{3,}|…+|_{3,}|\t)\s*\.*\s*\d{1,3}$")
_CAPTION = re.compile(r"^(figura|figure|fig\.|slika|слика|grafikoni|grafik|diagrami)\s*\d", re.IGNORECASE)
# The label a caption or an objective carries in print ("Figura 1: Organigrama", "Objektivi strategjik 2: …"):
# the plan numbers them itself, so only the words after it are kept.
_CAPTION_LABEL = re.compile(r"^(?:figura|figure|fig\.|slika|слика|grafikoni|diagrami)\s*\d+\s*[:.–-]\s*(?P<rest>\S.*)$",
                            re.IGNORECASE | re.DOTALL)  # fmt: skip
_OBJECTIVES_PART = ("objektivat strategjike", "objektivat", "strateski ciljevi", "стратешки циљеви",
                    "strategic objectives", "objectives")  # fmt: skip
_GROUPS_PART = ("grupet e synuara", "ciljne grupe", "циљне групе", "target groups")
_YEARS = re.compile(r"\b(20\d\d|19\d\d)\s*[-–—/]\s*(20\d\d|19\d\d)\b")
_SHEET = re.compile(r"^(sheet|fleta|list|лист|tabela|table|tabelle)\s*\d*$", re.IGNORECASE)
_KINDS = (
    ("operational_plan", ("plani operacional", "operativni plan", "operational plan")),
    ("action_plan", ("plani i veprimit", "plan veprimi", "akcioni plan", "акциони план", "action plan")),
    ("programme", ("program",)),
    ("project", ("projekt", "project")),
    ("strategy", ("strategji", "strategij", "стратегиј", "strategy")),
)
# The decision page.
_TITLE_WORD = re.compile(r"^(vendim|odluka|одлука|decision|zakljucak|закључак)$")
_OPERATIVE = re.compile(r"^(vendosi|vendos|odlucila je|odlucilo je|odlucio je|odlucuje|donelo je|donela je|donosi|"
                        r"одлучила је|одлучило је|одлучио је|одлучује|донело је|донела је|доноси|decided|decides)"
                        r"\s*:?$")  # fmt: skip
_PROTOCOL = re.compile(r"^(nr|br|број|no|prot)\.?\s*[\w/.-]*", re.IGNORECASE)
_LEGAL = ("bazuar", "ne baze", "mbeshtetur", "na osnovu", "на основу", "pursuant", "based on", "ne mbeshtetje")
_POINT = re.compile(rf"^(?:{_ROMAN}|\d{{1,2}})[.)]\s+\S")
_MUNICIPALITY = re.compile(r"\b(?:bashkia|komuna|opstina|општина|municipality of)[ \t]+(?P<name>[^\s,]+)",
                           re.IGNORECASE)  # fmt: skip
_DATE = re.compile(r"(\d{1,2})\s*[.,/]\s*(\d{1,2})\s*[.,/]?\s*(\d{4})")

# A project page (003 Lezhë): labelled lines ("Donator: …") and labels over lists ("Prioritete:").
_LABELS = (
    ("title", r"titulli i projektit|emri i projektit|naziv projekta|назив пројекта|project title|project name"),
    ("area", r"zonat e projektit|zona e projektit|podrucje projekta|подручје пројекта|project areas?"),
    ("donors", r"donator[eë]?|donatori|donatoret|donor[si]?|donatori projekta|донатори?|finansijer|финансијер"),
    ("partners", r"partner[eë]t|partneret|partneri|партнери|partners|implementing partners?"),
    ("period", r"project period|periudha e projektit|periudha|period projekta|период пројекта|trajanje projekta"),
    (
        "objectives",
        r"objektivat e projektit(?: jane)?|objektivat|objektivat specifike|"
        r"ciljevi projekta(?: su)?|циљеви пројекта(?: су)?|project objectives(?: are)?|objectives",
    ),
    ("priorities", r"prioritete|prioritetet|prioritetet e projektit|prioriteti|приоритети|priorities"),
    ("sub_priorities", r"nenprioritete|nenprioritetet|podprioriteti|подприоритети|sub-?priorities"),
)
_LABEL = re.compile(r"^(?P<label>" + "|".join(f"(?P<{k}>{v})" for k, v in _LABELS) + r")\s*:\s*(?P<value>.*)$")
_DASH_LINE = re.compile(r"^[–—•\-*]\s+(?P<text>\S.*)$")
_CRUMBS = re.compile(r"^\S[^>]{0,40}\s>\s")  # "Home > Projects > …": a web page's path, no content
_MONTHS = {
    1: ("janar", "januar", "january", "јануар"), 2: ("shkurt", "februar", "february", "фебруар"),
    3: ("mars", "mart", "march", "март"), 4: ("prill", "april", "април"), 5: ("maj", "may", "мај"),
    6: ("qershor", "jun", "june", "јун"), 7: ("korrik", "jul", "july", "јул"), 8: ("gusht", "avgust", "august",
                                                                                  "август"),
    9: ("shtator", "septembar", "september", "септембар"), 10: ("tetor", "oktobar", "october", "октобар"),
    11: ("nentor", "novembar", "november", "новембар"), 12: ("dhjetor", "decembar", "december", "децембар"),
}  # fmt: skip
_MONTH_YEAR = re.compile(r"(?P<month>[^\W\d_]+)\.?\s*(?P<year>(?:19|20)\d\d)")


def month_period(text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """((start year, month), (end year, month)) of "Tetor 2023 – Prill 2024"; None when it names no months."""
    found = []
    for m in _MONTH_YEAR.finditer(fold(text)):
        month = next((n for n, names in _MONTHS.items() if m.group("month") in names), None)
        if month is not None:
            found.append((int(m.group("year")), month))
    if len(found) < 2 or found[0] > found[-1]:
        return None
    return found[0], found[-1]


_SQ_WORDS = frozenset(["dhe", "të", "për", "në", "një", "është", "me", "nga", "që", "si", "e", "i"])
_SR_WORDS = frozenset(["i", "u", "za", "na", "je", "se", "od", "da", "su", "ili", "sa"])
_SR_WORDS |= {"и", "у", "за", "на", "је", "се", "од", "да", "су", "или", "са"}
_EN_WORDS = frozenset(["the", "and", "of", "to", "for", "is", "with", "in", "on", "by"])


# -- language --------------------------------------------------------------------------------------------------
def detect_language(text: str) -> tuple[str, str]:
    """("sq" | "sr" | "en", script) by letters and the commonest words."""
    from desktop.translation.transliterate import detect_script

    sample = text[:40_000]
    script = detect_script(sample)
    if re.search(r"[\u0400-\u04ff]", sample) and script == "cyrl":
        return "sr", script
    words = re.findall(r"\w+", sample.lower())
    sq = sum(w in _SQ_WORDS for w in words) + 3 * (sample.count("ë") + sample.count("Ë"))
    sr = sum(w in _SR_WORDS for w in words) + 3 * sum(sample.count(c) for c in "čćšžđČĆŠŽĐ")
    en = sum(w in _EN_WORDS for w in words)
    lang = max((("sq", sq), ("sr", sr), ("en", en)), key=lambda kv: kv[1])[0]
    return lang, script if lang == "sr" else "latn"


# -- tables ----------------------------------------------------------------------------------------------------


# -- the document ----------------------------------------------------------------------------------------------


def _kind(text: str) -> str | None:
    words = fold(text)
    return next((kind for kind, stems in _KINDS if any(s in words for s in stems)), None)


def _strip_number(text: str) -> tuple[str, str]:
    m = _NUMBERED.match(text)
    return (m.group("num"), m.group("title").strip()) if m else ("", text)


def _typed_level(number: str) -> int:
    parts = [p for p in number.strip(".").split(".") if p]
    return max(0, len(parts) - 1)


def _looks_like_chapter(p: Para) -> bool:
    """A typed chapter title: numbered ("IV.", "4.1.1"), short, bold or Roman or multi-level, not a sentence."""
    if p.list_kind or len(p.text) > 120 or "\n" in p.text:
        return False
    m = _NUMBERED.match(p.text)
    if not m or m.group("title").rstrip()[-1:] in ";,:":
        return False
    number = m.group("num")
    roman = bool(re.fullmatch(rf"{_ROMAN}\.", number)) and number != "."
    multi = "." in number.strip(".")
    return p.bold or roman or multi


def _decision(paras: list[Para]) -> tuple[int, PreviewItem, dict[str, str]] | None:
    """The decision page at the start: (blocks it takes, its item, number/date/template/point style)."""
    at = next((i for i, p in enumerate(paras[:80]) if _TITLE_WORD.match(fold(p.text).strip(" :"))), None)
    if at is None:
        return None
    lines: dict[str, list[str]] = {}
    extra: dict[str, str] = {}

    def add(name: str, text: str) -> None:
        lines.setdefault(name, []).append(text)

    for p in paras[:at]:
        if not p.text:
            continue
        if _PROTOCOL.match(p.text) and "protocol" not in lines and len(p.text) < 60:
            add("protocol", p.text)
        elif re.search(r"\b(19|20)\d\d\b", p.text) and "place_date" not in lines and len(p.text) < 80:
            add("place_date", p.text)
        else:
            add("header", p.text)
    add("title_word", paras[at].text)
    i = at + 1
    stage = "number"
    end = at + 1
    while i < len(paras):
        p = paras[i]
        text, folded = p.text, fold(p.text).strip()
        i += 1
        if not text:
            continue
        if stage == "number" and _PROTOCOL.match(text) and len(text) < 80:
            add("number_line", text)
            m = re.match(r"^(?:nr|br|број|no)\.?\s*([^\s,]+)", text, re.IGNORECASE)
            if m:
                extra["number"] = m.group(1).strip(".,")
            d = _DATE.search(text)
            if d:
                day, month, year = (int(g) for g in d.groups())
                if 1 <= day <= 31 and 1 <= month <= 12:
                    extra["date"] = f"{year:04d}-{month:02d}-{day:02d}"
            stage = "subject"
        elif stage in ("number", "subject") and text.upper() == text and len(text) < 300:
            add("subject", text)
            stage = "basis"
        elif stage in ("number", "subject", "basis") and _OPERATIVE.match(folded):
            add("operative", text)
            stage = "points"
        elif stage in ("number", "subject", "basis"):
            add("legal_basis" if any(folded.startswith(w) for w in _LEGAL) else "preamble", text)
            stage = "basis"
        elif stage == "points" and (_POINT.match(text) or p.list_kind):
            add("points", text)
            extra.setdefault("point_style", "decimal" if text[:1].isdigit() else "roman")
        elif stage == "points" and "points" in lines and len(text) < 60:
            add("signatory_title", text)
            stage = "name"
        elif stage == "points":
            add("points", text)
        elif stage == "name" and len(text) < 60:
            add("signatory_name", text)
            end = i
            break
        else:
            break
        end = i
    if "operative" not in lines:
        return None
    fields = {name: "\n".join(values) for name, values in lines.items()}
    if fields.get("points") and "\n" in fields["points"]:
        fields["points"] = "\n\n".join(lines["points"])
    header = fold(fields.get("header", ""))
    if "keshilli bashkiak" in header or "shqiperise" in header:
        extra["template"] = "AL"
    elif "kuvendi" in header or "skupstina" in header or "kosov" in header:
        extra["template"] = "XK"
    item = PreviewItem("decision", 0, fields.get("subject") or fields["title_word"], fields=fields,
                       found_by="decision page")  # fmt: skip
    return end, item, extra


def recognise(blocks: list[Block], file_name: str, lang: str | None = None) -> Preview:
    """The preview of a document's blocks; `lang` overrides the detected language."""
    text = "\n".join(b.text for b in blocks[:3000] if isinstance(b, Para))
    detected, script = detect_language(text)
    preview = Preview(file_name=file_name, lang=lang or detected, script=script)
    counts = preview.counts
    m = _MUNICIPALITY.search(text[:5000])
    if m:
        preview.municipality = m.group("name").strip().title() if m.group("name").isupper() else m.group("name")
        if "bashkia" in fold(m.group(0)):
            preview.country = "AL"
    styled = any(isinstance(b, Para) and b.heading and not b.toc for b in blocks)

    start = 0
    leading = []
    for b in blocks:
        if not isinstance(b, Para):
            break
        leading.append(b)
    found = _decision(leading)
    if found:
        start, item, extra = found
        preview.items.append(item)
        preview.decision_extra = extra
        if extra.get("template") == "AL":
            preview.country = "AL"
        counts["decision"] = 1

    items = preview.items
    chapter: PreviewItem | None = None
    title_lines: list[str] = []
    styled_title: list[str] = []  # in the Title style: the title itself, the other cover lines are not
    in_toc = False
    tables: list[tuple[int, Table]] = []  # plan tables with the item index they go at
    pending_caption: PreviewItem | None = None
    list_mode: str | None = None  # the labelled list being read: objectives, priorities, sub-priorities
    i = start
    while i < len(blocks):
        b = blocks[i]
        i += 1
        if isinstance(b, Table):
            if not b.rows:
                continue
            header = b.rows[0]
            if is_plan_header(header) or (tables and fold_row(tables[-1][1].rows[0]) == fold_row(header)):
                tables.append((len(items), b))
                chapter = None  # the text after the plan is a chapter after it, not the one before it
            else:
                target = chapter or _untitled(items)
                chapter = target
                for row in b.rows:
                    if any(row):
                        line = "\t".join(c for c in row if c)
                        target.body.append(line)
                        target.lines.append(Line("p", 0, plain_spans(line)))
            continue
        text = b.text
        if not text and not b.images:
            continue
        folded = fold(text).strip()
        if b.toc or _TOC_HEADING.match(folded):
            counts["toc_lines"] = counts.get("toc_lines", 0) + 1
            in_toc = True
            continue
        if _TOC_LINE.match(text) and (in_toc or _NUMBERED.match(text)):
            counts["toc_lines"] = counts.get("toc_lines", 0) + 1
            in_toc = True
            continue
        in_toc = False
        if b.heading == 0:
            title_lines.append(text)
            styled_title.append(text)
            continue
        if not any(it.role == "chapter" for it in items) and _CRUMBS.match(text):
            continue
        label = _LABEL.match(folded) if not b.heading and len(text) < 600 else None
        if label and (label.group("value") or b.bold or text.rstrip().endswith(":")):
            key = next(k for k, _v in _LABELS if label.group(k))
            value = text.split(":", 1)[1].strip() if ":" in text else ""
            if key in ("objectives", "priorities", "sub_priorities") and not value:
                list_mode, chapter = key, None
                continue
            if value and key != "objectives":
                _labelled(preview, key, value, label.group("label"))
                continue
        if list_mode is not None:
            dash = _DASH_LINE.match(text)
            if b.list_kind or dash:
                entry = (dash.group("text") if dash else text).strip().rstrip(";").strip()
                if list_mode == "objectives":
                    items.append(PreviewItem("objective", 0, entry, found_by="labelled list"))
                else:
                    level = 1 if list_mode == "sub_priorities" else 0
                    items.append(PreviewItem("priority", level, entry, fields={"scope": "plan"},
                                             found_by="labelled list"))  # fmt: skip
                continue
            list_mode = None
        if not styled and b.bold and text.rstrip().endswith(":") and len(text) < 80 and not b.list_kind:
            # A bold label over the text below it ("Qëllimi i përgjithshëm:"): a chapter of an unnumbered page.
            chapter = PreviewItem("chapter", 0, text.rstrip().rstrip(":").strip(), found_by="bold label")
            items.append(chapter)
            continue
        number, title, level, found_by = "", text, None, ""
        if b.heading and b.heading > 0 and not b.list_kind:
            number, title = _strip_number(text)
            level, found_by = b.heading - 1, "heading style"
        elif not styled and _looks_like_chapter(b):
            number, title = _strip_number(text)
            level, found_by = _typed_level(number), "typed numbering"
        if level is not None:
            chapter = PreviewItem("chapter", level, title, number=number, found_by=found_by)
            items.append(chapter)
            continue
        if b.images:
            target = chapter or _untitled(items)
            chapter = target
            for image in b.images:
                target.figures.append((image, ""))
            pending_caption = target
            if not text:
                continue
        if pending_caption is not None and _CAPTION.match(text):
            image, _ = pending_caption.figures[-1]
            label = _CAPTION_LABEL.match(text)
            pending_caption.figures[-1] = (image, label.group("rest").strip() if label else text)
            pending_caption = None
            continue
        pending_caption = None
        if chapter is None and not any(it.role == "chapter" for it in items) and not tables and len(text) <= 160:
            title_lines.append(text)  # the cover's lines before the first chapter
            continue
        target = chapter or _untitled(items)
        chapter = target
        if b.list_kind:
            target.lines.append(Line(b.list_kind, b.list_level, b.spans or plain_spans(text)))
        else:
            target.lines.append(typed_line(text, b.spans))
        if b.list_kind == "bullet":
            target.body.append("  " * b.list_level + "- " + text)
        elif b.list_kind == "number":
            n = 1
            for prev in reversed(target.body):
                mm = re.match(r"^\s*(\d+)\. ", prev)
                if not mm:
                    break
                n = int(mm.group(1)) + 1
                break
            target.body.append("  " * b.list_level + f"{n}. {text}")
        else:
            target.body.append(text)

    _title(preview, title_lines)
    if styled_title:
        preview.title = " ".join(styled_title)[:500]
        preview.kind = _kind(preview.title) or preview.kind
    if preview.facts.get("title"):
        preview.title = preview.facts["title"]
        preview.kind = preview.facts.get("kind") or _kind(preview.title) or preview.kind
    _place_tables(preview, tables)
    _printed_parts(preview)
    numbers = [it.number for it in items if it.role == "chapter" and it.level == 0 and it.number]
    if numbers:
        preview.numbering = "roman" if all(re.fullmatch(rf"{_ROMAN}\.", n) for n in numbers) else "decimal"
    # Levels as the document uses them: the shallowest chapter is a top-level one.
    levels = [it.level for it in items if it.role == "chapter"]
    if levels and min(levels) > 0:
        low = min(levels)
        for it in items:
            if it.role == "chapter":
                it.level -= low
    _warn(preview)
    return preview


def _labelled(preview: Preview, key: str, value: str, label: str) -> None:
    """A labelled line of a project page: its title (and kind), area, donors, partners, period in months."""
    if key == "title":
        preview.facts["title"] = value.strip()
        preview.facts["kind"] = _kind(label) or ""
    elif key == "area":
        m = _MUNICIPALITY.search(value)
        if m and not preview.municipality:
            preview.municipality = m.group("name")
    elif key in ("donors", "partners"):
        preview.facts[key] = value
    elif key == "period":
        months = month_period(value)
        if months:
            (start_year, start_month), (end_year, end_month) = months
            preview.period = (start_year, end_year)
            preview.months = (start_month, end_month)
        elif years := _YEARS.search(value):
            preview.period = (int(years.group(1)), int(years.group(2)))


def _untitled(items: list[PreviewItem]) -> PreviewItem:
    item = PreviewItem("chapter", 0, "", found_by="text outside a chapter")
    items.append(item)
    return item


def _title(preview: Preview, lines: list[str]) -> None:
    kept = []
    for line in lines:
        folded = fold(line).strip()
        years = _YEARS.search(line)
        if years and preview.period is None:
            preview.period = (int(years.group(1)), int(years.group(2)))
        if folded in ("draft", "projekt", "nacrt", "нацрт") or (_MUNICIPALITY.match(line) and line.isupper()):
            continue
        if line.rstrip().endswith("!") and len(line) < 40:
            continue  # "Të nderuar!": the letter's greeting
        if re.fullmatch(r"[\d\s\-–—/]+", line) or (line.isupper() and ("republika" in folded or "keshilli" in folded)):
            continue
        kept.append(line.strip())
    start = next((i for i, line in enumerate(kept) if _kind(line)), 0)
    preview.title = " ".join(kept[start : start + 3]).strip()[:500]
    preview.kind = _kind(preview.title) if preview.title else None


def _place_tables(preview: Preview, tables: list[tuple[int, Table]]) -> None:
    """Join the plan tables that share a header, skip the header rows repeated in them, and put their items
    where the first of them stood (a chapter title with no text right before it names the action plan)."""
    if not tables:
        return
    groups: list[tuple[int, PreviewTable]] = []
    for at, t in tables:
        header = t.rows[0]
        key = fold_row(header)
        data = t.rows[max(1, t.header_rows) :]
        if groups and fold_row(groups[-1][1].header) == key:
            pt = groups[-1][1]
            pt.sources += 1
            pt.repeated_headers += 1  # the header at the top of the next table
        else:
            pt = PreviewTable(header=list(header), rows=[], mapping=[])
            groups.append((at, pt))
        for row in data:
            if fold_row(row) == key:
                pt.repeated_headers += 1
                continue
            pt.rows.append(row)
    for _at, pt in groups:
        pt.mapping = map_header(pt.header, pt.rows)
        for i, target in enumerate(pt.mapping):
            if target == NEW_COLUMN and merged_under_bands(pt.rows, i):
                pt.mapping[i] = NEW_OBJECTIVE_COLUMN
    items = preview.items
    offset = 0
    for n, (at, pt) in enumerate(groups):
        preview.tables.append(pt)
        at += offset
        before = items[at - 1] if at > 0 else None
        if before is not None and before.role == "chapter" and not before.body and not before.figures:
            if not preview.plan_title:
                preview.plan_title = before.title
            items.pop(at - 1)
            at -= 1
            offset -= 1
        new = table_items(pt, n)
        items[at:at] = new
        offset += len(new)
    if not preview.plan_title and preview.title:
        preview.plan_title = ""


def _chapters_before(items: list[PreviewItem], index: int) -> int:
    return sum(1 for it in items[:index] if it.role == "chapter" and it.level == 0)


def _printed_parts(preview: Preview) -> None:
    """The parts a plan prints after its chapters, as this app's Word export writes them: the strategic
    objectives (each objective's heading, its description and its priorities) and the target groups. They come
    back as what they are, not as chapters."""
    items = preview.items
    i = 0
    while i < len(items):
        item = items[i]
        folded = fold(item.title).strip()
        if item.role != "chapter" or item.level != 0 or item.table is not None:
            i += 1
            continue
        end = next((j for j in range(i + 1, len(items)) if items[j].role != "chapter" or items[j].level == 0),
                   len(items))  # fmt: skip
        inner = items[i + 1 : end]
        if folded in _OBJECTIVES_PART and inner and OBJECTIVE_LABEL.match(inner[0].title):
            replaced: list[PreviewItem] = []
            for sub in inner:
                m = OBJECTIVE_LABEL.match(sub.title)
                if m and sub.level == 1:
                    replaced.append(PreviewItem("objective", 0, m.group("rest").strip(), number=m.group("num"),
                                                body=sub.body, lines=sub.lines,
                                                found_by="objectives part"))  # fmt: skip
                else:
                    # A priority "1.2", a sub-priority "1.2.1" (by its number: Word has three heading levels).
                    depth = len(sub.number.strip(".").split(".")) - 2 if sub.number else sub.level - 2
                    replaced.append(PreviewItem("priority", max(0, depth), sub.title, number=sub.number,
                                                body=sub.body, lines=sub.lines,
                                                found_by="objectives part"))  # fmt: skip
            preview.part_places[PART_OBJECTIVES] = _chapters_before(items, i)
            items[i:end] = replaced
            i += len(replaced)
            continue
        if folded in _GROUPS_PART and not inner and item.body and all(b.startswith("- ") for b in item.body):
            preview.target_groups = [b[2:].strip() for b in item.body]
            preview.part_places[PART_TARGET_GROUPS] = _chapters_before(items, i)
            del items[i]
            continue
        i += 1


def _warn(preview: Preview) -> None:
    c = preview.counts
    c["repeated_headers"] = sum(t.repeated_headers - (t.sources - 1) for t in preview.tables)
    c["tables_joined"] = sum(t.sources - 1 for t in preview.tables)
    c["split_rows"] = sum(t.joined_rows for t in preview.tables)
    c.update({f"{k}s": v for k, v in preview.role_counts().items() if k != "skip"})
    w = preview.warnings
    if c.get("toc_lines"):
        w.append(f"{c['toc_lines']} table-of-contents lines skipped")
    if c["tables_joined"]:
        w.append(
            f"{c['tables_joined'] + len(preview.tables)} tables with the same header joined into {len(preview.tables)}"
        )
    if c["repeated_headers"]:
        w.append(f"{c['repeated_headers']} repeated header rows skipped")
    if c["split_rows"]:
        w.append(f"{c['split_rows']} split rows joined")
    for t in preview.tables:
        own = [h for h, m in zip(t.header, t.mapping, strict=False) if m in OWN_TARGETS]
        if own:
            w.append("columns of the plan's own: " + ", ".join(own))
