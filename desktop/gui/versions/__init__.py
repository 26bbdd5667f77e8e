"""The plan's lifecycle: the approval and versions page, the assembly decision, recording an approval, approved
versions opened read-only, comparing versions or a revised plan, and the history of changes.

Modules are imported where they are used, not here: start-up stays lean."""
