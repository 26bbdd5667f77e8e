"""The Qt interface: the only package that imports PySide6.

At this level only the shell: `app` (start-up), `main_window` with its parts `window_files` (open, save,
backups) and `window_status` (status bar, notices), `controller` (the one way views change a document),
`settings`, `actions` and `menu_bar` (the command registry the menus are built from), `window_api` (what a
feature may use of the window), `qt_translator` (Qt's own strings), `selftest` and `bench_timings`.
Features live in subpackages: `plan`, `panels`, `translation`, `review`, `group`, `versions`, `export`,
`files`; shared pieces in `widgets`. See docs/ARCHITECTURE.md.
"""
