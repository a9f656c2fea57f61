"""What the phone needs offline: /sw.js, the session answer, and pages safe to keep."""

import json
import re
from pathlib import Path

from django.conf import settings
from django.urls import reverse

from checkins.models import CheckIn
from checkins.offline import cache_key_for
from checkins.tests.conftest import LEVELS

STATIC = Path(settings.BASE_DIR) / "wagenmenner" / "static" / "wagenmenner"


def sw_config(response):
    first_line = response.content.decode().split("\n", 1)[0]
    assert first_line.startswith("const WM_CONFIG = ")
    return json.loads(first_line.removeprefix("const WM_CONFIG = ").rstrip(";"))


def test_the_service_worker_is_served_from_the_root_with_its_headers(client, db):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert response["Cache-Control"] == "no-cache"


def test_the_service_worker_keeps_the_check_in_reins_safety_plan_and_crisis_pages(client, db):
    config = sw_config(client.get("/sw.js"))
    assert config["pages"] == [reverse("checkins:checkin"), reverse("rides:quick"),
                               reverse("safety:plan"), reverse("safety:crisis"),
                               reverse("warningplan:plan"), reverse("timeouts:overview"),
                               reverse("checkins:offline")]
    # Any page it did not keep: the page that says it needs a connection, not another one.
    assert config["fallback"] == reverse("checkins:offline")
    assert "/static/rides/quick.js" in config["static"]
    assert "/static/safety/safety.css" in config["static"]
    assert config["crisis"] == reverse("safety:crisis")
    for name in ("app.css", "offline.js", "app.js"):
        assert f"/static/wagenmenner/{name}" in config["static"]
    assert re.fullmatch(r"[0-9a-f]{16}", config["version"])


def test_a_changed_static_file_gives_a_new_service_worker_version(client, db, monkeypatch):
    from checkins import views

    before = sw_config(client.get("/sw.js"))["version"]
    real = views._static_text
    monkeypatch.setattr(views, "_static_text",
                        lambda p: real(p) + "/* changed */" if p.endswith("app.css") else real(p))
    assert sw_config(client.get("/sw.js"))["version"] != before


def test_the_session_answer_gives_a_csrf_token_and_an_opaque_key_per_person(client_person,
                                                                           person, stranger):
    body = client_person.get(reverse("checkins:session")).json()
    assert body["authenticated"] is True and body["csrf"]
    assert body["user"] == cache_key_for(person) != cache_key_for(stranger)
    assert str(person.pk) != body["user"] and person.email not in json.dumps(body)


def test_the_session_answer_without_login_is_401(client, db):
    response = client.get(reverse("checkins:session"))
    assert response.status_code == 401
    assert response.json() == {"authenticated": False}


def test_every_page_loads_offline_js_without_inline_code(client_person):
    html = client_person.get(reverse("home")).content.decode()
    assert re.search(r'<script src="/static/wagenmenner/offline\.js" defer data-sw="/sw\.js"',
                     html)
    assert 'data-logout="/uitloggen/"' in html


def test_the_check_in_page_is_safe_to_keep_offline(client_person, person):
    CheckIn.objects.create(owner=person, note="Een persoonlijke notitie", **LEVELS)
    html = client_person.get(reverse("checkins:checkin")).content.decode()
    assert "Een persoonlijke notitie" not in html
    assert person.email not in html
    # Nothing inline for the CSP to block.
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)
    assert " style=" not in html and "<style" not in html


def test_the_offline_texts_are_rendered_by_the_server_in_the_person_s_language(client_person):
    html = client_person.get(reverse("checkins:checkin")).content.decode()
    for name in ("queued", "login", "offline", "sent", "invalid"):
        assert re.search(rf'data-msg-{name}="[^"]+"', html)


def test_the_scripts_use_no_eval_and_no_html_strings():
    for path in (STATIC / "offline.js", STATIC / "sw.js",
                 Path(settings.BASE_DIR) / "rides" / "static" / "rides" / "quick.js"):
        source, name = path.read_text(), path.name
        for forbidden in ("eval(", "new Function", "innerHTML", "document.write",
                          "setTimeout(\"", "insertAdjacentHTML"):
            assert forbidden not in source, f"{name} uses {forbidden}"


def test_logout_tells_the_browser_to_drop_what_it_kept(client_person):
    response = client_person.post(reverse("accounts:logout"))
    assert '"storage"' in response["Clear-Site-Data"] and '"cache"' in response["Clear-Site-Data"]
