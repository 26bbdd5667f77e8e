"""Exchange services: files that go out to other people and come back filled in (Qt-free)."""
