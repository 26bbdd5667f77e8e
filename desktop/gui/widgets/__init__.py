"""Pieces every feature shares: the multilingual text field, message boxes, display names of things, the flow
layout, window sizing for small screens, amount entry, the import preview frame and the Help dialogs.

Modules are imported where they are used, not here: start-up stays lean."""
