"""XLIFF 1.2 export and import, so consultants can translate a plan in their CAT tool (OmegaT, Trados, memoQ).

One `<trans-unit>` per written text field, id "<entity id>:<field>", stable across exports. Each unit carries
a sha256 of the source text it was exported from in its `extradata` attribute (XLIFF's place for a tool's own
data, which CAT tools keep but do not show the translator; files of older versions carry it in a
`<note from="source-hash">`), so an import can tell whether the source changed in the meantime. Where the unit
is in the plan stays a readable note. Languages are tagged sq, en, sr-Latn or sr-Cyrl.

CAT tools differ in what they translate: OmegaT's XLIFF filter translates the text of `<target>`, others the
`<source>`. `copy_source` writes the source into empty targets marked `state="needs-translation"` so that
both kinds see every unit; such a tool then often leaves the copy (and the state) as it was, so an import
never takes a target equal to its source as a translation, takes a target still marked as needing work
only as a draft, and never replaces a translated or approved text silently (that is a conflict).

Import is split in two: `import_xliff` is pure and returns an `ImportPlan` (what would happen, unit by unit);
`apply_import` applies it as one compound operation. Units whose source changed since the export are
conflicts: the model has no place for suggestions (`Translation.based_on` is the source a translation was
made from, not a suggestion), so conflicts are never applied; they are reported with the imported text.

Fields whose original language is the target language are not exported: there is nothing to translate.

A structured text (lists, emphasis, links, footnotes: see desktop.core.richtext) is one unit whose source
carries XLIFF 1.2 inline codes, which CAT tools show as protected tags: every element becomes a `<g>` with a
number (in reading order) and a ctype: `bold`, `italic`, `link` (its address stays out of the file: the
import takes it from the plan's source text), `x-footnote`, `x-paragraph`, `x-bulleted-list`,
`x-numbered-list`, `x-list-item`. An import rebuilds the structure from the target's codes, which may be
reordered or nested differently (a translation may put the bold word elsewhere) but must be the source's
codes, each once; a target whose codes do not match is refused with a message saying which.
"""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field

import defusedxml
import defusedxml.ElementTree as SafeET

from desktop.core import operations as op
from desktop.core import richtext as rt
from desktop.core.model import Document
from desktop.core.operations import Change
from desktop.core.text import LANGUAGES, MultiText, TextError, TState, check_language, clean_text
from desktop.translation.transliterate import CYRILLIC, LATIN, NO_SCRIPT, convert, detect_script

XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
MAX_XLIFF_BYTES = 50_000_000  # a plan's XLIFF is a few MB; anything far larger is not one of ours
MAX_XLIFF_UNITS = 100_000  # a large plan has ~7,000 units; counted in the bytes before parsing

# Our translation states as XLIFF 1.2 `state` values (only values of the 1.2 stateValueList); approved texts
# are also marked approved="yes", which is what CAT tools read.
EXPORT_STATE = {
    TState.DRAFT: "needs-review-translation",
    TState.TRANSLATED: "translated",
    TState.APPROVED: "final",
    TState.OUTDATED: "needs-translation",
}
COPIED_STATE = "needs-translation"  # a target holding a copy of the source
# Imported states that mean "the translator confirmed this text".
CONFIRMED_STATES = {"translated", "signed-off", "final"}
# Imported states that say the target still needs work ("new", "needs-translation", "needs-l10n" ...).
NEEDS_WORK_PREFIXES = ("new", "needs-")
OPEN_STATES = {TState.MISSING, TState.DRAFT, TState.OUTDATED}

# Characters XML 1.0 cannot carry at all; clean_text removes the control ones, these few remain possible.
_NOT_XML = re.compile("[\ufffe\uffff\ud800-\udfff]")

APPLY, UNCHANGED, CONFLICT, UNKNOWN, EMPTY, REJECTED = "apply", "unchanged", "conflict", "unknown", "empty", "rejected"
UNTRANSLATED, WRONG_SCRIPT = "untranslated", "wrong_script"
DECISIONS = (APPLY, UNCHANGED, CONFLICT, UNTRANSLATED, WRONG_SCRIPT, UNKNOWN, EMPTY, REJECTED)


class XliffError(ValueError):
    """An XLIFF file that cannot be exported or imported; the message is one line for the user."""


def _q(tag: str) -> str:
    return f"{{{XLIFF_NS}}}{tag}"


def source_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def language_tag(lang: str, script: str | None) -> str:
    """The BCP 47 tag CAT tools expect: "sq", "en", "sr-Latn" or "sr-Cyrl" (Serbian in Latin when unknown)."""
    if lang != "sr":
        return lang
    return "sr-Cyrl" if script == CYRILLIC else "sr-Latn"


def tag_script(tag: str | None) -> str | None:
    """The script a language tag names ("sr-Cyrl" -> "cyrl"), or None when it names none."""
    parts = re.split(r"[-_]", (tag or "").casefold())
    return CYRILLIC if "cyrl" in parts[1:] else LATIN if "latn" in parts[1:] else None


def _same_text(a: str, b: str) -> bool:
    """Equal after whitespace normalisation (a CAT tool may rewrap or trim a copied source)."""
    return " ".join(a.split()) == " ".join(b.split())


def _unit_source_lang(mt: MultiText, source_lang: str | None) -> str | None:
    if source_lang and mt.get(source_lang):
        return source_lang
    return mt.source if mt.source and mt.get(mt.source) else None


# -- export --------------------------------------------------------------------


def export_units(
    doc: Document, target_lang: str, *, only_open: bool = False, source_lang: str | None = None
) -> list[tuple[str, str, str, MultiText, str]]:
    """(entity id, kind, field, text, source language) of every text an export for `target_lang` carries."""
    units = []
    for entity in doc.walk():
        if entity.TEXTS and op.frozen_reason(doc, entity):
            continue  # a revised version or a closed review is kept as adopted
        for name in entity.TEXTS:
            mt = entity.text(name)
            src = _unit_source_lang(mt, source_lang)
            if src is None or target_lang in (src, mt.source):
                continue  # nothing to translate, or the target is the original text
            if only_open and mt.state(target_lang) not in OPEN_STATES:
                continue
            units.append((entity.id, entity.KIND, name, mt, src))
    return units


def export_xliff(
    doc: Document,
    target_lang: str,
    *,
    only_open: bool = False,
    source_lang: str | None = None,
    serbian_script: str | None = None,
    copy_source: bool = False,
) -> bytes:
    """The document's texts as one XLIFF 1.2 file for translation into `target_lang` (UTF-8 bytes).

    `serbian_script` ("latn" or "cyrl") writes Serbian in that script; the source hashes stay those of
    the stored texts, and an import turns Serbian back into the script each text is stored in.
    `copy_source` writes the source into every empty target, marked `state="needs-translation"`.
    """
    if serbian_script not in (None, LATIN, CYRILLIC):
        raise XliffError(f"unknown script {serbian_script!r}: expected {LATIN!r} or {CYRILLIC!r}")

    def shown(text: str, lang: str) -> str:
        return convert(text, serbian_script) if serbian_script and lang == "sr" and text else text

    def tag(lang: str, text: str) -> str:
        script = serbian_script or (detect_script(text) if lang == "sr" else None)
        return language_tag(lang, script)

    try:
        check_language(target_lang)
        if source_lang is not None:
            check_language(source_lang)
    except TextError as exc:
        raise XliffError(str(exc)) from None
    numbers = doc.numbers()
    units = export_units(doc, target_lang, only_open=only_open, source_lang=source_lang)

    # The file's source language is the one most units come from; each <source> also says its own.
    file_source = source_lang or (Counter(u[4] for u in units).most_common(1)[0][0] if units else LANGUAGES[0])

    def file_tag(lang: str, texts: list[str]) -> str:
        if lang != "sr" or serbian_script:
            return language_tag(lang, serbian_script)
        scripts = Counter(s for s in map(detect_script, texts) if s != NO_SCRIPT)  # the script most texts use
        return language_tag(lang, scripts.most_common(1)[0][0] if scripts else None)

    source_tag = file_tag(file_source, [mt.get(src) for *_rest, mt, src in units if src == file_source])
    target_tag = file_tag(target_lang, [mt.get(target_lang) for *_rest, mt, _src in units])
    # Plain tags plus an explicit xmlns: ElementTree's default_namespace rejects unqualified attributes.
    root = ET.Element("xliff", {"version": "1.2", "xmlns": XLIFF_NS})
    file_el = ET.SubElement(
        root,
        ("file"),
        {"original": doc.id, "source-language": source_tag, "target-language": target_tag, "datatype": "plaintext"},
    )
    body = ET.SubElement(file_el, "body")
    rich_fills: list[tuple[ET.Element, rt.RichDoc]] = []  # inline codes go in after indenting (see _fill)
    for entity_id, kind, name, mt, src in units:
        unit_id = f"{entity_id}:{name}"
        stored_source = mt.get(src)
        source_text = shown(stored_source, src)
        target_text = shown(mt.get(target_lang), target_lang)
        if _NOT_XML.search(source_text) or _NOT_XML.search(target_text):
            raise XliffError(f"the text {unit_id} contains characters XML cannot carry")
        # xml:space="preserve": newlines and leading/trailing spaces are part of the text. extradata: the
        # fingerprint of the source, kept by CAT tools without showing it to the translator.
        tu = ET.SubElement(
            body, "trans-unit", {"id": unit_id, XML_SPACE: "preserve", "extradata": source_hash(stored_source)}
        )
        source_el = ET.SubElement(tu, "source", {XML_LANG: tag(src, stored_source)})
        _fill(source_el, source_text, rich_fills)
        state = mt.state(target_lang)
        # A target in the file's target language; as written, Serbian says the script of its own text.
        target_lang_tag = tag(target_lang, mt.get(target_lang)) if target_text else target_tag
        if target_text:
            target = ET.SubElement(tu, "target", {XML_LANG: target_lang_tag, "state": EXPORT_STATE[state]})
            _fill(target, target_text, rich_fills)
            if state == TState.APPROVED:
                tu.set("approved", "yes")
        elif copy_source:
            target = ET.SubElement(tu, "target", {XML_LANG: target_lang_tag, "state": COPIED_STATE})
            _fill(target, source_text, rich_fills)
        number = numbers.get(entity_id)
        context = f"{kind.replace('_', ' ')}{' ' + number if number else ''}: {name.replace('_', ' ')}"
        ET.SubElement(tu, "note", {"from": "plan"}).text = context
        if state == TState.OUTDATED:
            ET.SubElement(
                tu, "note", {"from": "plan"}
            ).text = "outdated: the source text changed after this translation was made"
    ET.indent(root)  # one element per line: readable, and diffs of two exports stay small
    for element, rich in rich_fills:  # after indenting, which would put spaces between the codes
        _to_codes(rich, element)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


# -- structured texts as inline codes ----------------------------------------------

# Our elements as XLIFF 1.2 ctype values (the standard ones where XLIFF has them, "x-" ones otherwise).
CTYPES = {
    "b": "bold",
    "i": "italic",
    "a": "link",
    "fn": "x-footnote",
    "p": "x-paragraph",
    "ul": "x-bulleted-list",
    "ol": "x-numbered-list",
    "li": "x-list-item",
}
_OUR_TAG = {ctype: tag for tag, ctype in CTYPES.items()}


def _structured(text: str) -> rt.RichDoc | None:
    if not rt.is_structured(text):
        return None
    try:
        return rt.parse(text)
    except TextError:
        return None  # a damaged text travels as the characters it holds


def _fill(element: ET.Element, text: str, rich_fills: list[tuple[ET.Element, rt.RichDoc]]) -> None:
    rich = _structured(text)
    if rich is None:
        element.text = text
    else:
        rich_fills.append((element, rich))


def _ours(rich: rt.RichDoc) -> ET.Element:
    return ET.fromstring(rt.serialise(rich))


def _to_codes(rich: rt.RichDoc, element: ET.Element) -> None:
    """The structured text's words into `element`, every element of it a numbered <g> (ids in reading order)."""
    counter = iter(range(1, rt.MAX_ELEMENTS + 2))

    def copy(ours: ET.Element, into: ET.Element) -> None:
        into.text = ours.text
        for child in ours:
            g = ET.SubElement(into, "g", {"id": str(next(counter)), "ctype": CTYPES[child.tag]})
            copy(child, g)
            g.tail = child.tail

    copy(_ours(rich), element)


def _codes(text: str) -> dict[str, tuple[str, str]]:
    """The numbered elements of a stored structured text: code id -> (element, link address)."""
    rich = _structured(text)
    if rich is None:
        return {}
    ours = _ours(rich)
    return {str(n): (el.tag, el.get("href", "")) for n, el in enumerate(list(ours.iter())[1:], 1)}


def _source_codes(source_el: ET.Element, stored_source: str) -> dict[str, tuple[str, str]]:
    """The codes of an exported <source>: id -> (our element, link address from the plan's source text)."""
    stored = _codes(stored_source)
    codes: dict[str, tuple[str, str]] = {}
    for g in source_el.iter(_q("g")):
        code_id, ctype = g.get("id", ""), g.get("ctype", "")
        if ctype not in _OUR_TAG:
            raise XliffError(f"the source's code {code_id} ({ctype or 'no ctype'}) is not one the plan writes")
        tag = _OUR_TAG[ctype]
        href = stored.get(code_id, ("", ""))[1] if stored.get(code_id, ("",))[0] == "a" else ""
        codes[code_id] = (tag, href)
    return codes


def _from_codes(element: ET.Element | None, codes: dict[str, tuple[str, str]], what: str) -> str:
    """The stored structured form of a <source> or <target> holding the source's codes, each exactly once.

    Codes may come in another order or nesting than in the source; <mrk> a tool adds is read through.
    """
    if element is None:
        return ""
    root = ET.Element("doc")
    seen: set[str] = set()

    def add_text(into: ET.Element, text: str | None) -> None:
        if not text:
            return
        if len(into):
            into[-1].tail = (into[-1].tail or "") + text
        else:
            into.text = (into.text or "") + text

    def fill(src: ET.Element, into: ET.Element) -> None:
        add_text(into, src.text)
        for child in src:
            place(child, into)
            add_text(into, child.tail)

    def place(child: ET.Element, into: ET.Element) -> None:
        tag = child.tag
        if tag == _q("mrk"):
            fill(child, into)  # a tool's marker (a segment, a term): its text is the translation's
            return
        if tag != _q("g"):
            raise XliffError(f"the {what} holds <{tag.rpartition('}')[2]}>, which is not one of the source's codes")
        code_id = child.get("id", "")
        if code_id not in codes:
            raise XliffError(f"the {what} holds the code {code_id}, which the source does not have")
        if code_id in seen:
            raise XliffError(f"the {what} holds the code {code_id} twice")
        seen.add(code_id)
        ours, href = codes[code_id]
        ctype = child.get("ctype")
        if ctype and ctype != CTYPES[ours]:
            raise XliffError(f"the {what}'s code {code_id} is {ctype}, in the source it is {CTYPES[ours]}")
        if ours == "a" and not href:
            fill(child, into)  # a link whose address the plan no longer has: its words stay
            return
        fill(child, ET.SubElement(into, ours, {"href": href} if ours == "a" else {}))

    fill(element, root)
    missing = [code_id for code_id in codes if code_id not in seen]
    if missing:
        names = ", ".join(f"{c} ({CTYPES[codes[c][0]]})" for c in missing[:5])
        raise XliffError(f"the {what} lacks the source's code{'s' if len(missing) > 1 else ''} {names}")
    if not len(root) and not (root.text or "").strip():
        return ""
    try:
        return rt.serialise(rt.parse(clean_text(ET.tostring(root, encoding="unicode"))))
    except TextError as exc:
        raise XliffError(f"the {what}'s codes do not make a valid text: {exc}") from None


# -- import --------------------------------------------------------------------


@dataclass(slots=True)
class UnitDecision:
    unit_id: str
    decision: str  # one of DECISIONS
    entity_id: str = ""
    field: str = ""
    text: str = ""  # the imported target text; for a conflict, the suggestion not applied
    source_hash: str = ""  # hash of the source the translation was made from (checked again when applying)
    source_lang: str = ""
    message: str = ""
    exported_source: str = ""  # the <source> text the translator saw
    state: TState = TState.TRANSLATED  # what an applied text is stored as (a draft when still marked as needing work)
    replaces_translation: bool = False  # a conflict because it would replace a translated or approved text


@dataclass
class ImportPlan:
    document_id: str
    target_lang: str
    units: list[UnitDecision] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(DECISIONS, 0)
        for unit in self.units:
            counts[unit.decision] += 1
        return counts

    def of(self, decision: str) -> list[UnitDecision]:
        return [u for u in self.units if u.decision == decision]


def _parse(data: bytes) -> ET.Element:
    if len(data) > MAX_XLIFF_BYTES:
        raise XliffError(f"the file is larger than {MAX_XLIFF_BYTES // 1_000_000} MB; it is not a plan's XLIFF")
    if data.count(b"trans-unit") > 2 * MAX_XLIFF_UNITS:  # each unit names itself twice: <trans-unit ...></trans-unit>
        raise XliffError(f"the file has more than {MAX_XLIFF_UNITS:,} units; it is not a plan's XLIFF")
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a BOM is left to the parser
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise XliffError(f"the file is not valid UTF-8 (byte {exc.start})") from None
    try:
        return SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException:
        raise XliffError("the file declares a DTD or entities, which XLIFF files never need; refused") from None
    except ET.ParseError as exc:
        raise XliffError(f"the file is not well-formed XML ({exc})") from None


def _lang(value: str | None) -> str | None:
    """The primary language subtag: CAT tools write sr-Latn-RS or sq-AL where we write sr or sq."""
    return value.split("-")[0].split("_")[0].lower() if value else None


def import_xliff(doc: Document, data: bytes, *, expected_lang: str | None = None) -> ImportPlan:
    """What importing `data` would do, unit by unit; changes nothing."""
    root = _parse(data)
    if root.tag != _q("xliff"):
        raise XliffError("the file is not an XLIFF 1.2 document")
    files = root.findall(_q("file"))
    if not files:
        raise XliffError("the XLIFF file contains no <file> element")
    plan: ImportPlan | None = None
    script: str | None = None
    plan_script = plan_serbian_script(doc)
    seen: set[str] = set()
    for file_el in files:
        if file_el.get("original") != doc.id:
            raise XliffError("this file belongs to another plan")
        lang = _lang(file_el.get("target-language"))
        if lang not in LANGUAGES:
            raise XliffError(f"the file's target language {file_el.get('target-language')!r} is not sq, sr or en")
        if expected_lang and lang != expected_lang:
            raise XliffError(f"the file is a translation into {lang}, not {expected_lang}")
        if plan is None:
            plan = ImportPlan(doc.id, lang)
            script = tag_script(file_el.get("target-language"))
        elif plan.target_lang != lang:
            raise XliffError("the file mixes several target languages")
        for tu in file_el.iter(_q("trans-unit")):  # also inside <group>s
            unit_id = tu.get("id", "")
            if unit_id in seen:
                raise XliffError(f"the unit {unit_id} appears twice")
            seen.add(unit_id)
            plan.units.append(_decide(doc, tu, unit_id, lang, script, plan_script))
    assert plan is not None
    return plan


def _needs_work(state: str | None) -> bool:
    return bool(state) and state.startswith(NEEDS_WORK_PREFIXES)


def _wrong_script(text: str, lang: str, script: str | None) -> bool:
    """Latin in a Serbian Cyrillic target (or the reverse), Cyrillic in Albanian or English."""
    found = detect_script(text)
    if lang != "sr":
        return found == CYRILLIC
    return script is not None and found not in (NO_SCRIPT, script)


def _decide(
    doc: Document,
    tu: ET.Element,
    unit_id: str,
    lang: str,
    file_script: str | None = None,
    plan_script: str | None = None,
) -> UnitDecision:
    entity_id, _, name = unit_id.rpartition(":")
    entity = doc.find(entity_id) if entity_id else None
    if entity is None or name not in entity.TEXTS:
        return UnitDecision(unit_id, UNKNOWN)
    unit = UnitDecision(unit_id, UNKNOWN, entity_id, name)
    frozen = op.frozen_reason(doc, entity)
    if frozen:
        unit.decision, unit.message = REJECTED, frozen
        return unit
    mt = entity.text(name)
    source_el = tu.find(_q("source"))
    target_el = tu.find(_q("target"))
    unit.source_lang = (_lang(source_el.get(XML_LANG)) if source_el is not None else None) or ""
    if unit.source_lang not in LANGUAGES:
        unit.source_lang = mt.source or ""
    if not unit.source_lang or lang in (unit.source_lang, mt.source):
        # Importing into the language a text was written in would rewrite the original.
        unit.decision, unit.message = REJECTED, f"the text was written in {lang}"
        return unit
    rich = source_el is not None and source_el.find(_q("g")) is not None
    if rich:
        # A structured text: the target's codes rebuild its lists, emphasis, links and footnotes.
        try:
            codes = _source_codes(source_el, mt.get(unit.source_lang))
            text = _from_codes(target_el, codes, "translation")
            unit.exported_source = _from_codes(source_el, codes, "source")
        except (XliffError, TextError) as exc:
            unit.decision, unit.message = REJECTED, str(exc)
            return unit
    else:
        # itertext: inline markup a CAT tool may add (<mrk>, <g>) is flattened to its text, which stays
        # plain text even where it looks like the structured form.
        try:
            text = clean_text(rt.from_plain("".join(target_el.itertext()))) if target_el is not None else ""
        except TextError as exc:
            unit.decision, unit.message = REJECTED, str(exc)
            return unit
        try:
            unit.exported_source = (
                clean_text(rt.from_plain("".join(source_el.itertext()))) if source_el is not None else ""
            )
        except TextError:
            unit.exported_source = ""
    if not rt.to_plain(text).strip():
        unit.decision = EMPTY
        return unit
    stored_source = mt.get(unit.source_lang)
    unit.source_hash = _exported_hash(tu, unit.exported_source)
    translated_here = mt.state(lang) in (TState.TRANSLATED, TState.APPROVED)
    if translated_here and source_hash(stored_source) == unit.source_hash and text == mt.get(lang):
        # Already the confirmed translation here, even where it is the source's text (a number, a name).
        unit.text, unit.decision = text, UNCHANGED
        return unit
    if _same_text(text, unit.exported_source) or _same_text(text, stored_source):
        # A copy of the source the tool left as it was (or the translator never touched).
        unit.decision, unit.message = UNTRANSLATED, "the target is a copy of the source"
        return unit
    target_script = tag_script(target_el.get(XML_LANG)) or file_script
    if _wrong_script(text, lang, target_script):
        unit.text = text
        unit.decision, unit.message = WRONG_SCRIPT, "the target is written in the wrong script for its language"
        return unit
    unit.text = text = _in_stored_script(text, lang, mt.get(lang), plan_script)
    if source_hash(stored_source) != unit.source_hash:
        unit.decision, unit.message = CONFLICT, "the source text changed after the export"
        return unit
    state = target_el.get("state")
    confirmed = state is None or state in CONFIRMED_STATES
    current, current_state = mt.get(lang), mt.state(lang)
    if text == current and (translated_here or not confirmed):
        unit.decision = UNCHANGED
    elif translated_here and text != current:
        # Never replaced silently: the translation here was confirmed by someone.
        unit.decision, unit.message = CONFLICT, f"it would replace a {current_state} text"
        unit.replaces_translation = True
    else:
        # A new text, or the same text the translator now confirms (it was a draft or outdated here). A text
        # still marked as needing work (OmegaT keeps the state of the file it was given) is only a draft.
        unit.decision = APPLY
        unit.state = TState.DRAFT if _needs_work(state) or not confirmed else TState.TRANSLATED
    return unit


def _exported_hash(tu: ET.Element, exported_source: str) -> str:
    """The fingerprint of the source the unit was exported from: extradata, a note of older exports, or the
    hash of the <source> text itself."""
    extradata = (tu.get("extradata") or "").strip()
    if re.fullmatch(r"[0-9a-f]{64}", extradata):
        return extradata
    hash_note = next((n for n in tu.findall(_q("note")) if n.get("from") == "source-hash"), None)
    if hash_note is not None:
        return (hash_note.text or "").strip()
    return source_hash(exported_source)


def plan_serbian_script(doc: Document) -> str:
    """The script most of the plan's Serbian texts are stored in (Latin for a plan without any)."""
    scripts = Counter(
        script for e in doc.walk() for name in e.TEXTS if (script := detect_script(e.text(name).get("sr"))) != NO_SCRIPT
    )
    return scripts.most_common(1)[0][0] if scripts else LATIN


def _in_stored_script(text: str, lang: str, stored: str, plan_script: str | None = None) -> str:
    """Serbian translated in the other script goes back into the script the field is stored in; a field
    without Serbian yet gets the script the plan's other Serbian texts are stored in."""
    if lang != "sr":
        return text
    script = detect_script(stored) if stored else (plan_script or NO_SCRIPT)
    if script == NO_SCRIPT or detect_script(text) in (NO_SCRIPT, script):
        return text
    return convert(text, script)


def apply_import(doc: Document, plan: ImportPlan) -> Change:
    """Apply the plan's "apply" units as translated texts (drafts where the file still marks them as needing work).

    A conflict (the source changed after the export) never overwrites a text: where the field had no
    translation yet, the imported one is stored as outdated, made from the source the translator saw,
    so the translation view shows what changed; an existing translation is left as it is.
    """
    if plan.document_id != doc.id:
        raise op.OperationError("this translation belongs to another plan")
    change = Change("import_xliff")
    lang = plan.target_lang
    for unit in plan.units:
        entity = doc.find(unit.entity_id) if unit.decision in (APPLY, CONFLICT) else None
        if entity is None:
            continue
        mt = entity.text(unit.field)
        # The document may have changed since the plan was made: never write over a changed source.
        same_source = source_hash(mt.get(unit.source_lang)) == unit.source_hash
        if unit.decision == APPLY and same_source:
            change.extend(op.set_text(doc, unit.entity_id, unit.field, lang, unit.text, unit.state))
        elif unit.decision == CONFLICT and not same_source and not mt.get(lang) and unit.exported_source:
            # Only a changed source makes this kind of conflict; one that would replace a text never applies.
            based_on = unit.exported_source
            change.extend(op.set_text(doc, unit.entity_id, unit.field, lang, unit.text, TState.OUTDATED, based_on))
    return change


def conflict_suggestions(plan: ImportPlan) -> list[tuple[str, str, str, str]]:
    """(source lang, target lang, exported source, imported text) of every conflict, for the memory.

    Kept there, a conflicting translation is offered again when someone translates the changed text.
    """
    return [
        (u.source_lang, plan.target_lang, u.exported_source, u.text)
        for u in plan.of(CONFLICT)
        if u.exported_source and u.text
    ]


apply_import.compound = True  # several set_text calls: the session reloads the document if one fails
