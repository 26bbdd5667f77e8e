"""`Plan --self-test`: checks that this copy of Plan works, above all a built (frozen) one.

It finds the fonts, interface catalogues, icon and glossary seed inside the bundle (`sys._MEIPASS` when
frozen), formats numbers and dates with the Babel locales the app uses, opens the demo plan in a main
window that is never shown, switches that window through the interface languages, and exports the
strategy as a side-by-side Albanian | Serbian PDF in each Serbian script, reading the text back with
pypdfium2 (the preview's run-time library) to find the Latin and the Cyrillic words, and as a Word document
read back with python-docx; it draws a review
chart through QtSvg and a PDF page through pdfium, as the review summary and the preview do. Everything is
written to a temporary data folder (PLAN_DATA_DIR), never to the user's own; without a display Qt runs
offscreen. The checks raise `SelfTestError` with one line saying what is wrong.
"""

from __future__ import annotations

import contextlib
import gettext
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from desktop import __version__

INTERFACE_LANGUAGES = ("sq", "sr", "sr_Cyrl", "en")
TRANSLATED_LANGUAGES = ("sq", "sr", "sr_Cyrl")
# (formatting language, Babel locale of dates, expected 1234567.5): the conventions the PDF prints.
NUMBER_FORMATS = (
    ("sq", "sq_AL", "1\u00a0234\u00a0567,5"),
    ("sr", "sr_Latn_RS", "1.234.567,5"),
    ("sr-Cyrl", "sr_Cyrl_RS", "1.234.567,5"),
    ("en", "en_GB", "1,234,567.5"),
)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_WORD = re.compile(r"\w+")


class SelfTestError(Exception):
    """A failed check, said in one line."""


@dataclass
class SelfTestReport:
    lines: list[str] = field(default_factory=list)
    pdfs: dict[str, Path] = field(default_factory=dict)  # Serbian script -> the exported file
    seconds: float = 0.0


def frozen() -> bool:
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundle_root() -> Path:
    """Where the app's files are: the unpacked bundle when frozen, else the repository."""
    if frozen():
        root = Path(sys._MEIPASS).resolve()
        # macOS .app: _MEIPASS is Contents/Frameworks and the data files live in Contents/Resources.
        return root.parent if root.parent.name == "Contents" else root
    return Path(__file__).resolve().parents[2]


def _check(condition: object, message: str) -> None:
    if not condition:
        raise SelfTestError(message)


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root)
    except ValueError:
        return False
    return True


def _short(path: Path, root: Path) -> str:
    return str(path.resolve().relative_to(root)) if _inside(path, root) else str(path)


def check_resources(root: Path, say: Callable[[str], None]) -> None:
    """The fonts, catalogues, icon and glossary seed exist, and inside the bundle when frozen."""
    from desktop import i18n
    from desktop.export import fonts
    from desktop.gui.app import ICON
    from desktop.translation.glossary import SEED_PATH, Glossary

    for what, path in (
        ("font folder", fonts.FONT_DIR),
        ("interface catalogues", i18n.CATALOGUE_DIR),
        ("icon", ICON),
        ("glossary seed", SEED_PATH),
    ):
        _check(path.exists(), f"the {what} is missing: {path}")
        _check(not frozen() or _inside(path, root), f"the {what} is not inside the bundle: {path}")
    font_file = fonts.find_font_file()
    _check(font_file is not None and _inside(font_file, fonts.FONT_DIR.resolve()), "the bundled font was not found")
    name = fonts.register_fonts()
    _check(name != fonts.FALLBACK_FONT, f"the font {font_file} could not be loaded")
    say(f"fonts: {name} from {_short(fonts.FONT_DIR, root)}")
    for lang in TRANSLATED_LANGUAGES:
        found = gettext.find(i18n.DOMAIN, i18n.CATALOGUE_DIR, languages=[lang])
        _check(found is not None, f"the {lang} interface catalogue is missing from {i18n.CATALOGUE_DIR}")
        _check(not frozen() or _inside(Path(found), root), f"the {lang} catalogue is not inside the bundle: {found}")
        catalogue = gettext.translation(i18n.DOMAIN, i18n.CATALOGUE_DIR, languages=[lang])
        _check(catalogue.gettext("&File") != "&File", f"the {lang} interface catalogue is empty")
    say(f"translations: {', '.join(TRANSLATED_LANGUAGES)} from {_short(i18n.CATALOGUE_DIR, root)}")
    terms = len(Glossary.seed().terms)
    _check(terms > 0, "the glossary seed has no terms")
    say(f"glossary seed: {terms} terms")


def check_locales(say: Callable[[str], None]) -> None:
    """Numbers and long dates in each language's conventions (Babel's locale data is trimmed in a build)."""
    from datetime import date

    from babel.core import UnknownLocaleError
    from babel.dates import format_date

    from desktop.formatting import format_number

    for lang, locale, expected in NUMBER_FORMATS:
        try:
            number = format_number(Decimal("1234567.5"), lang)
            month = format_date(date(2026, 3, 12), "long", locale=locale)
        except (OSError, ValueError, UnknownLocaleError) as exc:  # a locale file left out of the bundle
            raise SelfTestError(f"Babel has no data for {lang} ({locale}): {exc}") from None
        _check(number == expected, f"numbers in {lang} look wrong: {number!r} instead of {expected!r}")
        _check(bool(_CYRILLIC.search(month)) == (locale == "sr_Cyrl_RS"), f"a date in {locale} looks wrong: {month}")
    say("numbers and dates: " + ", ".join(locale for _lang, locale, _expected in NUMBER_FORMATS))


def _qt_application():
    """The running QApplication, or a new one (offscreen when there is no display)."""
    from desktop.gui.app import display_available

    if not display_available():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "Plan"])
        app.setApplicationName("Plan")
        app.setOrganizationName("Plan")
    return app


def check_window(say: Callable[[str], None]):
    """The demo plan in a main window (never shown) through every interface language; returns the document."""
    from PySide6.QtCore import QCoreApplication, QSize, qVersion
    from PySide6.QtGui import QIcon
    from PySide6.QtSvg import QSvgRenderer

    from desktop import i18n
    from desktop.gui.app import ICON
    from desktop.gui.main_window import MainWindow, ensure_demo_file
    from desktop.gui.qt_translator import CatalogueTranslator
    from desktop.storage.session import DocumentSession

    app = _qt_application()
    say(f"Qt {qVersion()}, platform {app.platformName()} (no window is shown)")
    _check(QSvgRenderer(str(ICON)).isValid(), "Qt cannot read the SVG icon (QtSvg missing)")
    _check(not QIcon(str(ICON)).pixmap(QSize(32, 32)).isNull(), "Qt cannot draw the icon (the SVG plug-in is missing)")
    demo = ensure_demo_file()
    session = DocumentSession.open(demo)
    window = MainWindow()
    translator = CatalogueTranslator(app)
    app.installTranslator(translator)
    try:
        window.set_session(session)
        app.processEvents()
        _check(window.tree_model.rowCount() > 0, "the demo plan opened empty")
        say(f"demo plan: {len(session.doc)} items, {session.doc.municipality.name.get('sq')}")
        shown = []
        for lang in INTERFACE_LANGUAGES:
            window.set_interface_language(lang)
            app.processEvents()
            title = window.menuBar().actions()[0].text()
            expected = i18n.gettext_for(lang)("&File")
            _check(title == expected, f"the interface did not switch to {lang}: File menu {title!r}")
            _check(lang == "en" or title != "&File", f"the {lang} interface shows English")
            _check(bool(_CYRILLIC.search(title)) == (lang == "sr_Cyrl"), f"the {lang} interface has the wrong script")
            cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
            _check(lang == "en" or cancel == i18n._("Cancel"), f"Qt's own buttons are not translated in {lang}")
            shown.append(f"{lang} {title.replace('&', '')!r}")
        say("interface languages: " + ", ".join(shown))
        return session.doc  # stays readable in memory after the window closes the session
    finally:
        app.removeTranslator(translator)
        window.close_document()
        window.deleteLater()
        app.processEvents()


def _marked_word(text: str) -> str:
    """The first word with a letter outside ASCII (ë, č, š ...): proof that the font and encoding held."""
    words = [w for w in _WORD.findall(text) if len(w) >= 4 and not w.isascii()]
    _check(words, f"no word with accents to look for in {text!r}")
    return words[0]


def pdf_text(path: Path) -> str:
    """All the text of a PDF, read with pypdfium2 (a run-time dependency: it draws the preview)."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        pages = []
        for page in pdf:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_bounded())
            textpage.close()
            page.close()
        return "\n".join(pages)
    finally:
        pdf.close()


def check_pdf(doc, folder: Path, say: Callable[[str], None]) -> dict[str, Path]:
    """The strategy side by side in Albanian and Serbian, once in each Serbian script, read back."""
    from desktop.export.pdf import export_pdf
    from desktop.translation.transliterate import convert

    albanian = _marked_word(doc.strategy.title.get("sq") + " " + doc.municipality.name.get("sq"))
    serbian = _marked_word(doc.municipality.name.get("sr") + " " + doc.strategy.title.get("sr"))
    words = {"latn": convert(serbian, "latn"), "cyrl": convert(serbian, "cyrl")}
    _check(_CYRILLIC.search(words["cyrl"]) and not _CYRILLIC.search(words["latn"]), "transliteration failed")
    pdfs = {}
    for script, other in (("latn", "cyrl"), ("cyrl", "latn")):
        path = folder / f"self-test-sq-sr-{script}.pdf"
        result = export_pdf(
            doc,
            path,
            document="strategy",
            layout="side-by-side",
            languages=("sq", "sr"),
            serbian_script=script,
            allow_incomplete=True,
        )
        text = pdf_text(path)
        _check(albanian in text, f"the {script} PDF lacks the Albanian word {albanian!r}")
        _check(words[script] in text, f"the {script} PDF lacks the Serbian word {words[script]!r}")
        _check(words[other] not in text, f"the {script} PDF has Serbian in the other script ({words[other]!r})")
        say(f"PDF sq|sr {script}: {result.pages} pages, {path.stat().st_size // 1024} KB, finds {words[script]!r}")
        pdfs[script] = path
    return pdfs


def check_docx(doc, folder: Path, say: Callable[[str], None]) -> None:
    """The strategy as a Word document, Albanian beside Cyrillic Serbian, read back with python-docx: its
    templates (the blank document, header and footer) are data files the build must carry."""
    import docx

    from desktop.export.docx import export_docx

    path = folder / "self-test-sq-sr-cyrl.docx"
    export_docx(doc, path, languages=("sq", "sr"), layout="side_by_side", serbian_script="cyrl")
    word = docx.Document(str(path))
    text = "\n".join(c.text for t in word.tables for r in t.rows for c in r.cells)
    _check(_CYRILLIC.search(text) is not None, "the Word document lacks the Serbian Cyrillic text")
    _check("ë" in text, "the Word document lacks the Albanian text")
    _check(bool(word.sections[0].header.paragraphs[0].text), "the Word document has no running header")
    say(f"Word sq|sr cyrl: {len(word.tables)} tables, {path.stat().st_size // 1024} KB")


def check_drawing(pdf: Path, say: Callable[[str], None]) -> None:
    """What the review summary and the PDF preview draw with: a chart as SVG in QtSvg, a page by pdfium."""
    import pypdfium2
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    from desktop.export import charts

    drawing = charts.status_chart([("Në zbatim", 3), ("Завршено", 2)], "sq", title="Statusi / Статус")
    _check(QSvgRenderer(QByteArray(charts.drawing_to_svg(drawing))).isValid(), "Qt cannot show the review charts")
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        page = document[0]
        image = page.render(scale=0.25).to_pil().convert("L")
        page.close()
    finally:
        document.close()
    darkest, _lightest = image.getextrema()
    _check(darkest < 128, "pdfium drew the PDF's first page blank")
    say(f"charts (SVG) and page preview (pdfium {pypdfium2.PDFIUM_INFO.build}): {image.width}x{image.height} px")


@contextlib.contextmanager
def _isolated_data(folder: Path) -> Iterator[None]:
    """PLAN_DATA_DIR set to `folder`, the interface language restored afterwards."""
    from desktop import i18n

    before, language = os.environ.get("PLAN_DATA_DIR"), i18n.language()
    os.environ["PLAN_DATA_DIR"] = str(folder)
    try:
        yield
    finally:
        i18n.set_language(language)
        if before is None:
            os.environ.pop("PLAN_DATA_DIR", None)
        else:
            os.environ["PLAN_DATA_DIR"] = before


def run_self_test(out_dir: Path | None = None, say: Callable[[str], None] = lambda line: None) -> SelfTestReport:
    """Run every check; the PDFs are kept in `out_dir` when given. Raises SelfTestError on the first failure."""
    started = time.perf_counter()
    report = SelfTestReport()

    def line(text: str) -> None:
        report.lines.append(text)
        say(text)

    root = bundle_root()
    line(f"Plan {__version__} self-test, {'frozen bundle ' + str(root) if frozen() else 'from source ' + str(root)}")
    with tempfile.TemporaryDirectory(prefix="plan-self-test-", ignore_cleanup_errors=True) as tmp:
        data = Path(tmp) / "data"
        with _isolated_data(data):
            check_resources(root, line)
            check_locales(line)
            doc = check_window(line)
            folder = out_dir if out_dir is not None else Path(tmp)
            folder.mkdir(parents=True, exist_ok=True)
            report.pdfs = check_pdf(doc, folder, line)
            check_drawing(report.pdfs["cyrl"], line)
            check_docx(doc, folder, line)
    report.seconds = time.perf_counter() - started
    line(f"self-test passed in {report.seconds:.1f} s")
    return report


def main() -> int:
    """`Plan --self-test`: print the report; exit 0, or 1 with one line saying what failed."""
    try:
        run_self_test(say=lambda text: print(text, flush=True))
    except SelfTestError as exc:
        print(f"self-test failed: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # anything else is a failure of the build too, said in one line
        print(f"self-test failed: {exc.__class__.__name__}: {exc}", file=sys.stderr)
        return 1
    return 0
