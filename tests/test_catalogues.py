"""The interface catalogues cover every string the code marks, in every language."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from desktop import i18n
from desktop.translation.catalogues import cyrillic_message

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def marked(tmp_path_factory) -> set[str]:
    pot = tmp_path_factory.mktemp("pot") / "plan.pot"
    subprocess.run(
        [sys.executable, "-m", "babel.messages.frontend", "-q", "extract", "-F", "babel.cfg", "-k", "_", "-k", "N_",
         "-k", "ngettext:1,2", "--no-location", "-o", str(pot), "desktop"],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    with open(pot, "rb") as fh:
        return {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(fh) if m.id}


@pytest.mark.parametrize("lang", ["sq", "sr", "sr_Cyrl"])
def test_every_marked_string_is_translated(marked, lang):
    with open(ROOT / "i18n" / lang / "LC_MESSAGES" / "plan.po", "rb") as fh:
        catalogue = read_po(fh)
    translated = {
        m.id if isinstance(m.id, str) else m.id[0]
        for m in catalogue
        if m.id and (all(m.string) if isinstance(m.string, tuple) else m.string) and not m.fuzzy
    }
    missing = marked - translated
    assert not missing, f"{lang}: run `make i18n` and translate {sorted(missing)[:10]}"


def test_pseudo_language_keeps_placeholders_and_lengthens():
    text = i18n.pseudo("Activity {number} has no budget")
    assert "{number}" in text and text.startswith(i18n.PSEUDO_OPEN)
    assert len(text) >= 1.4 * len("Activity {number} has no budget")


def test_cyrillic_catalogue_keeps_placeholders_and_markup():
    assert cyrillic_message("Aktivnost {number} nema <b>budžet</b> %s") == "Активност {number} нема <b>буџет</b> %s"


def test_document_vocabulary_follows_the_requested_language():
    i18n.set_language("en")
    assert i18n.gettext_for("sq")("Municipal budget") == "Buxheti komunal"
    assert i18n.gettext_for("sr")("Municipal budget") == "Opštinski budžet"
    assert i18n._("Municipal budget") == "Municipal budget"


def test_no_marked_string_hides_inside_an_f_string():
    """String extraction does not look inside f-strings (Python 3.11): `f"{_('Per year')}"` stayed English."""
    import re

    inside = re.compile(r"""f(["']).*\{[^{}]*\b(?:N_|_|ngettext)\((["']).*\1""")
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in (ROOT / "desktop").rglob("*.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if inside.search(line)
    ]
    assert not found, f"translate outside the f-string: {found}"
