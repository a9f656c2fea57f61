"""The `wagenmenner` command: `wagenmenner serve`, `createuser`, `token`, `backup`, ….

Every subcommand is a Django management command of the same name (dashes become
underscores), so `wagenmenner demo` and `python manage.py demo` are the same thing.
"""

import gc
import os
import sys


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["serve"]:
        # What the start loads (Django, the apps, the API's schemas) lives as long as the
        # server, yet the collector would walk the growing heap some 340 times, a tenth of
        # the start. wagenmenner/wsgi.py freezes the loaded heap and switches it back on,
        # before the workers fork.
        gc.disable()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wagenmenner.settings")
    from django.core.management import execute_from_command_line

    if not argv or argv[0] in {"-h", "--help"}:
        print(__doc__.strip().splitlines()[0])
        print("\nCommands: serve, createuser EMAIL, token EMAIL, backup PATH,"
              " restore PATH, backup-key FILE, rotate-keys, demo, insights EMAIL,"
              " fhir-export EMAIL, and every"
              " `manage.py` command.")
        return
    argv[0] = argv[0].replace("-", "_")
    execute_from_command_line(["wagenmenner", *argv])


if __name__ == "__main__":
    main()
