"""Reviews and revised plans are stored, undone and redone like every other change."""

from __future__ import annotations

import pytest

from desktop.core import operations as op
from desktop.core import reviews as rv
from desktop.storage.files import write_new
from desktop.storage.session import DocumentSession
from tests.storage.test_undo import dumps


def review_operations(d) -> list:
    def review():
        return d.reviews[0]

    def entry():
        return next(e for e in review().entries if d.find(e.activity_id).indicators)

    return [
        lambda: (rv.update_review_entry, (entry().id,), {"status": "delayed", "progress": 30, "change": "deadline"}),
        lambda: (rv.set_indicator_value, (entry().id, d.find(entry().activity_id).indicators[0].id, 12), {}),
        lambda: (rv.set_spending, (entry().id, "donor", "2500"), {"funder": "UNICEF"}),
        lambda: (rv.add_review_proposal, (review().id, d.objectives[0].id, {"new_title": {"sq": "E re"}}), {}),
        lambda: (rv.delete_review_entry, (review().entries[-1].id,), {}),
        lambda: (rv.close_review, (review().id, "2026-01-10"), {}),
        lambda: (rv.create_revised_plan, (review().id,), {}),
        lambda: (rv.reopen_review, (review().id,), {}),
        lambda: (rv.delete_review, (review().id,), {}),
    ]


@pytest.fixture
def session(tmp_path, doc):
    rv.start_review(doc, doc.action_plan.id, 2025)
    path = tmp_path / "p.plan"
    write_new(doc, path)
    s = DocumentSession.open(path)
    yield s
    s.close()


def test_every_public_review_operation_is_listed(doc):
    rv.start_review(doc, doc.action_plan.id, 2025)
    public = {name for name, f in vars(rv).items() if callable(f) and getattr(f, "__wrapped__", None)}
    listed = {entry()[0].__name__ for entry in review_operations(doc)} | {"start_review"}
    assert listed == public


def test_a_review_survives_reopening_the_file(session):
    doc = session.doc
    entry = doc.reviews[0].entries[0]
    session.apply(rv.update_review_entry, entry.id, status="completed", progress=100, updated="2025-12-01")
    session.apply(op.set_text, entry.id, "comment", "sr", "Završeno")
    assert dumps(session.reload()) == dumps(doc)


def test_each_review_operation_undoes_and_redoes_in_sequence(session):
    """In order (a revision needs a closed review, re-opening a closed one): each undone and redone."""
    for i in range(len(review_operations(session.doc))):
        operation, args, kwargs = review_operations(session.doc)[i]()  # the session reloads its document
        before = dumps(session.doc)
        change, step = session.apply_undoable(operation, *args, **kwargs)
        assert step is not None and change, operation.__name__
        after = dumps(session.doc)
        session.restore(step.before)
        assert dumps(session.reload()) == before, operation.__name__
        session.restore(step.after)
        assert dumps(session.reload()) == after, operation.__name__
