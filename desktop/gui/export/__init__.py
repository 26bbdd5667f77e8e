"""Leaving the window as a file: the PDF export dialog and its page preview, and sharing a copy of the plan.

Modules are imported where they are used, not here: start-up stays lean."""
