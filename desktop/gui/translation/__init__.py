"""Translating the plan: the side-by-side translation view, the Translation menu, XLIFF export and import, the
glossary and translation-memory dialogs, the memory learning from open plans, the translation progress panel and
which script Serbian is shown in.

Modules are imported where they are used, not here: start-up stays lean."""
