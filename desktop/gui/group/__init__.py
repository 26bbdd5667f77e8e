"""The advisory group and its work: members, consultations, meetings (the folder, one meeting, its recorded notes,
decisions and follow-ups), meeting mode on a projector, and the notes panel.

Modules are imported where they are used, not here: start-up stays lean."""
