"""A figure of a chapter: its image (shown scaled), its caption in every language, Replace image… and Delete.

The image comes from a file dialog; the core operation checks it (PNG or JPEG, not too large) and its refusal
is shown beside the image."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from desktop.core import chapters
from desktop.core.model import Entity, Figure
from desktop.core.outline import figures
from desktop.gui.controller import DocumentController
from desktop.gui.settings import ask_open_file_name
from desktop.gui.widgets.editor_page import EditorPage
from desktop.i18n import N_, _

FIGURE_FILTER = N_("Images (*.png *.jpg *.jpeg)")
PREVIEW_WIDTH = 420  # pixels: large enough to recognise an organigram, small enough for a 1024-pixel screen
PREVIEW_HEIGHT = 300


def choose_image(parent: QWidget, plan_path: Path | str | None = None) -> tuple[bytes | None, str]:
    """Ask for an image file; (its bytes, "") or (None, why not); (None, "") when the user cancelled."""
    path, _filter = ask_open_file_name(parent, "figure", _("Choose the figure's image"), _(FIGURE_FILTER), plan_path)
    if not path:
        return None, ""
    try:
        return Path(path).read_bytes(), ""
    except OSError as exc:
        return None, _("Could not read {name}: {reason}").format(name=Path(path).name, reason=exc)


def scaled_preview(image: bytes | None, width: int = PREVIEW_WIDTH, height: int = PREVIEW_HEIGHT) -> QPixmap:
    """The image scaled down to fit the box (never up: a small logo stays sharp); null if unreadable."""
    pixmap = QPixmap()
    if image:
        pixmap.loadFromData(QByteArray(image))
    if pixmap.isNull() or (pixmap.width() <= width and pixmap.height() <= height):
        return pixmap
    return pixmap.scaled(width, height, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


class FigurePage(EditorPage):
    kind = "figure"

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.preview = QLabel(self)
        self.preview.setObjectName("figure_preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.preview.setMinimumHeight(60)
        self.add_row(_("Image"), self.preview)
        self.caption = self.text_field("caption", _("Caption"), multiline=True, min_lines=1, max_lines=4)
        self.caption.set_placeholder(_("What the figure shows, printed under it"))
        self.replace_button = QPushButton(_("Replace image…"), self)
        self.replace_button.setObjectName("replace_figure_image")
        self.replace_button.clicked.connect(self.replace_image)
        self.delete_button = QPushButton(_("Delete figure"), self)
        self.delete_button.setObjectName("delete")
        self.delete_button.setToolTip(_("Delete the figure and its caption (Undo brings it back)"))
        self.delete_button.clicked.connect(lambda: self.apply(chapters.delete_figure, self.entity_id))
        buttons = QHBoxLayout()
        buttons.addWidget(self.replace_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        self.layout_.addSpacing(8)
        self.layout_.addLayout(buttons)
        self._shown_image: bytes | None = None

    def replace_image(self) -> None:
        entity = self.entity()
        if not isinstance(entity, Figure) or self.read_only:
            return
        image, problem = choose_image(self, self.controller.session.path)
        if problem:
            self.message.show_message(problem)
        elif image is not None:
            self.apply(chapters.set_figure_image, entity.id, image)

    def refresh_values(self, entity: Entity) -> None:
        assert isinstance(entity, Figure)
        number = dict((f.id, n) for f, n in figures(self.controller.doc)).get(entity.id)
        if number is not None:
            self.header.setText(_("Figure {n}").format(n=number))
        if entity.image is not self._shown_image:
            self._shown_image = entity.image
            pixmap = scaled_preview(entity.image)
            if pixmap.isNull():
                self.preview.setText(_("(no image)"))
            else:
                self.preview.setPixmap(pixmap)
            self.preview.setFixedHeight(max(60, pixmap.height()))
        for button in (self.replace_button, self.delete_button):
            button.setEnabled(not self.read_only)
