"""Document files: SQLite, the only place with SQL."""
