"""The Qt interface: the only package that imports PySide6.

At this level only the shell: `app` (start-up), `main_window`, `controller` (the one way views change a
document), `settings`, `qt_translator` (Qt's own strings), `selftest` and `bench_timings`. Features live in
subpackages: `plan`, `panels`, `translation`, `review`, `group`, `versions`, `export`, `files`; shared
pieces in `widgets`. See docs/ARCHITECTURE.md.
"""
