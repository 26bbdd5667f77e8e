"""The assembly decision: templates in three languages, number and date, undo through storage."""

from __future__ import annotations

import pytest

from desktop.core import decision as dc
from desktop.core import operations as op
from desktop.core.operations import OperationError
from desktop.core.serialize import dumps, loads
from desktop.core.text import TState
from desktop.storage.files import write_new
from desktop.storage.session import DocumentSession
from tests.storage.test_undo import dumps as stored_dumps


@pytest.mark.parametrize(
    ("template", "body", "law", "entry_into_force"),
    [
        (
            "XK",
            {"sq": "Kuvendi Komunal", "sr": "Skupština opštine", "en": "Municipal Assembly"},
            {
                "sq": "Ligji Nr. 03/L-040 për Vetëqeverisjen Lokale, neni 12",
                "sr": "Zakon br. 03/L-040 o lokalnoj samoupravi, član 12",
                "en": "Law No. 03/L-040 on Local Self-Government, Article 12",
            },
            {"sq": "shtatë (7) ditë", "sr": "sedam (7) dana", "en": "seven (7) days"},
        ),
        (
            "AL",
            {"sq": "Këshilli Bashkiak", "sr": "Opštinsko veće", "en": "Municipal Council"},
            {
                "sq": "Ligji nr. 139/2015 për vetëqeverisjen vendore",
                "sr": "Zakon br. 139/2015 o lokalnoj samoupravi",
                "en": "Law No. 139/2015 on Local Self-Government",
            },
            {"sq": "në ditën e miratimit", "sr": "danom donošenja", "en": "on the day of its approval"},
        ),
    ],
)
def test_templates_fill_every_text_in_three_languages(doc, template, body, law, entry_into_force):
    change = dc.create_decision(doc, template)
    decision = doc.decision
    assert change.upserted == [decision.id] and doc.find(decision.id) is decision
    assert decision.template == template and decision.number is None and not decision.is_approved
    for lang in ("sq", "sr", "en"):
        assert decision.issuing_body.get(lang) == body[lang]
        assert law[lang] in decision.legal_basis.get(lang).splitlines()[0]
        points = decision.points.get(lang).split("\n\n")
        assert len(points) == 3 and entry_into_force[lang] in points[2]
        title = doc.strategy.title.get(lang)
        if title:
            assert title in points[0]
        for name in ("session", "preamble", "signatory_title"):
            assert decision.text(name).get(lang), (name, lang)
    assert decision.issuing_body.source == "sq"
    # The template's wording is a proposal: a draft in every language until someone confirms it.
    filled = ("issuing_body", "legal_basis", "points")
    assert all(decision.text(n).state(lang) == TState.DRAFT for n in filled for lang in dc.LANGS)
    if template == "AL":
        assert "Ligji nr. 121/2016" in decision.legal_basis.get("sq")
    with pytest.raises(OperationError, match="already has a decision"):
        dc.create_decision(doc, "AL")


def test_texts_are_edited_with_set_text_and_survive_json(doc):
    dc.create_decision(doc, "XK")
    op.set_text(doc, doc.decision.id, "signatory_name", "sq", "Arbër Krasniqi")
    op.set_text(doc, doc.decision.id, "session", "sr", "12. sednica")
    again = loads(dumps(doc))
    assert again.decision.signatory_name.get("sq") == "Arbër Krasniqi"
    assert again.decision.session.get("sr") == "12. sednica"
    assert dumps(again) == dumps(doc)


def test_unknown_template_and_no_decision(doc):
    with pytest.raises(OperationError, match="unknown decision template"):
        dc.create_decision(doc, "RS")
    assert doc.decision is None
    with pytest.raises(OperationError, match="create it first"):
        dc.set_decision(doc, number="1")
    assert loads(dumps(doc)).decision is None


def test_set_decision_validates(doc):
    dc.create_decision(doc, "XK")
    with pytest.raises(OperationError, match="YYYY-MM-DD"):
        dc.set_decision(doc, date="4.3.2025")
    with pytest.raises(OperationError, match="YYYY-MM-DD"):
        dc.set_decision(doc, date="2025-02-30")
    with pytest.raises(OperationError, match="number and date"):
        dc.set_decision(doc, approved=True)
    with pytest.raises(OperationError, match="one short line"):
        dc.set_decision(doc, number="1\n2")
    with pytest.raises(OperationError, match="yes or no"):
        dc.set_decision(doc, number="1", date="2025-03-04", approved="maybe")
    assert doc.decision.number is None and doc.decision.date is None  # nothing half-applied
    change = dc.set_decision(doc, number=" 01-016/25 ", date="2025-03-04", approved="yes")
    assert change and doc.decision.is_approved
    assert (doc.decision.number, doc.decision.date, doc.decision.approved) == ("01-016/25", "2025-03-04", "yes")
    assert not dc.set_decision(doc, number="01-016/25")  # nothing changed
    with pytest.raises(OperationError, match="number and date"):
        dc.set_decision(doc, date=None)
    dc.set_decision(doc, approved=False)
    assert doc.decision.approved is None and not doc.decision.is_approved


@pytest.fixture
def session(tmp_path, doc):
    path = tmp_path / "p.plan"
    write_new(doc, path)
    s = DocumentSession.open(path)
    yield s
    s.close()


def test_decision_is_stored_undone_and_redone(session):
    steps = [
        lambda d: (dc.create_decision, ("AL",), {}),
        lambda d: (op.set_text, (d.decision.id, "signatory_name", "sq", "Elona Hoxha"), {}),
        lambda d: (dc.set_decision, (), {"number": "45", "date": "2025-05-20", "approved": True}),
        lambda d: (dc.delete_decision, (), {}),
    ]
    for step in steps:
        operation, args, kwargs = step(session.doc)
        before = stored_dumps(session.doc)
        change, undo = session.apply_undoable(operation, *args, **kwargs)
        assert undo is not None and change, operation.__name__
        after = stored_dumps(session.doc)
        assert stored_dumps(session.reload()) == after, operation.__name__
        session.restore(undo.before)
        assert stored_dumps(session.reload()) == before, operation.__name__
        session.restore(undo.after)
        assert stored_dumps(session.reload()) == after, operation.__name__
    assert session.reload().decision is None
