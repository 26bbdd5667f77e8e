"""`Plan --self-test`, run in this process from source (`make package` runs it in the built app)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop import cli, i18n
from desktop.export import fonts
from desktop.gui import selftest


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_self_test_exports_both_serbian_scripts(qapp, tmp_path: Path, data_dir: Path) -> None:
    i18n.set_language("sq")
    report = selftest.run_self_test(out_dir=tmp_path / "pdfs")

    assert report.lines[-1].startswith("self-test passed")
    assert any(line.startswith("interface languages: sq") and "Датотека" in line for line in report.lines)
    latin, cyrillic = _text(report.pdfs["latn"]), _text(report.pdfs["cyrl"])
    assert "Opština Lumbard" in latin and "Општина" not in latin
    assert "Општина Лумбард" in cyrillic and "Opština" not in cyrillic
    for text in (latin, cyrillic):
        assert "Komuna e Lumbardhit" in text and "shërbimeve" in text
    # The user's data folder (here the test's own) and interface language are left as they were.
    assert not any(data_dir.iterdir())
    assert i18n.language() == "sq"
    i18n.set_language("en")


def test_the_command_line_runs_it_and_says_passed(qapp, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--self-test"]) == 0
    out = capsys.readouterr().out
    assert "from source" in out and "fonts: DejaVu Sans" in out and "self-test passed" in out


def test_a_missing_resource_fails_in_one_line(
    qapp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(fonts, "FONT_DIR", tmp_path / "no-fonts")
    assert cli.main(["--self-test"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == f"self-test failed: the font folder is missing: {tmp_path / 'no-fonts'}"


def test_a_frozen_copy_must_find_its_resources_inside_the_bundle(
    qapp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Frozen, the fonts and catalogues found in the repository (outside sys._MEIPASS) are a failure."""
    monkeypatch.setattr(selftest.sys, "frozen", True, raising=False)
    monkeypatch.setattr(selftest.sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    with pytest.raises(selftest.SelfTestError, match="not inside the bundle"):
        selftest.run_self_test()


def test_pdf_text_reads_what_pypdfium2_sees(tmp_path: Path) -> None:
    from desktop.demo.build import build_demo
    from desktop.export.pdf import export_pdf

    target = tmp_path / "cyrl.pdf"
    export_pdf(build_demo(), target, document="action-plan", languages=("sr",), layout="single", serbian_script="cyrl")
    assert "Општина" in selftest.pdf_text(target)
    assert target.read_bytes()[:5] == b"%PDF-"
