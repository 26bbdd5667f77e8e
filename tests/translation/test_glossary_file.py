"""The user's glossary file: seed until saved, round trip, damaged files, atomic writes; CSV/TBX by extension."""

from __future__ import annotations

import os

import pytest

from desktop.paths import data_dir
from desktop.translation import glossary_file as gf
from desktop.translation.glossary import Glossary, GlossaryError, Term

OWN = Glossary([Term("Vendimi", "Odluka", "Decision", note="ë č ć š ž đ"), Term("Takimi", "Sastanak", "")])


def test_the_file_lives_in_the_data_folder():
    assert gf.user_glossary_path() == data_dir() / "glossary.csv"


def test_seed_until_the_user_saves():
    assert not gf.user_glossary_path().exists()
    assert gf.load_user_glossary() == Glossary.seed()


def test_round_trip():
    path = gf.save_user_glossary(OWN)
    assert path == gf.user_glossary_path()
    assert path.read_text(encoding="utf-8").startswith("sq,sr,en,note,keep\n")
    assert gf.load_user_glossary() == OWN
    assert not list(path.parent.glob("*.tmp"))


def test_an_empty_glossary_stays_empty():
    gf.save_user_glossary(Glossary())
    assert len(gf.load_user_glossary()) == 0  # not the seed: the user removed every term on purpose


def test_save_creates_the_data_folder(tmp_path):
    target = tmp_path / "new" / "folder" / "glossary.csv"
    gf.save_user_glossary(OWN, target)
    assert gf.load_user_glossary(target) == OWN


@pytest.mark.parametrize(
    "content",
    [b"", b"sq,en\nx,y\n", b"sq,sr,en\n" + b"x" * 600 + b",b,c\n", b"sq,sr,en\n\xff\xfe\x00bad\n", b"\x00" * 64],
    ids=["empty", "missing-column", "long-field", "not-utf8", "binary"],
)
def test_a_damaged_file_gives_a_clear_message(content):
    gf.user_glossary_path().parent.mkdir(parents=True, exist_ok=True)
    gf.user_glossary_path().write_bytes(content)
    with pytest.raises(GlossaryError) as info:
        gf.load_user_glossary()
    message = str(info.value)
    assert message.startswith(f"The glossary {gf.user_glossary_path()} cannot be read: ")
    assert "\n" not in message and "Traceback" not in message


def test_an_unreadable_file_gives_a_message(tmp_path):
    folder = tmp_path / "glossary.csv"
    folder.mkdir()  # a folder where the file should be: reading fails with an OSError
    with pytest.raises(GlossaryError, match="cannot be read"):
        gf.load_user_glossary(folder)


def test_a_failed_write_keeps_the_old_file(monkeypatch):
    gf.save_user_glossary(OWN)
    before = gf.user_glossary_path().read_bytes()

    def refuse(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", refuse)
        with pytest.raises(GlossaryError, match="disk is full"):
            gf.save_user_glossary(Glossary.seed())
    assert gf.user_glossary_path().read_bytes() == before
    assert not list(gf.user_glossary_path().parent.glob(".*.tmp"))  # the temporary file is cleaned up
    assert gf.load_user_glossary() == OWN


def test_a_damaged_file_can_be_set_aside():
    path = gf.user_glossary_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not a glossary")
    kept = gf.set_aside_damaged()
    assert kept == path.with_name("glossary.csv.damaged")
    assert kept.read_bytes() == b"not a glossary"
    assert not path.exists()
    assert gf.set_aside_damaged() is None


@pytest.mark.parametrize("suffix", ["csv", "tbx", "TBX"])
def test_exchange_files_by_extension(tmp_path, suffix):
    path = tmp_path / f"terms.{suffix}"
    gf.write_glossary(OWN, path)
    assert gf.format_of(path) == suffix.lower()
    assert path.read_bytes().startswith(b"<?xml" if suffix.lower() == "tbx" else b"sq,sr,en")
    assert gf.read_glossary(path) == OWN


def test_exchange_refuses_other_extensions_and_large_files(tmp_path, monkeypatch):
    with pytest.raises(GlossaryError, match="neither"):
        gf.read_glossary(tmp_path / "terms.xlsx")
    with pytest.raises(GlossaryError, match="neither"):
        gf.write_glossary(OWN, tmp_path / "terms.txt")
    big = tmp_path / "big.csv"
    big.write_bytes(b"sq,sr,en\n" + b"a,b,c\n" * 100)
    monkeypatch.setattr(gf, "MAX_CSV_BYTES", 100)
    with pytest.raises(GlossaryError, match="larger than"):
        gf.read_glossary(big)


def test_hostile_tbx_gives_a_message(tmp_path):
    path = tmp_path / "bomb.tbx"
    path.write_bytes(
        b'<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
        b"<martif><text><body><termEntry><langSet xml:lang='sq'><tig><term>&b;</term></tig></langSet>"
        b"</termEntry></body></text></martif>"
    )
    with pytest.raises(GlossaryError, match="forbidden"):
        gf.read_glossary(path)


def test_merge_adds_only_new_terms():
    g = Glossary([Term("Strategjia", "Strategija", "Strategy")])
    other = Glossary([Term("strategjia", "Стратегија", "STRATEGY", note="same term"), Term("Vendimi", "Odluka", "")])
    assert g.merge(other) == 1
    assert [t.sq for t in g] == ["Strategjia", "Vendimi"]
    assert g.merge(other) == 0


def test_names_are_saved_with_the_glossary_and_an_empty_list_stays_empty():
    gf.save_user_glossary(Glossary(OWN.terms, ["Caritas"]))
    assert gf.load_user_glossary().names == ["Caritas"]
    assert gf.load_kept_names() == ["Caritas"]
    gf.save_user_glossary(Glossary(OWN.terms, []))
    assert gf.load_user_glossary().names == []


def test_a_glossary_saved_before_names_were_kept_gets_the_built_in_names():
    gf.user_glossary_path().write_text("sq,sr,en,note\nVendimi,Odluka,Decision,\n", encoding="utf-8")
    loaded = gf.load_user_glossary()
    assert loaded.terms == [Term("Vendimi", "Odluka", "Decision")]
    assert loaded.names == Glossary.seed().names
