"""XLIFF 1.2 export and import, so consultants can translate a plan in their CAT tool (OmegaT, Trados, memoQ).

One `<trans-unit>` per written text field, id "<entity id>:<field>", stable across exports. Each unit carries
a sha256 of the source text it was exported from (`<note from="source-hash">`), so an import can tell whether
the source changed in the meantime.

Import is split in two: `import_xliff` is pure and returns an `ImportPlan` (what would happen, unit by unit);
`apply_import` applies it as one compound operation. Units whose source changed since the export are
conflicts: the model has no place for suggestions (`Translation.based_on` is the source a translation was
made from, not a suggestion), so conflicts are never applied; they are reported with the imported text.

Fields whose original language is the target language are not exported: there is nothing to translate.
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
from desktop.core.model import Document
from desktop.core.operations import Change
from desktop.core.text import LANGUAGES, MultiText, TextError, TState, check_language, clean_text
from desktop.translation.transliterate import CYRILLIC, LATIN, NO_SCRIPT, convert, detect_script

XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
MAX_XLIFF_BYTES = 50_000_000  # a plan's XLIFF is a few MB; anything far larger is not one of ours

# Our translation states as XLIFF 1.2 `state` values (only values of the 1.2 stateValueList).
EXPORT_STATE = {
    TState.DRAFT: "needs-review-translation",
    TState.TRANSLATED: "translated",
    TState.APPROVED: "signed-off",
    TState.OUTDATED: "needs-translation",
}
# Imported states that mean "the translator confirmed this text".
CONFIRMED_STATES = {"translated", "signed-off", "final"}
OPEN_STATES = {TState.MISSING, TState.DRAFT, TState.OUTDATED}

# Characters XML 1.0 cannot carry at all; clean_text removes the control ones, these few remain possible.
_NOT_XML = re.compile("[\ufffe\uffff\ud800-\udfff]")

APPLY, UNCHANGED, CONFLICT, UNKNOWN, EMPTY, REJECTED = "apply", "unchanged", "conflict", "unknown", "empty", "rejected"


class XliffError(ValueError):
    """An XLIFF file that cannot be exported or imported; the message is one line for the user."""


def _q(tag: str) -> str:
    return f"{{{XLIFF_NS}}}{tag}"


def source_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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
) -> bytes:
    """The document's texts as one XLIFF 1.2 file for translation into `target_lang` (UTF-8 bytes).

    `serbian_script` ("latn" or "cyrl") writes Serbian in that script; the source hashes stay those of
    the stored texts, and an import turns Serbian back into the script each text is stored in.
    """
    if serbian_script not in (None, LATIN, CYRILLIC):
        raise XliffError(f"unknown script {serbian_script!r}: expected {LATIN!r} or {CYRILLIC!r}")

    def shown(text: str, lang: str) -> str:
        return convert(text, serbian_script) if serbian_script and lang == "sr" and text else text

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
    # Plain tags plus an explicit xmlns: ElementTree's default_namespace rejects unqualified attributes.
    root = ET.Element("xliff", {"version": "1.2", "xmlns": XLIFF_NS})
    file_el = ET.SubElement(
        root,
        ("file"),
        {
            "original": doc.id,
            "source-language": file_source,
            "target-language": target_lang,
            "datatype": "plaintext",
        },
    )
    body = ET.SubElement(file_el, "body")
    for entity_id, kind, name, mt, src in units:
        unit_id = f"{entity_id}:{name}"
        stored_source = mt.get(src)
        source_text = shown(stored_source, src)
        target_text = shown(mt.get(target_lang), target_lang)
        if _NOT_XML.search(source_text) or _NOT_XML.search(target_text):
            raise XliffError(f"the text {unit_id} contains characters XML cannot carry")
        # xml:space="preserve": newlines and leading/trailing spaces are part of the text.
        tu = ET.SubElement(body, "trans-unit", {"id": unit_id, XML_SPACE: "preserve"})
        ET.SubElement(tu, "source", {XML_LANG: src}).text = source_text
        state = mt.state(target_lang)
        if target_text:
            target = ET.SubElement(tu, "target", {XML_LANG: target_lang, "state": EXPORT_STATE[state]})
            target.text = target_text
            if state == TState.APPROVED:
                tu.set("approved", "yes")
        number = numbers.get(entity_id)
        context = f"{kind.replace('_', ' ')}{' ' + number if number else ''}: {name.replace('_', ' ')}"
        ET.SubElement(tu, "note", {"from": "plan"}).text = context
        if state == TState.OUTDATED:
            ET.SubElement(
                tu, "note", {"from": "plan"}
            ).text = "outdated: the source text changed after this translation was made"
        ET.SubElement(tu, "note", {"from": "source-hash"}).text = source_hash(stored_source)
    ET.indent(root)  # one element per line: readable, and diffs of two exports stay small
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


# -- import --------------------------------------------------------------------


@dataclass(slots=True)
class UnitDecision:
    unit_id: str
    decision: str  # apply, unchanged, conflict, unknown, empty, rejected
    entity_id: str = ""
    field: str = ""
    text: str = ""  # the imported target text; for a conflict, the suggestion not applied
    source_hash: str = ""  # hash of the source the translation was made from (checked again when applying)
    source_lang: str = ""
    message: str = ""
    exported_source: str = ""  # the <source> text the translator saw


@dataclass
class ImportPlan:
    document_id: str
    target_lang: str
    units: list[UnitDecision] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys((APPLY, UNCHANGED, CONFLICT, UNKNOWN, EMPTY, REJECTED), 0)
        for unit in self.units:
            counts[unit.decision] += 1
        return counts

    def of(self, decision: str) -> list[UnitDecision]:
        return [u for u in self.units if u.decision == decision]


def _parse(data: bytes) -> ET.Element:
    if len(data) > MAX_XLIFF_BYTES:
        raise XliffError(f"the file is larger than {MAX_XLIFF_BYTES // 1_000_000} MB; it is not a plan's XLIFF")
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
        elif plan.target_lang != lang:
            raise XliffError("the file mixes several target languages")
        for tu in file_el.iter(_q("trans-unit")):  # also inside <group>s
            unit_id = tu.get("id", "")
            if unit_id in seen:
                raise XliffError(f"the unit {unit_id} appears twice")
            seen.add(unit_id)
            plan.units.append(_decide(doc, tu, unit_id, lang))
    assert plan is not None
    return plan


def _decide(doc: Document, tu: ET.Element, unit_id: str, lang: str) -> UnitDecision:
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
    # itertext: inline markup a CAT tool may add (<mrk>, <g>) is flattened to its text.
    try:
        text = clean_text("".join(target_el.itertext())) if target_el is not None else ""
    except TextError as exc:
        unit.decision, unit.message = REJECTED, str(exc)
        return unit
    if not text.strip():
        unit.decision = EMPTY
        return unit
    unit.text = text = _in_stored_script(text, lang, mt.get(lang))
    try:
        unit.exported_source = clean_text("".join(source_el.itertext())) if source_el is not None else ""
    except TextError:
        unit.exported_source = ""
    hash_note = next((n for n in tu.findall(_q("note")) if n.get("from") == "source-hash"), None)
    exported_source = (
        (hash_note.text or "").strip()
        if hash_note is not None
        else source_hash(clean_text("".join(source_el.itertext())) if source_el is not None else "")
    )
    unit.source_hash = exported_source
    if source_hash(mt.get(unit.source_lang)) != exported_source:
        unit.decision, unit.message = CONFLICT, "the source text changed after the export"
        return unit
    confirmed = target_el.get("state", "translated") in CONFIRMED_STATES
    current_state = mt.state(lang)
    if text == mt.get(lang) and (current_state in (TState.TRANSLATED, TState.APPROVED) or not confirmed):
        unit.decision = UNCHANGED
    else:
        # A new text, or the same text the translator now confirms (it was a draft or outdated here).
        unit.decision = APPLY
    return unit


def _in_stored_script(text: str, lang: str, stored: str) -> str:
    """Serbian translated in the other script goes back into the script the field is stored in."""
    if lang != "sr" or not stored:
        return text
    script = detect_script(stored)
    if script == NO_SCRIPT or detect_script(text) in (NO_SCRIPT, script):
        return text
    return convert(text, script)


def apply_import(doc: Document, plan: ImportPlan) -> Change:
    """Apply the plan's "apply" units as translated texts.

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
            change.extend(op.set_text(doc, unit.entity_id, unit.field, lang, unit.text, TState.TRANSLATED))
        elif unit.decision == CONFLICT and not same_source and not mt.get(lang) and unit.exported_source:
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
