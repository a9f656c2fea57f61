import subprocess
from pathlib import Path

from django.conf import settings

PO = Path(settings.BASE_DIR) / "locale" / "nl" / "LC_MESSAGES" / "django.po"


def _entries(*flags):
    out = subprocess.run(["msgattrib", *flags, str(PO)], capture_output=True, text=True,
                         check=True).stdout
    return [line for line in out.splitlines() if line.startswith("msgid ")]


def test_dutch_catalogue_is_complete_and_compiles(tmp_path):
    """One test, because it briefly rewrites the catalogue (no other test reads it):
    it compiles, nothing is untranslated or fuzzy, and makemessages finds nothing new."""
    subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(PO)], check=True)
    untranslated = [m for m in _entries("--untranslated") if m != 'msgid ""']
    assert untranslated == [], untranslated[:20]
    assert _entries("--only-fuzzy") == []

    import shutil

    work = tmp_path / "locale"
    shutil.copytree(Path(settings.BASE_DIR) / "locale", work)
    subprocess.run(["msgfmt", "--version"], check=True, capture_output=True)
    from django.core.management import call_command

    call_command("makemessages", locale=["nl"], ignore_patterns=[".venv", "node_modules",
                                                                 "bench"],
                 verbosity=0, no_obsolete=True)
    try:
        missing = [m for m in _entries("--untranslated") if m != 'msgid ""']
        assert missing == [], f"run scripts/messages.sh and translate: {missing[:20]}"
    finally:
        shutil.copy(work / "nl" / "LC_MESSAGES" / "django.po", PO)


def test_pages_speak_dutch_by_default_and_english_on_request(client, db):
    assert "Inloggen" in client.get("/inloggen/").content.decode()
    client.post("/taal/", {"language": "en", "next": "/"})
    assert "Log in" in client.get("/inloggen/").content.decode()
