"""Opening and starting: the start panel when no plan is open, a new plan, recovery of unsaved work, backups, and
the user's preferences.

Modules are imported where they are used, not here: start-up stays lean."""
