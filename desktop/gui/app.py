"""Start the window: `python -m desktop [FILE]` comes here (see desktop/cli.py).

PySide6 is imported only after checking that there is a display: without one Qt aborts the process,
and the check must stay fast. Start-up imports only QtCore, QtGui and QtWidgets.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path

from desktop.i18n import N_, _

EXIT_NO_DISPLAY = 2
ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "plan.svg"
NO_DISPLAY = N_(
    "No display found. Run Plan on a desktop session, or under Xvfb: xvfb-run make run; "
    "the command line works without a display: python -m desktop --help"
)
# The smallest interface font: legible on a projector at the back of a meeting room.
MIN_POINT_SIZE = 10.5

_IMPORTED_AT = time.time()
PROBE_SETTLE_MS = 1000  # how long the benchmark's start stays open after its window is shown


def display_available() -> bool:
    """Whether Qt can open a window (checked without importing Qt)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def _seconds_since_start(probe: str) -> float:
    """Seconds since the benchmark spawned us (PLAN_STARTUP_PROBE=<epoch>), else since the process began."""
    try:
        spawned = float(probe)
    except ValueError:
        spawned = 0.0
    if spawned > 1e9:  # an epoch time; anything else (PLAN_STARTUP_PROBE=1) means "just report"
        return time.time() - spawned
    try:  # Linux: the process's start time in clock ticks after boot
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.time() - _IMPORTED_AT


def quicker_pyside_module_check() -> None:
    """PySide6 asks of every module imported after it whether its source says "PySide6" (for its
    `from __feature__ import` switches), reading the source through `inspect.getsource`: about 25 ms of
    the window's start. The same question is answered here from the file's bytes; for a module without a
    .py file, PySide6's own check still answers."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "from_bytes", False):
        return

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as fh:
                    return b"PySide6" in fh.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.from_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside


def run(file: str | None, read_only: bool = False) -> int:
    """Open the main window on FILE (or the demo plan) and run until it closes; the exit code."""
    if not display_available():
        print(_(NO_DISPLAY), file=sys.stderr)
        return EXIT_NO_DISPLAY

    # Start-up allocates some 10^5 objects (modules, the plan, the tree, the pages), none of them garbage:
    # collecting cycles meanwhile only slows it (about 20 ms on a plan of 1,000 activities). On once shown.
    gc.disable()
    try:
        app = _application()
        probe = os.environ.get("PLAN_STARTUP_PROBE")
        windows = _open_windows(file, read_only, probe)
        for window in windows:
            window.show()
    except BaseException:
        gc.enable()
        raise
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, gc.enable)

    if probe:
        app.processEvents()

        def report() -> None:
            print(f"window-shown {_seconds_since_start(probe):.3f} {windows[0].windowTitle()}", flush=True)
            # Open a moment longer: what waits for the first paint runs too, and the peak memory counts it.
            QTimer.singleShot(PROBE_SETTLE_MS, lambda: (app.closeAllWindows(), app.exit(0)))

        QTimer.singleShot(0, report)
    return app.exec()


def _application():
    """The QApplication, in the interface language chosen last time, with its icon and a legible font."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    quicker_pyside_module_check()
    from desktop import i18n
    from desktop.gui.main_window import MainWindow  # noqa: F401  (the window's modules before QApplication)
    from desktop.gui.qt_translator import CatalogueTranslator
    from desktop.gui.settings import open_settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Plan")
    app.setOrganizationName("Plan")
    # The interface language chosen last time (View > Interface language), else English.
    i18n.set_language(os.environ.get("PLAN_LANGUAGE") or str(open_settings().value("ui/language", "en")))
    app.installTranslator(CatalogueTranslator(app))
    app.setWindowIcon(QIcon(str(ICON)))
    font = app.font()
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    return app


def _open_windows(file: str | None, read_only: bool, probe: str | None) -> list:
    """The windows to show at start: recovered work, FILE, else the plan open last time or the demo plan."""
    from desktop.gui.main_window import MainWindow, same_file
    from desktop.gui.settings import recent_files

    windows: list[MainWindow] = []
    recovered = [] if probe else recover_sessions()
    for session in recovered:
        window = MainWindow()
        window.set_session(session)
        windows.append(window)
    if file and not any(same_file(s.path, Path(file)) for s in recovered):
        window = MainWindow()
        window.open_file(file, read_only=read_only)
        windows.append(window)
    if not windows:
        # No file given: the plan open last time, else the demo plan.
        window = MainWindow()
        last = next((Path(p) for p in recent_files(window.settings) if Path(p).is_file()), None)
        if last is None or not window.open_file(last):
            window.open_demo()
        windows.append(window)
    return windows


def recover_sessions() -> list:
    """Offer the work of crashed instances; returns the sessions the user chose to recover."""
    from desktop.gui.files.recovery_dialog import RecoveryChoice, RecoveryDialog, work_name
    from desktop.gui.widgets import messages
    from desktop.storage.errors import StorageError
    from desktop.storage.session import DocumentSession, discard_recoverable, find_recoverable

    try:
        works = find_recoverable()
    except OSError:
        return []
    sessions = []
    while works:
        choice, work = RecoveryDialog.ask(works)
        if choice == RecoveryChoice.LATER or work is None:
            break
        if choice == RecoveryChoice.DISCARD:
            question = _("Discard the unsaved changes to {name}? This cannot be undone.").format(name=work_name(work))
            if not messages.confirm(None, _("Discard unsaved work"), question, _("Discard")):
                continue
            discard_recoverable(work)
        else:
            try:
                sessions.append(DocumentSession.resume(work))
            except (StorageError, OSError) as exc:
                messages.show_error(None, str(exc), _("The work could not be recovered"))
        works = [w for w in works if w is not work]
    return sessions
