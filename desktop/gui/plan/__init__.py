"""The plan itself: the tree of its parts and what the tree offers (add, move, delete), the action-plan grid
(its table model, filter and cell editors), the editor of the selected item (entity pages, the activity form with
its budget and indicator tables), pasting a table as activities, the period question, and the read-only content view.

Modules are imported where they are used, not here: start-up stays lean."""
