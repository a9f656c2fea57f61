"""The access matrix: every page and every API route × every role (owner, partner with
and without each kind, a partner whose kinds were taken back, a partner whose link ended,
a stranger, logged out). A route found in the URLconf or the OpenAPI document that this
test does not know fails it, so a new route cannot skip the matrix.

- A route that takes an id of the person's own data answers 404 to everyone but the
  owner (302 to the login page, or 401 for the API, when logged out).
- A shared route answers 200 exactly when the kind is shared with the caller on an active
  link, and 404 otherwise.
- Every other page or route is the caller's own: it may answer anything but a 500, and
  never shows the person's words, except through a kind that is shared.
"""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import URLResolver, get_resolver
from django.utils import timezone

from checkins.models import CheckIn, Pursuit, PursuitRating
from partner.models import SafetyQuestionAsked
from people.models import Escalation, ReciprocityEntry, TrustExperiment
from safety.models import SafetyPlan
from selfcheck.items import ITEMS
from selfcheck.services import selfcheck_record
from sharing import services
from sharing.kinds import AVAILABLE
from tests.factories import client_for, make_charioteer, make_link, share
from timeouts.models import TimeoutProtocol
from timeouts.services import timeout_start
from warningplan.services import warning_plan_save

MARK = "zq7marker"
# Routes of the person's own data by an id: the parameter names that carry such an id.
OWN_ID_PARAMS = {"pk", "rating_pk", "assignment_id"}  # assignment_id: issue 10
SHARED_PAGE = "naaste/<int:link_id>/<str:kind>/"
SHARED_API = "/api/v1/shared/{link_id}/{kind}"
# Link routes: both sides of a link may read and end it; only its owner changes kinds.
LINK_PAGES = {"naaste/<int:link_id>/": 200, "delen/<int:link_id>/beeindigen/": 200,
              "delen/<int:link_id>/soorten/": 403}
LINK_API = {("put", "/api/v1/links/{link_id}/kinds"): 403,
            ("delete", "/api/v1/links/{link_id}"): None}  # ends the link: tested on its own
# Logging out would end the role's session halfway through the matrix; it has its own tests.
SKIP_PAGES = {"uitloggen/"}
BODIES = {("put", "/api/v1/links/{link_id}/kinds"): {"kinds": list(AVAILABLE)}}
POST_ONLY = re.compile(r"(verwijderen|intrekken|mailen|soorten|beoordelen|sessie|uitloggen|taal"
                       r"|start|stoppen|terug|niet-nu)/?$")
# Starts the caller's own time-out with an empty body; its ids would then be the caller's
# own. Tested in timeouts/tests.
CALLERS_OWN = {("post", "/api/v1/timeouts")}


def _page_routes():
    def walk(patterns, prefix=""):
        for p in patterns:
            if isinstance(p, URLResolver):
                if not str(p.pattern).startswith("api/"):
                    yield from walk(p.url_patterns, prefix + str(p.pattern))
            else:
                yield prefix + str(p.pattern)
    return sorted(set(walk(get_resolver().url_patterns)))


def _api_routes():
    from api.urls import api

    schema = api.get_openapi_schema()
    return sorted((method, path) for path, ops in schema["paths"].items() for method in ops)


@pytest.fixture
def world(person, partner, stranger):
    """The person's life with a marker in every free text, and a link to the partner."""
    objs = make_charioteer(person)
    for name in ("goal", "rule", "side", "person", "ride"):
        obj = objs[name]
        for field in ("title", "if_text", "name", "situation"):
            if hasattr(obj, field):
                setattr(obj, field, f"{MARK} {field}")
        obj.save()
    person.acknowledgement = f"{MARK} ack"
    person.save()
    now = timezone.now()
    checkin = CheckIn.objects.create(owner=person, recorded_at=now - timedelta(hours=1),
                                     alarm=5, energy=5, drive=5, enjoyment=5, boredom=5, urge=5,
                                     note=f"{MARK} note")
    escalation = Escalation.objects.create(owner=person, happened_at=now - timedelta(days=1),
                                           trigger=f"{MARK} trigger")
    SafetyPlan.objects.create(owner=person, coping=f"{MARK} coping")
    result = selfcheck_record(user=person, answers={i.key: 1 for i in ITEMS},
                              remarks=f"{MARK} remarks")
    entry = ReciprocityEntry.objects.create(owner=person, person=objs["person"],
                                            direction="gave", weight=1, what=f"{MARK} what",
                                            happened_at=now - timedelta(days=1))
    experiment = TrustExperiment.objects.create(
        owner=person, person=objs["person"], what=f"{MARK} what", expectation=f"{MARK} exp",
        belief_before=50, planned_for=now.date())
    warning_plan_save(user=person, phases={"red": {"i_do": f"{MARK} i_do"}})
    TimeoutProtocol.objects.create(owner=person, where=f"{MARK} where")
    timeout = timeout_start(owner=person, started_by=person)
    timeout.lookback = f"{MARK} lookback"
    timeout.save()
    pursuit = Pursuit.objects.create(owner=person, name=f"{MARK} pursuit")
    rating = PursuitRating.objects.create(pursuit=pursuit, intensity=9, rated_at=now)
    invitation, _ = services.invitation_create(owner=person, role="partner")
    objs["rule"].agreed_with.add(link := make_link(person, partner))
    for user in (partner, stranger):
        SafetyQuestionAsked.objects.create(owner=user)
    ids = {o.pk for o in (*objs.values(), checkin, escalation, result, pursuit, rating,
                          invitation, entry, experiment, timeout)}
    return {"link": link, "ids": sorted(ids)}


def _fill(route: str, world, kind=None):
    """Every URL of a route template, with the person's ids in each id parameter."""
    urls = [route]
    for name in re.findall(r"<(?:\w+:)?(\w+)>|\{(\w+)\}", route):
        name = name[0] or name[1]
        values = {"link_id": [world["link"].pk], "kind": [kind or "rides"], "step": [1, 5],
                  "code": ["ABCD-EFGH-JKMN"], "slug": ["hechtingshandicap"], "fmt": ["csv"],
                  # The therapist's space (issue 10): its own matrix is therapist/tests.
                  "note_id": world["ids"], "session_id": world["ids"],
                  # A link from a mail (sign-up, new password): a wrong one changes nothing.
                  "uidb64": ["MQ"], "token": ["c0ffee-0123456789abcdef"],
                  }.get(name, world["ids"] if name in OWN_ID_PARAMS else None)
        if name == "kind" and "export" in route:
            values = ["checkins"]
        if name == "step" and "instellen" in route:
            values = ["acknowledge"]
        assert values is not None, f"the matrix does not know the parameter {name} of {route}"
        pattern = rf"<(?:\w+:)?{name}>|\{{{name}\}}"
        urls = [re.sub(pattern, str(v), u, count=1)
                for u in urls for v in values]
    return ["/" + u.lstrip("/") for u in urls]


def _roles(person, partner, stranger, link):
    return {"partner": client_for(partner), "stranger": client_for(stranger),
            "logged_out": Client()}


def _check_page(role, client, route, world):
    own_ids = bool(set(re.findall(r"<(?:\w+:)?(\w+)>", route)) & OWN_ID_PARAMS)
    for url in _fill(route, world):
        method = client.post if POST_ONLY.search(route) else client.get
        r = method(url)
        assert r.status_code < 500, (role, url)
        if role == "logged_out":
            if own_ids:
                assert r.status_code in (302, 404, 405), (role, url, r.status_code)
        elif own_ids:
            assert r.status_code == 404, (role, url, r.status_code)
        elif route in LINK_PAGES:
            expected = LINK_PAGES[route] if role == "partner" else 404
            if method is client.get or expected != 200:
                assert r.status_code == expected, (role, url, r.status_code)
        body = r.content.decode(errors="replace") if not r.streaming else ""
        # Even with everything shared, the person's words show only on the shared pages.
        assert MARK not in body, (role, url)


@pytest.mark.parametrize("shared", [(), tuple(AVAILABLE)], ids=["nothing_shared", "all_shared"])
def test_every_page_for_every_role(person, partner, stranger, world, shared):
    link = world["link"]
    share(link, *shared)
    roles = _roles(person, partner, stranger, link)
    for route in _page_routes():
        if route == SHARED_PAGE or route in SKIP_PAGES:
            continue
        for role, client in roles.items():
            _check_page(role, client, route, world)


def test_every_api_route_for_every_role(person, partner, stranger, world):
    link = world["link"]
    roles = _roles(person, partner, stranger, link)
    for method, path in _api_routes():
        if (path == SHARED_API or LINK_API.get((method, path), 0) is None
                or (method, path) in CALLERS_OWN):
            continue
        own_ids = bool(set(re.findall(r"\{(\w+)\}", path)) & OWN_ID_PARAMS)
        for role, client in roles.items():
            for url in _fill(path, world):
                body = {} if method == "get" else BODIES.get((method, path), "{}")
                r = getattr(client, method)(url, body, content_type="application/json")
                assert r.status_code < 500, (role, method, url)
                if role == "logged_out":
                    assert r.status_code == 401, (role, method, url, r.status_code)
                elif own_ids:
                    # An empty body may be refused (422) before any lookup: that says
                    # nothing about the id.
                    allowed = (404,) if method in ("get", "delete") else (404, 422)
                    assert r.status_code in allowed, (role, method, url, r.status_code)
                elif (method, path) in LINK_API:
                    expected = LINK_API[(method, path)] if role == "partner" else 404
                    assert r.status_code == expected, (role, method, url, r.status_code)
                if method == "get" and not r.streaming:
                    assert MARK not in r.content.decode(errors="replace"), (role, url)


@pytest.mark.parametrize("kind", AVAILABLE)
def test_shared_routes_answer_exactly_as_the_consent_says(person, partner, stranger, world, kind):
    link = world["link"]
    share(link, kind)
    roles = _roles(person, partner, stranger, link)
    for shown in [*AVAILABLE, "warning_plan", "timeout_protocol", "nonsense"]:
        for url in (f"/api/v1/shared/{link.pk}/{shown}", f"/naaste/{link.pk}/{shown}/"):
            for role, client in roles.items():
                status = client.get(url).status_code
                if role == "partner":
                    assert status == (200 if shown == kind else 404), (role, url, status)
                elif role == "logged_out":
                    assert status in (302, 401), (role, url, status)
                else:
                    assert status == 404, (role, url, status)
    # The owner reads their own data through their own routes, not through the link.
    assert client_for(person).get(f"/api/v1/shared/{link.pk}/{kind}").status_code == 404


def test_a_revoked_or_ended_link_answers_404_everywhere(person, partner, world):
    link = world["link"]
    share(link, *AVAILABLE)
    c = client_for(partner)
    assert all(c.get(f"/api/v1/shared/{link.pk}/{k}").status_code == 200 for k in AVAILABLE)
    services.link_set_kinds(link=link, kinds=[])
    for kind in AVAILABLE:
        assert c.get(f"/api/v1/shared/{link.pk}/{kind}").status_code == 404
        assert c.get(f"/naaste/{link.pk}/{kind}/").status_code == 404
    share(link, *AVAILABLE)
    services.link_end(link=link, by=person)
    for kind in AVAILABLE:
        assert c.get(f"/api/v1/shared/{link.pk}/{kind}").status_code == 404
        assert c.get(f"/naaste/{link.pk}/{kind}/").status_code == 404
    assert c.get(f"/naaste/{link.pk}/").status_code == 404
