from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core import operations as op
from desktop.core.textdiff import source_change, word_diff


def test_changed_words_are_marked():
    old = "Hapja e qendrës ditore në vitin 2025."
    new = "Hapja e qendrës ditore për fëmijë në vitin 2026."
    assert word_diff(old, new) == [
        ("equal", "Hapja e qendrës ditore "),
        ("insert", "për fëmijë "),
        ("equal", "në vitin "),
        ("delete", "2025."),
        ("insert", "2026."),
    ]


@given(st.text(max_size=60), st.text(max_size=60))
def test_pieces_rebuild_both_texts(old, new):
    pieces = word_diff(old, new)
    assert "".join(t for kind, t in pieces if kind != "insert") == old
    assert "".join(t for kind, t in pieces if kind != "delete") == new


def test_what_changed_in_the_source_of_an_outdated_translation(doc):
    obj = doc.objectives[0]
    op.set_text(doc, obj.id, "title", "sq", "Objektivi 1 i ri")
    translation = obj.title.values["sr"]
    assert translation.state == "outdated"
    change = source_change(translation.based_on, obj.title.get("sq"))
    assert any(kind == "insert" and "i ri" in text for kind, text in change)
    assert "".join(t for kind, t in change if kind != "insert") == "Objektivi 1"
    assert source_change(obj.title.get("sq"), obj.title.get("sq")) is None
