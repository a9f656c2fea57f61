"""Every clinician page and route × who asks (issue 10): without a confirmed second factor
403 with a message naming it; with it, the clinician's own client answers and anyone
else's link 404; a partner's link is no client. A route added to the therapist's space
that this test does not know fails it."""

import re

import pytest
from django.test import Client
from django.urls import get_resolver

from tests.factories import client_for, make_link, share, verified_client_for

BODIES = {"sessions": {"date": "2026-01-05"}, "notes": {"text": "Bespreken"},
          "questionnaires": {"questionnaire_id": 1}}


def _pages():
    # The therapist's own pages, and every client page other apps add under /praktijk/.
    resolver = get_resolver()
    return sorted({str(p.pattern) for r in resolver.url_patterns
                   for p in getattr(r, "url_patterns", ())
                   if getattr(r, "namespace", None) == "therapist"
                   or str(p.pattern).startswith("praktijk/")})


def _api():
    from api.urls import api

    paths = api.get_openapi_schema()["paths"]
    # Deletes last: a route that deletes the note would leave the others nothing to find.
    return sorted(((m, p) for p, ops in paths.items() if p.startswith("/api/v1/caseload")
                   for m in ops), key=lambda mp: (mp[0] == "delete", mp))


def _url(route, link_id, note_id=1, session_id=1):
    url = "/" + route.lstrip("/")
    for name, value in (("link_id", link_id), ("note_id", note_id), ("session_id", session_id)):
        url = re.sub(rf"<int:{name}>|\{{{name}\}}", str(value), url)
    assert "<" not in url and "{" not in url, f"the matrix does not know a parameter of {route}"
    return url


def _call(client, method, url):
    kind = url.rstrip("/").split("/")[-1]
    body = BODIES.get(kind, {"text": "x"} if "/notes/" in url else {})
    if url.startswith("/api/"):
        return getattr(client, method)(url, body, content_type="application/json")
    post = re.search(r"(sessie|notities|verwijderen|vragenlijst-geven)/$", url)
    return client.post(url, {"date": "2026-01-05", "text": "x"}) if post else client.get(url)


def test_the_matrix_knows_every_route():
    assert len(_pages()) == 12
    assert {p for _, p in _api()} >= {"/api/v1/caseload", "/api/v1/caseload/{link_id}/summary",
                                      "/api/v1/caseload/{link_id}/sessions",
                                      "/api/v1/caseload/{link_id}/report.pdf",
                                      "/api/v1/caseload/{link_id}/fhir"}


@pytest.mark.parametrize("shared", [(), ("insights", "selfchecks")], ids=["nothing", "shared"])
def test_no_second_factor_means_403_everywhere(person, therapist, clinic, shared):
    share(clinic["link"], *shared)
    for c in (client_for(therapist), Client()):
        for route in _pages():
            if route == "mijn-rapport/":
                continue
            r = _call(c, "get", _url(route, clinic["link"].pk))
            assert r.status_code in ((403,) if c.session.get("_auth_user_id") else (302,)), route
            if r.status_code == 403:
                assert "second factor" in r.content.decode() or "tweede" in r.content.decode()
                assert b"zq7" not in r.content and b"Robin" not in r.content
        # The caseload's routes, and the clinician's own questionnaires.
        for method, path in [*_api(), ("get", "/api/v1/questionnaires"),
                             ("post", "/api/v1/questionnaires")]:
            r = _call(c, method, _url(path, clinic["link"].pk))
            assert r.status_code in (403, 401), (method, path, r.status_code)
            if r.status_code == 403:  # names what is missing, and where to set it up
                assert "TOTP" in r.json()["detail"] and "passkey" in r.json()["detail"], path


def test_with_the_second_factor_only_own_clients_answer(person, partner, therapist, stranger, clinic):
    share(clinic["link"], "insights", "selfchecks")
    partner_link = make_link(person, partner)
    share(partner_link, "insights")
    mine = verified_client_for(therapist)
    other = verified_client_for(stranger)
    reader = verified_client_for(partner)
    note = mine.post(f"/api/v1/caseload/{clinic['link'].pk}/notes", {"text": "x"},
                     content_type="application/json").json()["id"]
    session = mine.post(f"/api/v1/caseload/{clinic['link'].pk}/sessions",
                        {"date": "2026-01-05"}, content_type="application/json").json()["id"]
    for method, path in _api():
        if path == "/api/v1/caseload":
            assert other.get(path).json() == [] and reader.get(path).json() == []
            continue
        for c, link_id in ((other, clinic["link"].pk), (reader, partner_link.pk),
                           (mine, partner_link.pk), (mine, 2**63)):
            r = _call(c, method, _url(path, link_id, note, session))
            assert r.status_code in (404, 422) if method != "get" else r.status_code == 404, (
                method, path, r.status_code)
        r = _call(mine, method, _url(path, clinic["link"].pk, note, session))
        assert r.status_code in (200, 201, 204, 422), (method, path, r.status_code)
    for route in _pages():
        if "link_id" not in route:
            continue
        for c, link_id in ((other, clinic["link"].pk), (reader, partner_link.pk)):
            assert _call(c, "get", _url(route, link_id)).status_code == 404, route


def test_every_read_print_and_export_is_in_the_clients_access_log(person, therapist, clinic):
    from sharing.models import AccessEntry

    share(clinic["link"], "insights", "selfchecks")
    c = verified_client_for(therapist)
    link = clinic["link"].pk
    for url, action, kinds in ((f"/praktijk/{link}/", "read", {"insights", "selfchecks"}),
                               (f"/api/v1/caseload/{link}/summary", "read",
                                {"insights", "selfchecks"}),
                               ("/praktijk/", "read", {"insights"}),
                               ("/api/v1/caseload", "read", {"insights"}),
                               (f"/praktijk/{link}/rapport.pdf", "print", {"insights", "selfchecks"}),
                               (f"/api/v1/caseload/{link}/report.pdf", "print",
                                {"insights", "selfchecks"}),
                               (f"/api/v1/caseload/{link}/fhir", "export",
                                {"insights", "selfchecks"}),
                               (f"/praktijk/{link}/fhir.json", "export",
                                {"insights", "selfchecks"})):
        before = AccessEntry.objects.count()
        assert c.get(url).status_code == 200, url
        new = AccessEntry.objects.order_by("-id")[:AccessEntry.objects.count() - before]
        assert {e.kind for e in new} == kinds and {e.action for e in new} == {action}, url
        assert {e.subject_id for e in new} == {person.pk}
    # The client reads it all in their own log.
    log = client_for(person).get("/api/v1/access-log").json()
    assert {e["action"] for e in log if e["actor"]["role"] == "therapist"} == {"read", "print",
                                                                              "export"}
