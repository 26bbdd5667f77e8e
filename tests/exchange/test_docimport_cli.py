"""`import-doc`: a document into a new plan file or into an existing one; a refused file says why in one line."""

from __future__ import annotations

from desktop.cli import main
from desktop.cli_common import EXIT_FAILED, EXIT_OK, load
from tests.exchange import docimport_docs as docs


def test_import_doc_into_a_new_plan(tmp_path, capsys):
    source = docs.roskovec_docx(tmp_path / "roskovec.docx")
    out = tmp_path / "roskovec.plan"
    assert main(["import-doc", str(source), "-o", str(out)]) == EXIT_OK
    printed = capsys.readouterr().out
    assert "5 activities, a decision" in printed and "1 split rows joined" in printed
    doc, _ = load(str(out))
    assert doc.municipality.name.get("sq") == "Roskovec"
    assert doc.decision.number == "S4"
    assert [a.title.get("sq") for a in doc.action_plan.activities][-1] == "Realizimi i spotit video"


def test_import_doc_into_an_existing_plan(tmp_path):
    plan = tmp_path / "plan.plan"
    assert main(["new", str(plan), "--municipality", "Prizren"]) == EXIT_OK
    source = docs.action_plan_xlsx(tmp_path / "plan.xlsx")
    assert main(["import-doc", str(source), "--into", str(plan)]) == EXIT_OK
    doc, _ = load(str(plan))
    assert doc.municipality.name.get("sq") == "Prizren"
    assert len(doc.action_plan.activities) == 3 and len(doc.strategy.objectives) == 2


def test_import_doc_dry_run_and_refusal(tmp_path, capsys):
    source = docs.korce_docx(tmp_path / "korce.docx", styled=False)
    out = tmp_path / "korce.plan"
    assert main(["import-doc", str(source), "-o", str(out), "--dry-run"]) == EXIT_OK
    assert not out.exists()
    assert "1 repeated header rows skipped" in capsys.readouterr().out
    old = tmp_path / "plan.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    assert main(["import-doc", str(old), "-o", str(out)]) == EXIT_FAILED
    assert "save it as .docx" in capsys.readouterr().err
    assert not out.exists()


def test_import_doc_as_translation_pairs_and_keeps_existing_texts(tmp_path, capsys):
    plan = tmp_path / "korce.plan"
    assert main(["import-doc", str(docs.korce_docx(tmp_path / "sq.docx", styled=False)), "-o", str(plan)]) == EXIT_OK
    serbian = docs.korce_sr_docx(tmp_path / "sr.docx", extra_chapter=True, drop="1.2")
    capsys.readouterr()
    assert main(["import-doc", str(serbian), "--into", str(plan), "--as-translation", "--dry-run"]) == EXIT_OK
    printed = capsys.readouterr().out
    assert "only in the document: chapter III. Zakonski okvir" in printed
    assert "only in the plan: activity 1.2 Hartimi i një plani pune" in printed
    assert "chapter: I. Konteksti  =  I. Kontekst" in printed
    doc, _ = load(str(plan))
    assert doc.strategy.sections[0].title.get("sr") == ""  # a dry run stores nothing
    assert main(["import-doc", str(serbian), "--into", str(plan), "--as-translation"]) == EXIT_OK
    doc, _ = load(str(plan))
    assert doc.strategy.sections[0].title.get("sr") == "Kontekst"
    assert doc.strategy.sections[0].title.state("sr") == "translated"
    # Importing again changes nothing; an edited Serbian title is then only replaced with --replace.
    from desktop.core import operations as op
    from desktop.storage.session import DocumentSession

    session = DocumentSession.open(str(plan))
    session.apply(op.set_text, session.doc.strategy.sections[0].id, "title", "sr", "Kontekst centra")
    session.save()
    session.close()
    capsys.readouterr()
    assert main(["import-doc", str(serbian), "--into", str(plan), "--as-translation"]) == EXIT_OK
    printed = capsys.readouterr().out
    assert "replaces: Kontekst centra  ->  Kontekst" in printed and "1 existing texts kept" in printed
    assert load(str(plan))[0].strategy.sections[0].title.get("sr") == "Kontekst centra"
    assert main(["import-doc", str(serbian), "--into", str(plan), "--as-translation", "--replace"]) == EXIT_OK
    assert load(str(plan))[0].strategy.sections[0].title.get("sr") == "Kontekst"
    assert main(["import-doc", str(serbian), "-o", str(tmp_path / "x.plan"), "--as-translation"]) == EXIT_FAILED
