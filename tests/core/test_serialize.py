from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings

from desktop.core import operations as op
from desktop.core.serialize import FormatError, clone, document_to_dict, dumps, loads
from tests.strategies import documents


def test_round_trip_is_identical(doc):
    text = dumps(doc)
    assert dumps(loads(text)) == text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_round_trip_with_hostile_text(doc):
    text = dumps(doc)
    again = loads(text)
    assert dumps(again) == text
    assert {e.id for e in again.walk()} == {e.id for e in doc.walk()}


def test_states_and_sources_survive(doc):
    obj = doc.objectives[0]
    op.set_text(doc, obj.id, "title", "sq", "Ndryshuar")
    op.set_text_state(doc, obj.id, "title", "sq", "approved")
    again = loads(dumps(doc)).get(obj.id)
    assert again.title.source == "sq"
    assert again.title.values["sq"].state == "approved"
    assert again.title.values["sr"].state == "outdated"
    assert again.title.values["sr"].based_on == "Objektivi 1"


def test_clone_gets_new_ids_everywhere(doc):
    act = next(a for a in doc.action_plan.activities if a.budget_lines)
    copy = clone(act)
    assert {e.id for e in copy.walk()}.isdisjoint({e.id for e in act.walk()})
    assert len(list(copy.walk())) == len(list(act.walk()))


@pytest.mark.parametrize(
    "mutate,message",
    [
        (lambda d: d.update(format="something-else"), "not a Plan document"),
        (lambda d: d.update(format_version=99), "newer version"),
        (lambda d: d["document"].update(kind="activity"), "expected a document"),
        (lambda d: d["document"]["strategy"].update(id="not-a-uuid"), "no valid id"),
        (
            lambda d: d["document"]["strategy"]["objectives"].append(d["document"]["strategy"]["objectives"][0]),
            "used twice",
        ),
        (lambda d: d["document"]["action_plans"][0]["activities"][0].update(objective_id="x"), "missing objective"),
        (
            lambda d: d["document"]["action_plans"][0]["activities"][0]["budget_lines"][0].update(amount="NaN"),
            "invalid value",
        ),
        (
            lambda d: d["document"]["action_plans"][0]["activities"][0]["budget_lines"][0].update(year="2025"),
            "invalid value",
        ),
        (
            lambda d: d["document"]["municipality"]["texts"]["name"]["values"].update(de={"text": "x"}),
            "unknown language",
        ),
        (
            lambda d: d["document"]["municipality"]["texts"]["name"]["values"]["sq"].update(state="done"),
            "municipality name",
        ),
        (lambda d: d["document"]["municipality"].update(emblem="!!!"), "invalid value"),
    ],
)
def test_bad_json_gets_a_clear_error(doc, mutate, message):
    data = document_to_dict(doc)
    mutate(data)
    with pytest.raises(FormatError, match=message):
        loads(json.dumps(data))


@pytest.mark.parametrize("raw", [b"", b"\xff\xfe garbage", b"[1, 2", b"null", b"[]", b'{"format": 1}', b"[" * 5000])
def test_not_json_or_not_ours(raw):
    with pytest.raises(FormatError):
        loads(raw)


def test_deeply_nested_priorities_are_refused_not_crashing(doc):
    data = document_to_dict(doc)
    data["document"]["strategy"]["objectives"][0]["priorities"] = ["NESTED"]
    deep = '{"id": "x", "kind": "priority", "priorities": [' * 3000 + "]}" * 3000
    text = json.dumps(data).replace('"NESTED"', deep)
    with pytest.raises(FormatError):
        loads(text)


def test_new_ids_are_random_uuids_in_their_usual_form():
    import uuid

    from desktop.core.model import new_id

    ids = {new_id() for _ in range(2000)}
    assert len(ids) == 2000
    for eid in list(ids)[:200]:
        parsed = uuid.UUID(eid)
        assert str(parsed) == eid and parsed.version == 4 and parsed.variant == uuid.RFC_4122
