"""The packaging files: the PyInstaller spec names every resource the app reads, the desktop files agree.

The build itself (`make package`, a minute) is not part of the test suite; these checks catch a new resource
folder, catalogue or locale that the next build would silently leave out.
"""

from __future__ import annotations

import ast
import configparser
import fnmatch
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop import formatting, i18n

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "plan.spec"
MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def spec_constant(name: str):
    """A literal assigned at the top of the spec (RESOURCE_FILES, CATALOGUES, BABEL_LOCALES)."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not assigned in {SPEC.name}")


def _bundled(relative: str) -> bool:
    return any(fnmatch.fnmatch(relative, pattern) for pattern, _target in spec_constant("RESOURCE_FILES"))


def resource_files() -> list[str]:
    """Every file the app may read at run time: resources/, and data files inside the desktop package."""
    found = [p for p in (ROOT / "resources").rglob("*") if p.is_file()]
    found += [
        p
        for p in (ROOT / "desktop").rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts
    ]
    return sorted(p.relative_to(ROOT).as_posix() for p in found)


@pytest.mark.parametrize("relative", resource_files())
def test_the_spec_bundles_every_resource(relative: str) -> None:
    assert _bundled(relative), f"{relative} is not in RESOURCE_FILES of packaging/plan.spec"


def test_the_resources_found_include_the_known_ones() -> None:
    files = resource_files()
    assert "resources/fonts/DejaVuSans.ttf" in files
    assert "resources/icons/plan.svg" in files
    assert "desktop/translation/glossary_seed.csv" in files


def test_the_spec_bundles_every_interface_catalogue() -> None:
    catalogues = set(spec_constant("CATALOGUES"))
    on_disk = {p.parent.parent.relative_to(ROOT).as_posix() for p in (ROOT / "i18n").glob("*/LC_MESSAGES/plan.po")}
    assert on_disk <= catalogues, f"catalogues missing from the spec: {sorted(on_disk - catalogues)}"
    offered = {f"i18n/{lang}" for lang in i18n.UI_LANGUAGES if lang != "en"}
    assert offered <= catalogues


def test_the_spec_keeps_the_babel_locales_the_app_formats_with() -> None:
    kept = set(spec_constant("BABEL_LOCALES"))
    assert set(formatting.LOCALES.values()) <= kept
    assert {"sr_Cyrl_RS", "sr_Latn_RS", "sq_AL", "en_GB"} <= kept


def test_the_spec_has_no_system_paths() -> None:
    text = SPEC.read_text(encoding="utf-8")
    for system_path in ("/usr/", "/opt/", "/home/", "C:\\", "site-packages"):
        assert system_path not in text


def test_the_mime_type_matches_the_file_format() -> None:
    from desktop.storage.schema import APPLICATION_ID

    root = ET.parse(ROOT / "packaging" / "linux" / "plan-mime.xml").getroot()
    mime_type = root.find(f"{MIME}mime-type")
    assert mime_type.get("type") == "application/x-plan-document"
    assert mime_type.find(f"{MIME}glob").get("pattern") == "*.plan"
    header = mime_type.find(f"{MIME}magic/{MIME}match")
    assert (header.get("offset"), header.get("value")) == ("0", "SQLite format 3\\0")
    app_id = header.find(f"{MIME}match")
    assert app_id.get("type") == "big32" and app_id.get("offset") == "68"
    assert int(app_id.get("value"), 16) == APPLICATION_ID


def test_the_desktop_entry_opens_plans() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(ROOT / "packaging" / "linux" / "plan.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["MimeType"] == "application/x-plan-document;"
    assert section["Exec"].endswith(" %f")
    assert section["Icon"] == "plan"
    assert {"Comment[sq]", "Comment[sr]", "Comment[sr@latin]"} <= set(section)


def test_the_windows_installer_associates_plan_files() -> None:
    script = (ROOT / "packaging" / "windows" / "plan.iss").read_text(encoding="utf-8")
    assert 'Subkey: "Software\\Classes\\.plan"' in script
    assert '""{app}\\{#AppExe}"" ""%1""' in script
    assert "{autoprograms}" in script and "ChangesAssociations=yes" in script
