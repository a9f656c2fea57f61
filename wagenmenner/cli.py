"""The `wagenmenner` command: `wagenmenner serve`, `createuser`, `token`, `backup`, ….

Every subcommand is a Django management command of the same name (dashes become
underscores), so `wagenmenner demo` and `python manage.py demo` are the same thing.
"""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wagenmenner.settings")
    from django.core.management import execute_from_command_line

    if not argv or argv[0] in {"-h", "--help"}:
        print(__doc__.strip().splitlines()[0])
        print("\nCommands: serve, createuser EMAIL, token EMAIL, backup PATH,"
              " restore PATH, backup-key FILE, rotate-keys, demo, insights EMAIL, and every"
              " `manage.py` command.")
        return
    argv[0] = argv[0].replace("-", "_")
    execute_from_command_line(["wagenmenner", *argv])


if __name__ == "__main__":
    main()
