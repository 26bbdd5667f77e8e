"""How a PDF names an item of the plan in one language: "Aktiviteti 1.2: Hapja e qendrës ditore".

The minutes name the items a decision concerns, the changes since the approved version name every item
that changed: both with the item's kind, its number in the document it lives in and its title.
"""

from __future__ import annotations

from desktop.core.model import Entity, Section
from desktop.export.pdf.layout import Writer
from desktop.export.pdf.markup import literal

TITLE_FIELDS = ("title", "name")


def title_field(entity: Entity) -> str | None:
    """The text field that names an item (its title, or its name), None when it has none."""
    return next((name for name in TITLE_FIELDS if name in entity.TEXTS), None)


def kind_label(w: Writer, entity: Entity, number: str, lang: str) -> str:
    """ "Strategic objective 2", "Activity 1.3", "Target group"."""
    kind = entity.KIND
    if kind == "objective":
        return w.label("objective", lang, n=number).strip()
    if kind in ("priority", "activity"):
        return w.label(f"item_{kind}", lang, n=number).strip()
    labels = w.labels[lang]
    for key in (f"item_{kind}", kind):
        if key in labels:
            return labels[key]
    return kind.replace("_", " ")


def title_markup(w: Writer, entity: Entity, lang: str) -> str:
    """The item's title as Paragraph markup: the marker when it is missing in `lang`, "" when it has none."""
    field = title_field(entity)
    if field is None:
        return ""
    mt = entity.text(field)
    if mt.is_empty() and isinstance(entity, Section) and entity.key and entity.key in w.labels[lang]:
        return literal(w.label(entity.key, lang))  # a standard section the group left untitled
    return w.markup(mt, lang)


def item_markup(w: Writer, entity: Entity, number: str, lang: str) -> str:
    """Kind, number and title as Paragraph markup: "Aktiviteti 1.2: Hapja e qendrës ditore"."""
    title = title_markup(w, entity, lang)
    kind = literal(kind_label(w, entity, number, lang))
    return f"{kind}: {title}" if title else kind


def choice_label(w: Writer, prefix: str, value: str, lang: str) -> str:
    """The label of a role, sector or method ("role_chair"); the stored value when it has none."""
    key = f"{prefix}_{value}"
    return w.label(key, lang) if key in w.labels[lang] else value.replace("_", " ")
