"""Review sheets: exported, filled in like a responsible body does, read back, previewed and applied."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook

from desktop.core import operations as op
from desktop.core import reviews as rv
from desktop.exchange import review_sheet as rs
from desktop.exchange.review_sheet import (
    LABELS,
    SheetError,
    apply_sheet_import,
    export_review_sheet,
    read_review_sheets,
)
from desktop.storage.files import write_new
from desktop.storage.session import DocumentSession
from tests.conftest import small_document
from tests.storage.test_undo import dumps
from tests.test_cli import assert_no_traceback, run


def reviewed(year: int = 2025):
    doc = small_document()
    rv.start_review(doc, doc.action_plan.id, year)
    return doc, doc.reviews[-1]


def first(doc, review):
    """The entry of the activity with an indicator (1.1), and that indicator."""
    activity = doc.action_plan.activities[0]
    entry = next(e for e in review.entries if e.activity_id == activity.id)
    return entry, activity.indicators[0]


def exported(doc, review, lang: str = "sq") -> bytes:
    buffer = io.BytesIO()
    export_review_sheet(doc, review, lang, buffer)
    return buffer.getvalue()


def fill(data: bytes, rows=None, indicators=None, edit=None) -> bytes:
    """Fill in cells as a responsible body does: {entry id: {column key: value}}, {(entry, indicator): value}."""
    wb = load_workbook(io.BytesIO(data))
    meta = dict(wb["plan"].values)
    labels = LABELS[meta["lang"]]
    sheet = wb[labels["review_sheet"].format(year=meta["year"])]
    columns = {cell.value: cell.column for cell in sheet[1]}
    for line in sheet.iter_rows(min_row=2):
        for key, value in (rows or {}).get(line[0].value, {}).items():
            header = labels[key].format(currency=meta["currency"])
            sheet.cell(row=line[0].row, column=columns[header]).value = value
    sheet = wb[labels["indicators_sheet"]]
    columns = {cell.value: cell.column for cell in sheet[1]}
    value_column = columns[labels["value"].format(year=meta["year"])]
    for line in sheet.iter_rows(min_row=2):
        key = (line[0].value, line[2].value)
        if key in (indicators or {}):
            sheet.cell(row=line[0].row, column=value_column).value = indicators[key]
    if edit:
        edit(wb)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def by_field(changes) -> dict:
    return {(c.entry_id, c.field, c.target): c.new for c in changes}


# -- the whole round ---------------------------------------------------------------------------------


def test_export_fill_preview_apply(doc):
    rv.start_review(doc, doc.action_plan.id, 2025)
    review = doc.reviews[0]
    entry, indicator = first(doc, review)
    other = review.entries[1]
    data = fill(
        exported(doc, review, "sq"),
        rows={
            entry.id: {
                "status": "Në proces",
                "progress": 60,
                "spent_municipal": 9000.5,
                "spent_donor": 2500,
                "comment": "Qendra u hap në qershor.",
                "evidence": "Raporti mujor",
                "updated": date(2025, 12, 15),
            },
            other.id: {"status": "Nuk ka filluar"},
        },
        indicators={(entry.id, indicator.id): 18},
    )
    found = read_review_sheets(doc, review, [data], ["qendra.xlsx"])
    assert found.counts == {"changes": 9, "conflicts": 0, "errors": 0}
    assert by_field(found.changes) == {
        (entry.id, "status", None): "in_progress",
        (entry.id, "progress", None): 60,
        (entry.id, "spending", "municipal"): Decimal("9000.5"),
        (entry.id, "spending", "donor"): Decimal(2500),
        (entry.id, "comment", "sq"): "Qendra u hap në qershor.",
        (entry.id, "evidence", "sq"): "Raporti mujor",
        (entry.id, "updated", None): "2025-12-15",
        (entry.id, "value", indicator.id): Decimal(18),
        (other.id, "status", None): "not_started",
    }
    change = found.changes[0]
    assert (change.file, change.sheet, change.row, change.column, change.number) == (
        "qendra.xlsx",
        "Shqyrtimi 2025",
        2,
        "Statusi",
        "1.1",
    )
    assert entry.status is None  # a preview changes nothing

    result = apply_sheet_import(doc, found)
    assert result.operation == "import_review_sheet" and entry.id in result.upserted
    assert (entry.status, entry.progress, entry.updated) == ("in_progress", 60, "2025-12-15")
    assert sorted((s.source, s.amount) for s in entry.spending) == [
        ("donor", Decimal(2500)),
        ("municipal", Decimal("9000.5")),
    ]
    assert entry.comment.get("sq") == "Qendra u hap në qershor." and entry.evidence.get("sq") == "Raporti mujor"
    assert [(v.indicator_id, v.value) for v in entry.values] == [(indicator.id, Decimal(18))]
    assert other.status == "not_started"

    again = read_review_sheets(doc, review, [data])
    assert again.counts == {"changes": 0, "conflicts": 0, "errors": 0}  # the same file twice: nothing new


def test_emptied_cells_remove_values_and_a_new_export_starts_from_the_plan():
    doc, review = reviewed()
    entry, indicator = first(doc, review)
    rv.update_review_entry(doc, entry.id, status="delayed", progress=30)
    rv.set_spending(doc, entry.id, "municipal", "1500.25")
    rv.set_indicator_value(doc, entry.id, indicator.id, "7.5")
    data = exported(doc, review, "en")
    assert read_review_sheets(doc, review, [data]).counts["changes"] == 0  # exported values read back equal
    emptied = fill(data, rows={entry.id: {"progress": None, "spent_municipal": None}}, indicators={})
    found = read_review_sheets(doc, review, [emptied])
    assert by_field(found.changes) == {(entry.id, "progress", None): None, (entry.id, "spending", "municipal"): None}
    apply_sheet_import(doc, found)
    assert entry.progress is None and entry.spending == [] and entry.status == "delayed"


def test_applied_through_a_session_is_stored_and_undoes_as_one_step(tmp_path):
    doc, review = reviewed()
    entry, indicator = first(doc, review)
    path = tmp_path / "p.plan"
    write_new(doc, path)
    session = DocumentSession.open(path)
    try:
        review = session.doc.reviews[0]
        data = fill(
            exported(session.doc, review),
            rows={entry.id: {"status": "Realizuar", "progress": 100, "spent_central": 400}},
            indicators={(entry.id, indicator.id): 20},
        )
        before = dumps(session.doc)
        found = read_review_sheets(session.doc, review, [data])
        _, step = session.apply_undoable(apply_sheet_import, found)
        after = dumps(session.doc)
        assert dumps(session.reload()) == after
        stored = session.doc.find(entry.id)
        assert (stored.status, stored.progress, stored.values[0].value) == ("completed", 100, Decimal(20))
        session.restore(step.before)
        assert dumps(session.reload()) == before
    finally:
        session.close()


# -- the exported file -----------------------------------------------------------------------------------


def test_dropdown_validations_and_protection_are_in_the_file():
    doc, review = reviewed()
    entry, _ = first(doc, review)
    wb = load_workbook(io.BytesIO(exported(doc, review, "sr")))
    assert wb.sheetnames == ["Uputstvo", "Pregled 2025", "Indikatori", "plan"]
    assert wb["plan"].sheet_state == "hidden"
    ws = wb["Pregled 2025"]
    headers = [c.value for c in ws[1]]
    column = {h: i + 1 for i, h in enumerate(headers)}
    assert headers[:7] == ["entry id", "activity id", "fingerprint", "Br.", "Cilj", "Aktivnost", "Odgovoran"]
    assert "Potrošeno: opštinski budžet (EUR)" in headers
    assert ws.cell(row=2, column=1).value == entry.id and ws.cell(row=2, column=4).value == "1.1"

    validations = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
    letter = {h: ws.cell(row=1, column=i).column_letter for h, i in column.items()}
    last = len(review.entries) + 1
    status = validations[f"{letter['Status']}2:{letter['Status']}{last}"]
    assert status.type == "list" and status.showErrorMessage
    assert status.formula1 == '"Realizovano,U toku,Kasni,Nije započeto,Otkazano,Odloženo"'
    progress = validations[f"{letter['Napredak %']}2:{letter['Napredak %']}{last}"]
    assert (progress.type, progress.operator, progress.formula1, progress.formula2) == ("whole", "between", "0", "100")
    amounts = next(dv for dv in validations.values() if dv.type == "decimal")
    assert (amounts.operator, amounts.formula1) == ("greaterThanOrEqual", "0")
    assert len(str(amounts.sqref).split()) == 4  # municipal, central, donor, other
    assert any(dv.type == "date" for dv in validations.values())

    assert ws.protection.sheet and wb["Indikatori"].protection.sheet and wb["Uputstvo"].protection.sheet
    for name in ("entry id", "activity id", "fingerprint"):
        assert ws.column_dimensions[letter[name]].hidden
        assert ws.cell(row=2, column=column[name]).protection.locked
    assert ws.cell(row=2, column=column["Aktivnost"]).protection.locked
    for name in ("Status", "Napredak %", "Komentar", "Dokaz", "Datum ažuriranja"):
        assert not ws.cell(row=2, column=column[name]).protection.locked, name

    indicators = wb["Indikatori"]
    headers = [c.value for c in indicators[1]]
    assert headers[:4] == ["entry id", "activity id", "indicator id", "fingerprint"]
    assert headers[-2:] == ["Ciljana vrednost 2025", "Postignuta vrednost 2025"]
    assert indicators.cell(row=2, column=len(headers) - 1).value == 20  # the target for 2025
    assert not indicators.cell(row=2, column=len(headers)).protection.locked
    assert indicators.cell(row=2, column=len(headers) - 1).protection.locked
    assert [dv.type for dv in indicators.data_validations.dataValidation] == ["decimal"]


@pytest.mark.parametrize(
    ("lang", "title", "sheet"),
    [
        ("sq", "Shqyrtimi vjetor i zbatimit 2025: Komuna e Provës", "Udhëzime"),
        ("sr", "Godišnji pregled sprovođenja 2025: Opština Proba", "Uputstvo"),
        ("en", "Annual implementation review 2025: Komuna e Provës", "Instructions"),
    ],
)
def test_instructions_sheet_in_each_language(lang, title, sheet):
    doc, review = reviewed()
    wb = load_workbook(io.BytesIO(exported(doc, review, lang)))
    assert wb.sheetnames[0] == sheet
    texts = [row[0] for row in wb[sheet].iter_rows(values_only=True) if row[0]]
    assert texts[0] == title
    assert len(texts) >= 6 and any(LABELS[lang]["indicators_sheet"] in t for t in texts)
    assert not any(re.search("[\u0400-\u04ff]", t) for t in texts)  # Serbian in Latin
    assert not any("{" in t for t in texts)  # every placeholder filled


def test_texts_from_the_plan_stay_texts_in_the_sheet():
    doc, review = reviewed()
    activity = doc.action_plan.activities[0]
    op.set_text(doc, activity.id, "title", "sq", '=HYPERLINK("http://example.org","x")')
    wb = load_workbook(io.BytesIO(exported(doc, review)))
    cell = wb["Shqyrtimi 2025"]["F2"]
    assert cell.value.startswith("=HYPERLINK") and cell.data_type == "s"


def test_every_language_has_the_same_texts():
    for lang in ("sr", "en"):
        assert LABELS[lang].keys() == LABELS["sq"].keys()
        assert rs.STATUS_NAMES[lang].keys() == rs.STATUS_NAMES["sq"].keys()
        assert len(rs.INSTRUCTIONS[lang][1]) == len(rs.INSTRUCTIONS["sq"][1])


# -- conflicts -------------------------------------------------------------------------------------------


def test_a_cell_changed_in_the_plan_since_the_export_is_a_conflict():
    doc, review = reviewed()
    entry, _ = first(doc, review)
    data = exported(doc, review, "en")
    # After the export the officer records a status and a comment in the app.
    rv.update_review_entry(doc, entry.id, status="delayed")
    op.set_text(doc, entry.id, "comment", "en", "Waiting for the premises")
    filled = fill(data, rows={entry.id: {"status": "Completed", "progress": 100}})
    found = read_review_sheets(doc, review, [filled], ["centre.xlsx"])
    # The status changed on both sides: a conflict. The progress only in the sheet: a change. The comment only
    # in the plan (the sheet still has the exported, empty one): neither.
    assert by_field(found.changes) == {(entry.id, "progress", None): 100}
    [conflict] = found.conflicts
    assert (conflict.field, conflict.old, conflict.new, conflict.reason) == ("status", "delayed", "completed", "plan")
    assert 'the plan has "delayed" since the export' in conflict.describe()
    apply_sheet_import(doc, found)
    assert (entry.status, entry.progress, entry.comment.get("en")) == ("delayed", 100, "Waiting for the premises")
    assert read_review_sheets(doc, review, [filled]).counts == {"changes": 0, "conflicts": 1, "errors": 0}


def test_two_files_changing_the_same_cell_conflict():
    doc, review = reviewed()
    entry, indicator = first(doc, review)
    other = review.entries[2]
    data = exported(doc, review, "sq")
    first_file = fill(
        data, rows={entry.id: {"progress": 40, "comment": "Po"}}, indicators={(entry.id, indicator.id): 5}
    )
    second_file = fill(
        data,
        rows={entry.id: {"progress": 60, "comment": "Po"}, other.id: {"status": "Anuluar"}},
        indicators={(entry.id, indicator.id): 6},
    )
    found = read_review_sheets(doc, review, [first_file, second_file], ["a.xlsx", "b.xlsx"])
    assert by_field(found.changes) == {
        (entry.id, "progress", None): 40,
        (entry.id, "comment", "sq"): "Po",  # the same value in both files: no conflict
        (entry.id, "value", indicator.id): Decimal(5),
        (other.id, "status", None): "cancelled",
    }
    assert sorted((c.field, c.new, c.reason, c.other_file, c.other_value) for c in found.conflicts) == [
        ("progress", 60, "file", "a.xlsx", 40),
        ("value", Decimal(6), "file", "a.xlsx", Decimal(5)),
    ]
    assert all(c.file == "b.xlsx" for c in found.conflicts)
    same_twice = read_review_sheets(doc, review, [second_file, second_file])
    assert same_twice.counts == {"changes": 4, "conflicts": 0, "errors": 0}
    apply_sheet_import(doc, found)
    assert entry.progress == 40


def test_conflicts_and_changes_made_since_the_preview_are_never_applied():
    doc, review = reviewed()
    entry, _ = first(doc, review)
    found = read_review_sheets(doc, review, [fill(exported(doc, review), rows={entry.id: {"progress": 50}})])
    rv.update_review_entry(doc, entry.id, progress=10)  # changed between the preview and applying it
    assert not apply_sheet_import(doc, found)
    assert entry.progress == 10
    with pytest.raises(op.OperationError, match="another plan"):
        apply_sheet_import(small_document(), found)


# -- refused values and files ----------------------------------------------------------------------------


def test_bad_cells_are_errors_with_their_place_and_the_rest_still_reads():
    doc, review = reviewed()
    entry, indicator = first(doc, review)
    second, third = review.entries[1], review.entries[2]
    data = fill(
        exported(doc, review, "en"),
        rows={
            entry.id: {"status": "Finished", "progress": 150, "spent_municipal": "a lot", "comment": "fine"},
            second.id: {"spent_donor": -5, "progress": 12.5, "updated": "yesterday"},
            third.id: {"status": "Реализовано", "spent_other": "1 200,50", "progress": "45%"},
        },
        indicators={(entry.id, indicator.id): "many"},
    )
    found = read_review_sheets(doc, review, [data], ["bad.xlsx"])
    errors = {(e.row, e.column): e.message for e in found.errors}
    assert all(isinstance(e, SheetError) for e in found.errors)
    assert errors[(2, "Status")].startswith('"Finished" is not a status; choose one of: Completed, In progress')
    assert errors[(2, "Progress %")] == "the progress must be between 0 and 100, not 150"
    assert errors[(2, "Spent: municipal budget (EUR)")] == 'the amount must be a number, not "a lot"'
    assert errors[(3, "Spent: donors (EUR)")] == "the amount cannot be negative"
    assert errors[(3, "Progress %")] == "the progress must be a whole number of percent"
    assert errors[(3, "Date of update")] == '"yesterday" is not a date (dd.mm.yyyy)'
    assert errors[(2, "Value reached 2025")] == 'the value must be a number, not "many"'
    assert len(errors) == 7
    assert str(found.errors[0]).startswith('bad.xlsx, sheet "Review 2025", row 2, column "Status": ')
    # The good cells of the same rows still count; Serbian Cyrillic statuses and decimal commas are understood.
    assert by_field(found.changes) == {
        (entry.id, "comment", "en"): "fine",
        (third.id, "status", None): "completed",
        (third.id, "spending", "other"): Decimal("1200.50"),
        (third.id, "progress", None): 45,
    }


def test_statuses_are_understood_in_every_language():
    doc, review = reviewed()
    a, b, c = review.entries
    data = fill(
        exported(doc, review, "sq"),
        rows={a.id: {"status": "u toku"}, b.id: {"status": "  Completed "}, c.id: {"status": "me vonesë"}},
    )
    found = read_review_sheets(doc, review, [data])
    assert [c.new for c in found.changes] == ["in_progress", "completed", "delayed"]


def test_dates_in_local_and_iso_form():
    doc, review = reviewed()
    a, b, c = review.entries
    data = fill(
        exported(doc, review, "sq"),
        rows={a.id: {"updated": "24.09.2025"}, b.id: {"updated": "2025-10-01"}, c.id: {"updated": "1.2.2026."}},
    )
    assert [c.new for c in read_review_sheets(doc, review, [data]).changes] == [
        "2025-09-24",
        "2025-10-01",
        "2026-02-01",
    ]


def patch_sheet_xml(data: bytes, member: str, old: bytes, new: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == member:
                assert old in content
                content = content.replace(old, new)
            target.writestr(item, content)
    return out.getvalue()


def test_formulas_count_as_their_computed_value_and_uncomputed_ones_are_refused():
    doc, review = reviewed()
    entry, _ = first(doc, review)
    data = fill(exported(doc, review, "en"), rows={entry.id: {"progress": "=40+2", "spent_central": "=SUM(1,2)"}})
    # Excel and LibreOffice store what a formula showed; openpyxl (like any program) leaves it empty.
    computed = patch_sheet_xml(data, "xl/worksheets/sheet2.xml", b"<f>40+2</f><v></v>", b"<f>40+2</f><v>42</v>")
    found = read_review_sheets(doc, review, [computed])
    assert by_field(found.changes) == {(entry.id, "progress", None): 42}
    [error] = found.errors
    assert error.column == "Spent: central budget (EUR)" and "formula that was never computed" in error.message


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"this is not a spreadsheet", "not an Excel workbook (.xlsx)"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000), "not an Excel workbook (.xlsx)"),  # .xls or encrypted
        ("zip", "not an Excel workbook (.xlsx)"),
        ("truncated", "not an Excel workbook (.xlsx)"),
        ("foreign", "not a review sheet exported by Plan"),
        ("too large", "larger than 20 MB"),
    ],
)
def test_files_that_are_not_review_sheets_are_refused(content, message):
    doc, review = reviewed()
    if content == "zip":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("notes.txt", "hello")
        content = buffer.getvalue()
    elif content == "truncated":
        content = exported(doc, review)[:3000]
    elif content == "foreign":
        buffer = io.BytesIO()
        Workbook().save(buffer)
        content = buffer.getvalue()
    elif content == "too large":
        content = b"PK" + bytes(rs.MAX_FILE_BYTES)
    with pytest.raises(SheetError, match=re.escape(message)) as caught:
        read_review_sheets(doc, review, [content], ["in.xlsx"])
    assert str(caught.value).startswith("in.xlsx: ")


def test_sheets_of_another_review_or_plan_are_refused():
    doc, review = reviewed()
    rv.start_review(doc, doc.action_plan.id, 2026)
    later = doc.reviews[1]
    with pytest.raises(SheetError, match="belongs to the review of 2026, not of 2025"):
        read_review_sheets(doc, review, [exported(doc, later)])
    other, other_review = reviewed()
    with pytest.raises(SheetError, match="belongs to another plan"):
        read_review_sheets(doc, review, [exported(other, other_review)])
    with pytest.raises(SheetError, match="a review this plan does not have"):
        read_review_sheets(doc, None, [exported(other, other_review)])
    assert read_review_sheets(doc, None, [exported(doc, later)]).review_id == later.id


def test_changed_workbooks_are_refused(monkeypatch):
    doc, review = reviewed()
    data = exported(doc, review, "en")
    no_indicators = fill(data, edit=lambda wb: wb.remove(wb["Indicators"]))
    with pytest.raises(SheetError, match='the sheet "Indicators" is missing'):
        read_review_sheets(doc, review, [no_indicators])
    other_lang = fill(data, edit=lambda wb: wb["plan"].cell(row=6, column=2, value="de"))
    with pytest.raises(SheetError, match="hidden description was changed"):
        read_review_sheets(doc, review, [other_lang])
    monkeypatch.setattr("desktop.exchange.review_sheet.reading.MAX_UNPACKED_BYTES", 1000)
    with pytest.raises(SheetError, match="unpacks to far more"):
        read_review_sheets(doc, review, [data])


def test_rows_that_do_not_belong_are_errors():
    doc, review = reviewed()
    entry, _ = first(doc, review)

    def tamper(wb):
        ws = wb["Review 2025"]
        ws.cell(row=3, column=1, value="no-such-entry")
        ws.cell(row=4, column=1, value=entry.id)  # a copied row
        ws.cell(row=4, column=2, value=entry.activity_id)
        ws.cell(row=6, column=8, value="Completed")  # a row added by hand

    data = fill(exported(doc, review, "en"), edit=tamper)
    found = read_review_sheets(doc, review, [data])
    assert [(e.row, e.message) for e in found.errors] == [
        (3, "the row is not an activity of this review; it is ignored"),
        (4, "the activity appears twice; the second row is ignored"),
        (6, "a row without its hidden identity (added by hand?) is ignored"),
    ]


def test_more_than_ten_thousand_rows_are_refused():
    doc, review = reviewed()

    def grow(wb):
        ws = wb["Indicators"]
        for row in range(3, rs.MAX_ROWS + 3):
            ws.cell(row=row, column=5, value="x")

    with pytest.raises(SheetError, match="more than 10,000 rows"):
        read_review_sheets(doc, review, [fill(exported(doc, review, "en"), edit=grow)])


def test_a_closed_review_is_neither_exported_nor_imported():
    doc, review = reviewed()
    data = exported(doc, review)
    rv.close_review(doc, review.id, "2026-01-10")
    with pytest.raises(SheetError, match="closed"):
        exported(doc, review)
    with pytest.raises(SheetError, match="closed"):
        read_review_sheets(doc, review, [data])


def test_export_to_a_path_and_unknown_language(tmp_path):
    doc, review = reviewed()
    target = tmp_path / "review.xlsx"
    export_review_sheet(doc, review, "en", target)
    assert read_review_sheets(doc, review, [target.read_bytes()]).counts["changes"] == 0
    assert [p.name for p in tmp_path.iterdir()] == ["review.xlsx"]
    with pytest.raises(SheetError, match="unknown language"):
        export_review_sheet(doc, review, "de", io.BytesIO())


# -- command line ----------------------------------------------------------------------------------------


@pytest.fixture
def plan_file(tmp_path):
    doc, _ = reviewed()
    path = tmp_path / "plan.plan"
    write_new(doc, path)
    return path


def test_cli_export_fill_import(tmp_path, plan_file):
    sheet = tmp_path / "review.xlsx"
    r = run("review-export-xlsx", str(plan_file), "--year", "2025", "-o", str(sheet), "--lang", "sr")
    assert r.returncode == 0, r.stderr
    assert "3 activities (sr)" in r.stdout
    r = run("review-export-xlsx", str(plan_file), "--year", "2025", "-o", str(sheet))
    assert r.returncode == 1 and "already exists" in r.stderr
    assert (
        run(
            "review-export-xlsx", str(plan_file), "--year", "2025", "-o", str(sheet), "--force", "--lang", "sr"
        ).returncode
        == 0
    )

    wb = load_workbook(sheet)
    ws = wb["Pregled 2025"]
    ws["H2"], ws["I2"], ws["H3"] = "Realizovano", 100, "U toku"
    wb.save(sheet)
    r = run("review-import-xlsx", str(plan_file), str(sheet), "--dry-run")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("would apply 3 change(s), conflicts 0, errors 0 (review 2025)")
    r = run("review-import-xlsx", str(plan_file), str(sheet))
    assert r.returncode == 0 and r.stdout.startswith("applied 3 change(s)"), r.stderr
    r = run("review-import-xlsx", str(plan_file), str(sheet), str(sheet))
    assert r.returncode == 0 and r.stdout.startswith("applied 0 change(s), conflicts 0, errors 0"), r.stderr
    session = DocumentSession.open(plan_file, read_only=True)
    try:
        assert [e.status for e in session.doc.reviews[0].entries] == ["completed", "in_progress", None]
    finally:
        session.close()


def test_cli_prints_conflicts_and_refuses_sheets_with_errors(tmp_path, plan_file):
    sheet = tmp_path / "review.xlsx"
    assert run("review-export-xlsx", str(plan_file), "--year", "2025", "-o", str(sheet), "--lang", "en").returncode == 0
    wb = load_workbook(sheet)
    ws = wb["Review 2025"]
    ws["H2"], ws["I2"], ws["I3"] = "Completed", 150, 20
    wb.save(sheet)
    r = run("review-import-xlsx", str(plan_file), str(sheet))
    assert r.returncode == 1
    assert r.stdout.startswith("would apply 2 change(s), conflicts 0, errors 1")
    assert (
        'error: review.xlsx, sheet "Review 2025", row 2, column "Progress %": the progress must be between' in r.stdout
    )
    assert r.stderr.startswith("error: nothing applied: 1 error(s)") and r.stderr.count("\n") == 1
    assert_no_traceback(r)

    ws["I2"] = 90
    wb.save(sheet)
    session = DocumentSession.open(plan_file)
    try:
        review = session.doc.reviews[0]
        session.apply(rv.update_review_entry, review.entries[1].id, progress=5)  # changed in the plan meanwhile
        session.save()
    finally:
        session.close()
    r = run("review-import-xlsx", str(plan_file), str(sheet))
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("applied 2 change(s), conflicts 1, errors 0")
    assert (
        'conflict: review.xlsx, sheet "Review 2025", row 3, column "Progress %" (activity 1.2): the plan has "5"'
        in (r.stdout)
    )


def test_cli_errors_are_one_line(tmp_path, plan_file):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    for args in (
        ("review-import-xlsx", str(plan_file), str(bad)),
        ("review-import-xlsx", str(plan_file), str(tmp_path / "missing.xlsx")),
        ("review-export-xlsx", str(plan_file), "--year", "2030", "-o", str(tmp_path / "x.xlsx")),
    ):
        r = run(*args)
        assert r.returncode == 1 and r.stderr.startswith("error: ") and r.stderr.count("\n") == 1, r.stderr
        assert_no_traceback(r)
    assert "not an Excel workbook" in run("review-import-xlsx", str(plan_file), str(bad)).stderr
    assert run("review-export-xlsx", str(plan_file), "--year", "2025", "-o", "x", "--lang", "de").returncode == 2
    for sub in ("review-export-xlsx", "review-import-xlsx"):
        assert run(sub, "--help").returncode == 0
