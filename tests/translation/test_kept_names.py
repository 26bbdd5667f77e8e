"""Names kept in Latin when Serbian goes to Cyrillic: the glossary's list and foreign names found by rule."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.translation import glossary_file
from desktop.translation import transliterate as tr
from desktop.translation.glossary import Glossary, Term
from desktop.translation.transliterate import convert, kept_names, set_kept_names, to_cyrillic


@pytest.fixture(autouse=True)
def fresh_names() -> Iterator[None]:
    set_kept_names(None)  # read from this test's data folder at first use
    yield
    set_kept_names(None)


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Save the Children", "Save the Children"),
        ("Terre des hommes", "Terre des hommes"),
        ("World Vision", "World Vision"),
        ("Helvetas Swiss Intercooperation", "Helvetas Swiss Intercooperation"),
        ("Organizacija Save the Children je partner", "Организација Save the Children је партнер"),
        ("Save the Children's program", "Save the Children's програм"),
        ("SAVE THE CHILDREN I OPŠTINA", "SAVE THE CHILDREN И ОПШТИНА"),
        ("Organizacija World Vision je partner", "Организација World Vision је партнер"),
        ("Projekat World Vision-a", "Пројекат World Vision-а"),
        # Serbian names and capitalised Serbian words are untouched
        ("Opština Novo Brdo i Kralja Petra I", "Општина Ново Брдо и Краља Петра I"),
        ("Centar za socijalni rad Gračanica", "Центар за социјални рад Грачаница"),
        ("Besplatan Wi-Fi u centru", "Бесплатан Wi-Fi у центру"),
        ("Izvezi TMX…", "Извези TMX…"),  # an acronym does not make its neighbours foreign
    ],
)
def test_foreign_names_stay_whole_without_a_list(latin: str, cyrillic: str) -> None:
    set_kept_names([])
    assert to_cyrillic(latin) == cyrillic


def test_a_listed_name_stays_as_written_and_only_as_written() -> None:
    text = "Caritas i Karitas, Kosovo Dom zdravlja, Dom zdravlja"
    set_kept_names([])
    assert to_cyrillic(text) == "Царитас и Каритас, Косово Дом здравља, Дом здравља"
    set_kept_names(["Caritas", "Kosovo Dom zdravlja"])
    assert to_cyrillic(text) == "Caritas и Каритас, Kosovo Dom zdravlja, Дом здравља"
    # whole words and the case as written: a longer word or another case is converted
    assert to_cyrillic("Caritasov caritas CARITAS Caritas-a") == "Царитасов царитас ЦАРИТАС Caritas-а"


def test_the_longest_name_wins_and_a_name_may_break_across_lines() -> None:
    set_kept_names(["Fond", "Fond Sloboda Deci"])
    assert kept_names() == ("Fond Sloboda Deci", "Fond")
    assert to_cyrillic("Fond Sloboda Deci i Fond") == "Fond Sloboda Deci и Fond"
    assert to_cyrillic("Fond Sloboda\nDeci") == "Fond Sloboda\nDeci"


def test_without_a_saved_glossary_the_built_in_names_are_kept() -> None:
    assert "Save the Children" in kept_names()
    assert "Caritas" in kept_names()
    assert convert("Caritas je partner", "cyrl") == "Caritas је партнер"


def test_the_user_glossary_list_is_read_at_first_use() -> None:
    glossary_file.save_user_glossary(Glossary([Term("Komuna", "Opština", "Municipality")], ["Naša Kuća Doo"]))
    assert kept_names() == ("Naša Kuća Doo",)
    assert to_cyrillic("Naša Kuća Doo i Caritas") == "Naša Kuća Doo и Царитас"


def test_a_damaged_user_glossary_falls_back_to_the_built_in_names() -> None:
    glossary_file.user_glossary_path().write_bytes(b"\xff\xfe not a glossary")
    assert "World Vision" in kept_names()


def test_the_list_takes_effect_in_the_word_cache_too() -> None:
    # The context-free word cache must not hide a name listed after the word was first converted.
    set_kept_names([])
    assert to_cyrillic("Sunce") == "Сунце"
    set_kept_names(["Sunce"])
    assert to_cyrillic("Sunce") == "Sunce"
    assert tr.to_latin("Сунце") == "Sunce"
