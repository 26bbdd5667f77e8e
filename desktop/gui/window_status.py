"""The window's status bar and the notice above the editor: the file, read-only, the version shown, the budget
and how complete each language is; notices of locks, backups, files written and adopted versions. A part of
MainWindow (desktop.gui.main_window)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QLabel,
)

from desktop.core.reviews import frozen_plan_of
from desktop.core.stats import completeness
from desktop.gui.versions.version_window import version_status
from desktop.gui.widgets.display import CONTENT_LANGUAGES, budget_summary, language_name
from desktop.i18n import _

STATUS_NOW_LIMIT = 1500  # items: above this the status bar's statistics wait for a pause


class StatusBarPart:
    """The status bar and banner of MainWindow, which holds the labels' state (`session`, the language)."""

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.file_label = QLabel("", bar)
        self.file_label.setObjectName("file_label")
        self.read_only_label = QLabel(_("read-only"), bar)
        self.read_only_label.setObjectName("read_only_label")
        self.read_only_label.setStyleSheet("QLabel { color: #8a3b00; font-weight: 600; }")
        self.completeness_label = QLabel("", bar)
        self.completeness_label.setObjectName("completeness_label")
        self.completeness_label.setToolTip(_("How much of the plan's text is written in each language"))
        self.version_label = QLabel("", bar)
        self.version_label.setObjectName("version_label")
        self.budget_label = QLabel("", bar)
        self.budget_label.setObjectName("budget_label")
        self.budget_label.setToolTip(_("The action plan's planned budget, in total and per year"))
        bar.addWidget(self.file_label)
        bar.addWidget(self.read_only_label)
        bar.addPermanentWidget(self.version_label)
        bar.addPermanentWidget(self.budget_label)
        bar.addPermanentWidget(self.completeness_label)

    def _show_notice(self, text: str, transient: bool = False) -> None:
        """Show a notice above the editor. A transient one (a file written, an adopted version shown) gives
        way to the lasting one (a lock warning, a backup) when another item is selected."""
        if not transient:
            self._lasting_notice = text
        self._transient_notice = transient
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def show_file_written(self, text: str) -> None:
        """Say where a file went (its full path): in the banner, where it stays until the next selection."""
        self._show_notice(text, transient=True)
        self.statusBar().showMessage(text, 10000)

    def _notice_for_item(self, entity_id: str | None) -> None:
        """An item of an adopted, read-only version of the action plan says so (the same numbers as the
        plan in force, easy to mistake for it)."""
        plan = frozen_plan_of(self.controller.doc, entity_id) if self.controller and entity_id else None
        if plan is not None:
            text = _(
                "This is version {n} of the action plan, adopted and kept read-only: a revised version replaced it."
            ).format(n=plan.number)
            self._show_notice(text, transient=True)
        elif self._transient_notice:
            self._show_notice(self._lasting_notice)

    def _update_file_status(self) -> None:
        """The file's name and whether it is read-only: cheap, so never deferred."""
        self.file_label.setText(self.plan_name() if self.session is not None else _("No plan open"))
        self.file_label.setToolTip(str(self.session.path) if self.session is not None and self.session.path else "")
        self.read_only_label.setVisible(self.session is not None and self.session.read_only)

    def _update_status(self) -> None:
        """The budget, the version shown and the completeness: each walks the whole plan."""
        if self.session is None:
            self.budget_label.setText("")
            self.completeness_label.setText("")
            self.version_label.setText("")
            return
        self.budget_label.setText(budget_summary(self.session.doc, self._lang))
        text, tip = version_status(self.session.doc, self.session.frozen_version)
        self.version_label.setText(text)
        self.version_label.setToolTip(tip)
        comp = completeness(self.session.doc)
        parts = []
        for code, _name in CONTENT_LANGUAGES:
            text = escape(f"{code} {round(comp[code]['percent'])}%")
            parts.append(f"<b>{text}</b>" if code == self._lang else text)
        self.completeness_label.setText(" · ".join(parts))
        self.completeness_label.setToolTip(
            "\n".join(
                _("{language}: {filled} of {fields} texts written").format(
                    language=language_name(code), filled=comp[code]["filled"], fields=comp[code]["fields"]
                )
                for code, _name in CONTENT_LANGUAGES
            )
        )
