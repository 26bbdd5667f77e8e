"""One set of rules for every value, whichever way it enters: operations, JSON, and `check` on a stored file."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from desktop.core import operations as ops
from desktop.core.integrity import check_document
from desktop.core.model import BudgetLine, Priority
from desktop.core.serialize import MAX_JSON_BYTES, FormatError, document_to_dict, dumps, loads
from desktop.core.text import TextError, clean_text
from desktop.core.validation import ValidationError, check_money, check_number, document_problems


def _json(doc) -> dict:
    return json.loads(dumps(doc))


def _first_line(data: dict) -> dict:
    for plan in data["document"]["action_plans"]:
        for act in plan["activities"]:
            if act["budget_lines"]:
                return act["budget_lines"][0]
    raise AssertionError("the sample has no budget line")


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("1e30", "out of range"),
        ("1e999999999", "out of range"),
        ("-5", "negative"),
        ("12.345", "more than 2 decimals"),
        ("NaN", "invalid value"),
        ("Infinity", "invalid value"),
    ],
)
def test_json_amounts_obey_the_editor_rules(doc, amount, message):
    data = _json(doc)
    _first_line(data)["amount"] = amount
    with pytest.raises(FormatError, match=message) as info:
        loads(json.dumps(data))
    assert "document.action_plans[0].activities[" in str(info.value)  # the path of the bad item


@pytest.mark.parametrize(
    ("literal", "message"),
    [("2" + "0" * 70, "year must be between"), ("1" + "0" * 4999, "not valid JSON"), ("true", "invalid value")],
)
def test_json_integers_are_bounded(doc, literal, message):
    data = _json(doc)
    _first_line(data)["year"] = 987654321  # a marker, replaced by the literal
    with pytest.raises(FormatError, match=message):
        loads(json.dumps(data).replace("987654321", literal))


def test_counts_are_bounded(doc):
    data = _json(doc)
    data["document"]["action_plans"][0]["version"] = 2 * 10**70
    with pytest.raises(FormatError, match="version"):
        loads(json.dumps(data))


def test_lone_surrogate_is_refused_with_a_message(doc):
    data = _json(doc)
    data["document"]["strategy"]["texts"]["title"]["values"]["sq"]["text"] = "a\ud800b"
    with pytest.raises(FormatError, match="not valid Unicode"):
        loads(json.dumps(data))
    data = _json(doc)
    _first_line(data)["funder"] = "x\udfff"
    with pytest.raises(FormatError, match="not valid Unicode"):
        loads(json.dumps(data))
    with pytest.raises(TextError, match="not valid Unicode"):
        clean_text("\ud83d")
    assert clean_text("\U0001f600") == "\U0001f600"  # a whole pair is a character


def test_activities_under_the_strategy_are_refused_with_their_path(doc):
    data = _json(doc)
    activity = {"id": "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d", "kind": "activity", "texts": {}}
    data["document"]["strategy"]["activities"] = [activity]
    with pytest.raises(FormatError, match=r"^document\.strategy: a strategy cannot hold 'activities'"):
        loads(json.dumps(data))


def test_priorities_of_the_plan_as_a_whole_load(doc):
    data = _json(doc)
    priority = {"id": "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d", "kind": "priority", "texts": {}, "priorities": []}
    data["document"]["strategy"]["priorities"] = [priority]
    assert [p.id for p in loads(json.dumps(data)).strategy.priorities] == [priority["id"]]


def test_reference_to_an_item_of_the_wrong_kind_is_refused(doc):
    data = _json(doc)
    group_id = data["document"]["target_groups"][0]["id"]
    data["document"]["action_plans"][0]["previous_id"] = group_id
    with pytest.raises(FormatError, match="previous id refers to a target group, not a action plan"):
        loads(json.dumps(data))


def test_deep_nesting_is_refused_without_recursion(doc):
    data = _json(doc)
    objective = data["document"]["strategy"]["objectives"][0]
    node = objective
    for i in range(200):
        child = {"id": f"00000000-0000-4000-8000-{i:012d}", "kind": "priority", "texts": {}, "priorities": []}
        node["priorities"] = [child]
        node = child
    with pytest.raises(FormatError, match="nested more than"):
        loads(json.dumps(data))


def test_json_size_is_checked_before_parsing():
    with pytest.raises(FormatError, match="larger than the limit of 32 MB"):
        loads(b" " * (MAX_JSON_BYTES + 1))


def test_check_finds_what_imports_refuse(doc):
    line = next(e for e in doc.walk() if isinstance(e, BudgetLine))
    assert check_document(doc) == []
    line.amount = Decimal("1e30")
    assert any("out of range" in p and line.id in p for p in check_document(doc))
    line.amount = Decimal("-1")
    assert any("cannot be negative" in p for p in check_document(doc))
    line.amount = Decimal("1")
    line.year = 2 * 10**70
    assert any("year must be between" in p for p in document_problems(doc))


def test_operations_share_the_rules(doc):
    act = next(a for p in doc.action_plans for a in p.activities)
    for amount, message in (("1e30", "out of range"), ("12.345", "more than 2 decimals"), ("-3", "negative")):
        with pytest.raises(ops.OperationError, match=message):
            ops.add_budget_line(doc, act.id, 2025, amount)
    ops.add_budget_line(doc, act.id, 2025, "12.50")
    assert check_money(Decimal("12.50"), "x") == Decimal("12.50")
    with pytest.raises(ValidationError):
        check_number(Decimal("1e-30"), "x")


def test_a_valid_document_round_trips_unchanged(doc):
    assert document_to_dict(loads(dumps(doc, personal=True))) == document_to_dict(doc)
    assert not any(isinstance(e, Priority) and e.priorities is None for e in doc.walk())


@pytest.mark.parametrize("text", [b"[" * 1_000_000, b'{"a":' * 1_000_000])
def test_deeply_nested_json_is_a_message_not_a_crash(text):
    with pytest.raises(FormatError, match="not valid JSON"):
        loads(text)
