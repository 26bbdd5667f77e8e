from __future__ import annotations

import pytest

from desktop.core.text import MAX_TEXT_LENGTH, MultiText, TextError, TState, clean_text


def test_first_language_written_is_the_source():
    mt = MultiText()
    mt.set("sr", "Dnevni centar")
    assert mt.source == "sr"
    assert mt.state("sr") == TState.TRANSLATED
    assert mt.state("sq") == TState.MISSING


def test_translation_remembers_its_source_and_becomes_outdated_when_source_changes():
    mt = MultiText.of({"sq": "Qendra ditore", "sr": "Dnevni centar"})
    assert mt.values["sr"].based_on == "Qendra ditore"
    mt.set("sq", "Qendra ditore për fëmijë")
    assert mt.state("sr") == TState.OUTDATED
    assert mt.values["sr"].based_on == "Qendra ditore"  # what the translator worked from
    mt.set_state("sr", TState.TRANSLATED)
    assert mt.values["sr"].based_on == "Qendra ditore për fëmijë"


def test_setting_the_same_text_is_no_change():
    mt = MultiText.of({"sq": "Tekst"})
    assert mt.set("sq", "Tekst") is False
    assert mt.set("sq", "Tekst i ri") is True


def test_clearing_a_translation_makes_it_missing():
    mt = MultiText.of({"sq": "A", "en": "B"})
    mt.set("en", "")
    assert mt.state("en") == TState.MISSING


def test_best_falls_back_to_the_source_language():
    mt = MultiText.of({"sq": "Vetëm shqip"})
    assert mt.best("en") == ("Vetëm shqip", "sq")
    assert mt.best("sq") == ("Vetëm shqip", "sq")
    assert MultiText().best("en") == ("", None)


def test_clean_text_drops_control_characters_and_normalises():
    assert clean_text("a\x00b\x07c\r\nd\re\tf") == "abc\nd\ne\tf"
    assert clean_text("e\u0308") == "ë"  # decomposed ë becomes one code point
    assert clean_text("Љубав 👍") == "Љубав 👍"


def test_very_long_text_is_refused_and_long_text_accepted():
    assert len(clean_text("x" * 100_000)) == 100_000
    with pytest.raises(TextError):
        clean_text("x" * (MAX_TEXT_LENGTH + 1))


def test_state_of_missing_text_cannot_be_set():
    with pytest.raises(TextError):
        MultiText().set_state("sq", TState.APPROVED)


def test_unknown_language_is_refused():
    with pytest.raises(TextError):
        MultiText().set("de", "Hallo")
