"""The panels under the editor: problems, search results, budget totals and completeness, each redrawn from the
whole document shortly after changes (`deferred_panel`). Panels that belong to one feature live with it
(meeting notes in `group`, translation progress in `translation`, history in `versions`).

Modules are imported where they are used, not here: start-up stays lean."""
