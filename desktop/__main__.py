"""`python -m desktop [FILE.plan]` opens the window straight away; anything else goes to the command line
(desktop/cli.py), whose parser of every subcommand the window's start need not wait for."""

import sys
from pathlib import Path

args = sys.argv[1:]
if not args or (len(args) == 1 and not args[0].startswith("-") and Path(args[0]).suffix.lower() == ".plan"):
    from desktop.gui.app import run

    raise SystemExit(run(args[0] if args else None))

from desktop.cli import main  # noqa: E402  (only when the window is not what was asked for)

raise SystemExit(main())
