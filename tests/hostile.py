"""Hostile and damaged input files, made on the fly (never committed): used by the tests and by
`python -m tests.measure_hostile`, which measures the time and memory each one costs."""

from __future__ import annotations

import io
import json
import zipfile

from desktop.core.serialize import dumps

SHARED_STRINGS = "xl/sharedStrings.xml"


def json_with_amount(doc, literal: str) -> str:
    """The document's JSON with the first budget line's amount replaced by `literal` (raw JSON)."""
    data = json.loads(dumps(doc))
    lines = (a["budget_lines"] for p in data["document"]["action_plans"] for a in p["activities"] if a["budget_lines"])
    next(lines)[0]["amount"] = "MARKER"
    return json.dumps(data).replace('"MARKER"', literal)


def json_around_title(doc) -> tuple[bytes, bytes]:
    """The document's JSON before and after the text of its strategy title (to put a long text there)."""
    data = json.loads(dumps(doc))
    data["document"]["strategy"]["texts"]["title"]["values"]["sq"]["text"] = "MARKER"
    head, tail = json.dumps(data).split("MARKER")
    return head.encode(), tail.encode()


def json_with_long_string(doc, size: int) -> bytes:
    """The document's JSON whose strategy title is `size` characters long."""
    head, tail = json_around_title(doc)
    return head + b"a" * size + tail


def xlsx_bomb(sheet: bytes, expanded: int) -> bytes:
    """A real review sheet given a shared-strings part (declared, so Excel and openpyxl read it) that unpacks
    to `expanded` bytes from a file of a few hundred KB."""
    pad = b"<si><t>" + b"x" * 30_000 + b"</t></si>"
    shared = (
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + pad * (expanded // len(pad))
        + b"</sst>"
    )
    kind = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
    rel = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(sheet)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/' + SHARED_STRINGS.encode()
                                    + b'" ContentType="' + kind + b'"/></Types>')  # fmt: skip
            elif info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Type="' + rel
                                    + b'" Target="sharedStrings.xml" Id="rId99"/></Relationships>')  # fmt: skip
            if info.filename != SHARED_STRINGS:
                dst.writestr(info.filename, data)
        dst.writestr(SHARED_STRINGS, shared)
    return out.getvalue()


def tmx(units: int, *, nested: int = 0) -> bytes:
    """A TMX 1.4 file of `units` sq->sr units; with `nested`, each source segment is `nested` <hi> deep."""
    deep = "<hi>" * nested + "x" + "</hi>" * nested
    tu = f'<tu><tuv xml:lang="sq"><seg>a{{i}}{deep}</seg></tuv><tuv xml:lang="sr"><seg>b{{i}}</seg></tuv></tu>'

    body = "".join(tu.format(i=i) for i in range(units))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" creationtoolversion="1" '
        'segtype="sentence" o-tmf="t" adminlang="en" srclang="sq" datatype="plaintext"/>'
        f"<body>{body}</body></tmx>"
    ).encode()


def xliff(units: int, *, target_lang: str = "sr") -> bytes:
    """An XLIFF 1.2 file of `units` trans-units as short as a unit can be (for no plan in particular)."""
    unit = '<trans-unit id="{i}"><source>a</source><target>b</target></trans-unit>'
    body = "".join(unit.format(i=i) for i in range(units))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        f'<file original="plan" source-language="sq" target-language="{target_lang}" datatype="plaintext">'
        f"<body>{body}</body></file></xliff>"
    ).encode()


def html_spans(cells: int) -> str:
    """A pasted HTML table whose cells each claim rowspan=5000 colspan=5000."""
    row = "".join('<td rowspan="5000" colspan="5000">x</td>' for _ in range(cells))
    return f"<table><tr>{row}</tr><tr><td>a</td><td>b</td></tr></table>"
