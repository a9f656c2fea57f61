"""The `wagenmenner` command: `wagenmenner serve`, `createuser`, `token`, `backup`, ….

Every subcommand is a Django management command of the same name (dashes become
underscores), so `wagenmenner demo` and `python manage.py demo` are the same thing.
"""

import gc
import os
import sys

# Python's own thresholds, which wagenmenner/wsgi.py sets again once the app is loaded.
GC_THRESHOLD = (700, 10, 10)
# While `serve` loads: what it loads (Django, the apps, the API's schemas) lives as long as
# the server, yet with Python's thresholds the collector walks the growing heap some 340
# times, a tenth of the start. With these, a few young collections still free the start's
# garbage (switched off altogether, it would stay behind: 1 MB more in every worker).
START_GC_THRESHOLD = (20_000, 50, 1_000)


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["serve"]:
        gc.set_threshold(*START_GC_THRESHOLD)
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
