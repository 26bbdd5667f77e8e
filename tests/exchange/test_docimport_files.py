"""Files that must not be imported (zip bombs, encrypted, macro-enabled, old binary, damaged, misnamed) get a
clear message and leave the plan unchanged; a good one goes into the open plan as one undoable step."""

from __future__ import annotations

import io
import time
import zipfile

import pytest

from desktop.core.import_plan import import_plan
from desktop.core.operations import new_document
from desktop.exchange.docimport import DocumentImportError, apply_new, read_preview, safety
from desktop.exchange.docimport.docx_reader import read_docx
from desktop.storage.session import DocumentSession
from tests.exchange import docimport_docs as docs


def _refused(path, *words: str) -> str:
    with pytest.raises(DocumentImportError) as info:
        read_preview(path)
    message = str(info.value)
    assert path.name in message
    for word in words:
        assert word in message
    return message


def test_zip_bomb_refused_from_its_directory_before_anything_expands(tmp_path, monkeypatch):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"<" + b"\0" * (40 * 2**20))
    assert path.stat().st_size < 200_000
    opened = []
    monkeypatch.setattr("docx.Document", lambda *a, **k: opened.append(a))
    _refused(path, "zip bomb")
    assert not opened


def test_expanded_size_limit(tmp_path, monkeypatch):
    path = docs.roskovec_docx(tmp_path / "big.docx")
    monkeypatch.setattr(safety, "MAX_EXPANDED_BYTES", 10_000)
    _refused(path, "zip bomb")


def test_file_size_limit(tmp_path, monkeypatch):
    path = docs.roskovec_docx(tmp_path / "large.docx")
    monkeypatch.setattr(safety, "MAX_FILE_BYTES", 1000)
    _refused(path, "larger than")


def test_password_protected_docx(tmp_path):
    path = tmp_path / "protected.docx"
    path.write_bytes(safety.OLE_MAGIC + b"\0" * 4096)  # Office wraps an encrypted package in a compound file
    _refused(path, "encrypted", "password")


def test_old_binary_formats_say_what_to_do(tmp_path):
    for name, advice in (("plan.doc", ".docx"), ("plan.xls", ".xlsx")):
        path = tmp_path / name
        path.write_bytes(safety.OLE_MAGIC + b"\0" * 512)
        _refused(path, "old binary format", advice)


def test_content_not_what_the_extension_says(tmp_path):
    text = tmp_path / "notes.docx"
    text.write_text("just some text", encoding="utf-8")
    _refused(text, "not a .docx document")
    workbook = docs.action_plan_xlsx(tmp_path / "plan.xlsx")
    misnamed = tmp_path / "plan-copy.docx"
    misnamed.write_bytes(workbook.read_bytes())
    _refused(misnamed, "Excel workbook")
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(b"%PDF-1.7")
    _refused(pdf, ".docx")


def test_damaged_docx(tmp_path):
    good = docs.roskovec_docx(tmp_path / "good.docx").read_bytes()
    damaged = tmp_path / "damaged.docx"
    damaged.write_bytes(good[: len(good) // 2])
    _refused(damaged, "damaged")
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(broken, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info.filename, b"<w:document" if info.filename == "word/document.xml" else data)
    _refused(broken)


def test_macro_enabled_document_read_as_plain_without_its_macros(tmp_path, monkeypatch):
    plain = docs.roskovec_docx(tmp_path / "plain.docx")
    path = tmp_path / "plan.docm"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml"
                ).replace(b"<Types ", b"<Types ", 1)
                data = data.replace(
                    b"</Types>",
                    b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
                )
            dst.writestr(info.filename, data)
        dst.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0 not to be read")
    read: list[str] = []
    real = zipfile.ZipFile.read

    def spy(self, name, *args, **kwargs):
        read.append(getattr(name, "filename", name))
        return real(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "read", spy)
    preview = read_preview(path)
    assert preview.decision_extra["number"] == "S4"
    assert [it.title for it in preview.items if it.role == "activity"][:2] == [
        "Ndërtimi i ndërfaqes së Këshillit të Bashkisë",
        "Ngritja e rubrikave për publikimin e njoftimeve",
    ]
    assert not any("vba" in name.lower() for name in read)


def test_import_into_the_open_plan_is_one_undoable_step(tmp_path):
    doc = new_document("Korçë", country="AL")
    session = DocumentSession.create(doc)
    try:
        before = len(session.doc)
        preview = read_preview(docs.korce_docx(tmp_path / "korce.docx", styled=True))
        change, step = session.apply_undoable(import_plan, preview.build())
        assert change.operation == step.label == "import_document"
        assert len(session.doc.action_plan.activities) == 7
        assert len(session.doc.strategy.objectives) == 2
        session.restore(step.before, "undo")
        assert len(session.doc) == before
        assert session.doc.strategy.objectives == [] and session.doc.action_plan.activities == []
        assert session.doc.strategy.title.is_empty()
        session.restore(step.after, "redo")
        assert len(session.doc.action_plan.activities) == 7
    finally:
        session.close()


def test_user_changes_roles_levels_and_mapping(tmp_path):
    preview = read_preview(docs.korce_docx(tmp_path / "korce.docx", styled=True))
    chapters = [i for i, it in enumerate(preview.items) if it.role == "chapter"]
    preview.set_role(chapters[-1], "skip")  # chapter VI left out
    preview.set_level(chapters[1], 1)  # II. under I.
    table = preview.tables[0]
    mapping = list(table.mapping)
    assert mapping == ["objective", "new_objective_column", "title", "timeframe"]
    mapping[3] = "ignore"
    preview.set_mapping(0, mapping)
    plan = preview.build()
    assert [c.title for c in plan.chapters] == ["Konteksti", "Qëllimi dhe objektivat e QKK",
                                                "Mjediset dhe personeli i QKK"]  # fmt: skip
    assert [c.title for c in plan.chapters[0].chapters] == ["Vizioni i QKK"]
    assert all(a.start is None for o in plan.objectives for a in o.activities)
    assert sum(len(o.activities) for o in plan.objectives) == 7


def test_a_hundred_pages_import_in_under_two_seconds(tmp_path):
    import docx

    document = docx.Document()
    for chapter in range(1, 41):
        document.add_heading(f"{chapter}. Kapitulli {chapter}", 1)
        for sub in range(1, 3):
            document.add_heading(f"{chapter}.{sub} Nënkapitulli", 2)
            for _ in range(12):
                document.add_paragraph("Qendra komunitare ofron shërbime për komunitetet në nevojë. " * 4)
            document.add_paragraph("Shërbim për të moshuarit", style="List Bullet")
    docs.korce_action_plan(document)
    table = document.add_table(rows=1, cols=4)
    for c, text in enumerate(["Nr.", "Aktiviteti", "Përgjegjës", "Afati"]):
        table.cell(0, c).text = text
    for n in range(1, 301):
        row = table.add_row().cells
        row[0].text, row[1].text, row[2].text, row[3].text = f"{n}.", f"Aktiviteti {n}", "Komuna", "2026"
    path = tmp_path / "hundred-pages.docx"
    document.save(path)
    started = time.perf_counter()
    preview = read_preview(path)
    new = apply_new(preview, "Korçë")
    elapsed = time.perf_counter() - started
    assert len(new.action_plan.activities) == 307
    assert elapsed < 2.0, f"{elapsed:.2f} s"
    assert len(read_docx(path)) > 1000
