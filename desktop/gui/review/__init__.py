"""The yearly implementation review: the Review tab, one activity's year, the summary with its charts, two years
side by side, and the review sheets sent to and returned by the responsible bodies.

Modules are imported where they are used, not here: start-up stays lean."""
