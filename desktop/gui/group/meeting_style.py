"""Meeting mode's looks: the two palettes (light for lit rooms, high contrast for darkened ones), the text
sizes derived from one body size, and the window's style sheet."""

from __future__ import annotations

DEFAULT_FONT_PT = 20  # the body text; headings are larger. Legible from the back of a meeting room.
MIN_FONT_PT, MAX_FONT_PT, FONT_STEP = 14, 40, 2

# Default: near-black on white. Weak projectors in lit rooms turn a dark background grey while white
# stays bright, so dark text on white keeps the most contrast; every colour is dark enough to read
# when washed out. "High contrast" is white on near-black with yellow accents, for darkened rooms.
PALETTES: dict[bool, dict[str, str]] = {
    False: {
        "bg": "#ffffff",
        "fg": "#111111",
        "muted": "#303030",
        "accent": "#0a3a7a",
        "line": "#8a939c",
        "bar": "#e9edf1",
        "selected_bg": "#ffeb8a",
        "selected_edge": "#0a3a7a",
        "button_bg": "#ffffff",
        "decision": "#7a1f00",
    },
    True: {
        "bg": "#0d0d0d",
        "fg": "#ffffff",
        "muted": "#f0f0f0",
        "accent": "#ffd84a",
        "line": "#9a9a9a",
        "bar": "#000000",
        "selected_bg": "#1f3f73",
        "selected_edge": "#ffd84a",
        "button_bg": "#222222",
        "decision": "#ffd84a",
    },
}


def sizes(font_pt: int) -> dict[str, int]:
    """The point sizes of the window's texts for a body size of `font_pt`."""
    base = font_pt
    return {
        "base": base,
        "title": round(base * 1.6),
        "kicker": round(base * 1.0),
        "heading": round(base * 1.2),
        "activity": round(base * 1.1),
        "control": max(12, round(base * 0.8)),
        "small": max(12, round(base * 0.75)),
    }


def style_sheet(high_contrast: bool, font_pt: int) -> str:
    """Every rule scoped to a part of the meeting window, so that dialogs opened from it keep their own look."""
    c = PALETTES[high_contrast]
    s = sizes(font_pt)
    return f"""
            #meeting_window {{ background: {c["bg"]}; }}
            #meeting_scroll, #meeting_page {{ background: {c["bg"]}; border: none; }}
            #meeting_page QLabel {{ color: {c["fg"]}; font-size: {s["base"]}pt; }}
            #meeting_page QLabel#meeting_kicker {{ color: {c["accent"]}; font-size: {s["kicker"]}pt;
                font-weight: 600; }}
            #meeting_page QLabel#meeting_title {{ font-size: {s["title"]}pt; font-weight: 700; }}
            #meeting_page QLabel[role="heading"] {{ color: {c["accent"]}; font-size: {s["heading"]}pt;
                font-weight: 700; padding-top: 14px; }}
            #meeting_page QLabel[role="caption"] {{ color: {c["muted"]}; font-size: {s["small"]}pt;
                font-weight: 600; }}
            #meeting_page QLabel[role="muted"] {{ color: {c["muted"]}; }}
            #meeting_page QLabel[role="number"] {{ color: {c["accent"]}; font-size: {s["activity"]}pt;
                font-weight: 700; }}
            #meeting_page QLabel[role="activity_title"] {{ font-size: {s["activity"]}pt; font-weight: 600; }}
            #meeting_page QLabel[role="total"] {{ font-weight: 700; }}
            #meeting_page QFrame[role="rule"] {{ background: {c["line"]}; border: none; }}
            #meeting_page QFrame[role="row"] {{ background: {c["bg"]}; border: none;
                border-left: 8px solid {c["bg"]}; border-bottom: 1px solid {c["line"]}; }}
            #meeting_page QFrame[role="row"][selected="true"] {{ background: {c["selected_bg"]};
                border-left: 8px solid {c["selected_edge"]}; }}
            #meeting_page QFrame[role="note"] {{ border: none; border-left: 4px solid {c["line"]}; }}
            #meeting_page QFrame[role="note"][category="decision"] {{ border-left: 4px solid {c["decision"]}; }}
            #meeting_bar, #meeting_footer {{ background: {c["bar"]}; border: none; }}
            #meeting_bar {{ border-bottom: 1px solid {c["line"]}; }}
            #meeting_footer {{ border-top: 1px solid {c["line"]}; }}
            #meeting_bar QLabel, #meeting_footer QLabel, #meeting_bar QCheckBox {{ color: {c["fg"]};
                font-size: {s["control"]}pt; }}
            #meeting_footer QLabel#meeting_position {{ font-weight: 700; }}
            #meeting_bar QLabel#meeting_info {{ color: {c["muted"]}; font-size: {s["small"]}pt; }}
            #meeting_bar QPushButton, #meeting_footer QPushButton {{
                color: {c["fg"]}; background: {c["button_bg"]}; font-size: {s["control"]}pt;
                border: 2px solid {c["line"]}; border-radius: 6px; padding: 4px 12px; }}
            #meeting_bar QPushButton:hover, #meeting_footer QPushButton:hover {{ border-color: {c["accent"]}; }}
            #meeting_bar QPushButton:pressed, #meeting_footer QPushButton:pressed {{
                background: {c["selected_bg"]}; }}
            #meeting_bar QPushButton:checked {{ background: {c["accent"]}; color: {c["bg"]};
                border-color: {c["accent"]}; }}
            #meeting_bar QPushButton[segment="middle"], #meeting_bar QPushButton[segment="last"] {{
                border-left-width: 0px; border-top-left-radius: 0px; border-bottom-left-radius: 0px; }}
            #meeting_bar QPushButton[segment="first"], #meeting_bar QPushButton[segment="middle"] {{
                border-top-right-radius: 0px; border-bottom-right-radius: 0px; }}
            #meeting_footer QPushButton:disabled {{ color: {c["line"]}; }}
            #meeting_footer QLabel#meeting_hints {{ font-size: {s["small"]}pt; }}
            #meeting_bar QCheckBox::indicator {{ width: {s["control"] * 4 // 3}px; height: {s["control"] * 4 // 3}px;
                border: 2px solid {c["fg"]}; background: {c["button_bg"]}; border-radius: 3px; }}
            #meeting_bar QCheckBox::indicator:checked {{ background: {c["accent"]}; }}
            #meeting_scroll QScrollBar:vertical {{ background: {c["bar"]}; width: 18px; }}
            #meeting_scroll QScrollBar::handle:vertical {{ background: {c["line"]}; min-height: 40px;
                border-radius: 6px; margin: 2px; }}
            #meeting_scroll QScrollBar::add-line:vertical, #meeting_scroll QScrollBar::sub-line:vertical {{
                height: 0px; }}
    """
