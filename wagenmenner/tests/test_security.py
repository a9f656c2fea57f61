import os
import subprocess
import sys

import pytest
from django.conf import settings


def test_pages_send_strict_security_headers(client, db):
    r = client.get("/inloggen/")
    csp = r["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    assert r["X-Content-Type-Options"] == "nosniff"
    assert r["Referrer-Policy"] == "same-origin"
    assert r["X-Frame-Options"] == "DENY"


def test_personal_pages_are_not_cached(client_person):
    assert client_person.get("/").headers["Cache-Control"] == "no-store"
    assert client_person.get("/ritten/").headers["Cache-Control"] == "no-store"


def test_session_cookie_is_host_prefixed_secure_and_httponly(client, person):
    from conftest import PASSWORD

    client.post("/inloggen/", {"username": person.email, "password": PASSWORD})
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    assert settings.SESSION_COOKIE_NAME.startswith("__Host-")
    assert cookie["secure"] and cookie["httponly"] and cookie["path"] == "/"
    assert not cookie["domain"]


def test_session_is_renewed_at_login_and_ended_at_logout(client, person):
    from django.contrib.sessions.models import Session

    from conftest import PASSWORD

    client.get("/inloggen/")
    before = client.session.session_key
    client.post("/inloggen/", {"username": person.email, "password": PASSWORD})
    after = client.session.session_key
    assert after and after != before
    client.post("/uitloggen/")
    assert not Session.objects.filter(session_key=after).exists()
    assert client.get("/").status_code == 302


def test_logout_needs_post(client_person):
    assert client_person.get("/uitloggen/").status_code == 405


def test_security_txt_is_served(client, db):
    r = client.get("/.well-known/security.txt")
    assert r.status_code == 200
    assert r.content.decode().startswith("Contact: ")
    assert "Expires: " in r.content.decode()


def test_pages_load_nothing_from_other_hosts(client_person):
    import re

    for url in ("/", "/rit/", "/teugels/", "/crisis/", "/leren/", "/mijn-wagenmenner/"):
        html = client_person.get(url).content.decode()
        for src in re.findall(r'(?:src|href)="([^"]+)"', html):
            assert not src.startswith("//")
            if src.startswith("http"):
                # Only the crisis chat link leaves the site, as a link, never as a resource.
                assert "113.nl" in src, (url, src)


@pytest.mark.django_db
def test_deploy_check_is_clean_under_production_settings(tmp_path):
    # The default crisis lines are those of the default country, the Netherlands.
    env = {**{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
           "DEBUG": "0", "WAGENMENNER_HTTPS": "1",
           "WAGENMENNER_DATA": str(tmp_path), "ALLOWED_HOSTS": "wagenmenner.example.org",
           "SITE_URL": "https://wagenmenner.example.org",
           "SECRET_KEY": "x" * 20 + "a-very-long-and-random-secret-key-for-the-check-1234567890"}
    result = subprocess.run([sys.executable, "manage.py", "check", "--deploy",
                             "--fail-level", "WARNING"], env=env, capture_output=True, text=True,
                            cwd=settings.BASE_DIR)
    assert result.returncode == 0, result.stdout + result.stderr


def test_csp_blocks_inline_script_in_every_template():
    """No template may carry inline script or style: the CSP would block it. A PDF's
    template (``*_pdf.html``) is read by WeasyPrint only, never sent to a browser: its page
    rules (page numbers) may sit in a <style>, and nothing else there may; likewise the
    chart's SVG style, set only when a PDF is drawn (``svg_style``)."""
    import re
    from pathlib import Path

    for path in Path(settings.BASE_DIR).glob("*/templates/**/*.html"):
        text = path.read_text()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text), path
        if path.name.endswith("_pdf.html"):
            text = re.sub(r"<style>\s*@page \{.*?\}\s*\}\s*</style>", "", text, flags=re.S)
        text = text.replace("{% if svg_style %}<style>{{ svg_style }}</style>{% endif %}", "")
        assert "<style" not in text, path
        assert not re.search(r'\sstyle="', text), path
        assert not re.search(r"\son[a-z]+=\"", text), path


@pytest.mark.django_db
def test_the_readme_says_what_the_deploy_check_does_with_the_shipped_crisis_lines(tmp_path):
    """The shipped lines are the Netherlands': the check is clean for NL, and for a country
    the file does not list it warns safety.W001 and exits 1, as the README says."""
    readme = (settings.BASE_DIR / "README.md").read_text()
    assert "check --deploy --fail-level WARNING" in readme and "safety.W001" in readme
    env = {**{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
           "DEBUG": "0", "WAGENMENNER_HTTPS": "1", "WAGENMENNER_DATA": str(tmp_path),
           "ALLOWED_HOSTS": "wagenmenner.example.org",
           "SITE_URL": "https://wagenmenner.example.org",
           "SECRET_KEY": "x" * 20 + "a-very-long-and-random-secret-key-for-the-check-1234567890"}
    env.pop("WAGENMENNER_CRISIS_LINES", None)

    def check(country):
        return subprocess.run([sys.executable, "manage.py", "check", "--deploy",
                               "--fail-level", "WARNING"], env={**env, "WAGENMENNER_COUNTRY":
                                                                country},
                              capture_output=True, text=True, cwd=settings.BASE_DIR)

    assert check("NL").returncode == 0
    elsewhere = check("FR")
    assert elsewhere.returncode == 1 and "safety.W001" in elsewhere.stdout + elsewhere.stderr
