import subprocess
from pathlib import Path

from django.conf import settings

PO = Path(settings.BASE_DIR) / "locale" / "nl" / "LC_MESSAGES" / "django.po"


def _entries(*flags, po=PO):
    out = subprocess.run(["msgattrib", *flags, str(po)], capture_output=True, text=True,
                         check=True).stdout
    return [line for line in out.splitlines() if line.startswith("msgid ")]


def test_dutch_catalogue_is_complete_and_compiles(tmp_path, settings):
    """It compiles, nothing is untranslated or fuzzy, and makemessages finds nothing new.
    makemessages runs on a copy of the catalogue: several checkouts and test workers share
    this machine, and a rewrite of the real file (even a brief one) leaks into theirs."""
    subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(PO)], check=True)
    untranslated = [m for m in _entries("--untranslated") if m != 'msgid ""']
    assert untranslated == [], untranslated[:20]
    assert _entries("--only-fuzzy") == []

    import os
    import shutil

    from django.core.management import call_command

    # A copy of the sources: makemessages writes to the locale folder below its working
    # folder whatever LOCALE_PATHS says.
    src = tmp_path / "src"
    shutil.copytree(settings.BASE_DIR, src, ignore=shutil.ignore_patterns(
        ".venv", ".git", "node_modules", "data", "__pycache__", "test-results", "*.mo"))
    work = src / "locale"
    settings.LOCALE_PATHS = [work]
    here = os.getcwd()
    os.chdir(src)
    try:
        call_command("makemessages", locale=["nl"], ignore_patterns=[".venv", "node_modules",
                                                                     "bench"],
                     verbosity=0, no_obsolete=True)
    finally:
        os.chdir(here)
    missing = [m for m in _entries("--untranslated", po=work / "nl" / "LC_MESSAGES" / "django.po")
               if m != 'msgid ""']
    assert missing == [], f"run scripts/messages.sh and translate: {missing[:20]}"


def test_pages_speak_dutch_by_default_and_english_on_request(client, db):
    assert "Inloggen" in client.get("/inloggen/").content.decode()
    client.post("/taal/", {"language": "en", "next": "/"})
    assert "Log in" in client.get("/inloggen/").content.decode()
