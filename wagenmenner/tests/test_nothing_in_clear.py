"""Nothing a person writes lies in clear in the database file, its WAL or a backup.

Every page form and every API write gets a unique marker in each of its text fields;
then the raw bytes on disk are searched for every marker. The fields are found, not
listed: a page's text inputs and textareas, an API operation's string properties, and
every EncryptedTextField of every model must have been written by some route here, so
a new feature that stores free text is covered (or this test names what it missed).
"""

import itertools
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection, models
from django.test import Client

from accounts.models import ApiToken
from charioteer.models import Horse
from wagenmenner.crypto import EncryptedTextField

_counter = itertools.count(1)


def marker() -> str:
    # Short enough for the smallest field (a horse's name), unlikely anywhere by chance.
    return f"Qz{next(_counter):04d}geheim"


class _Forms(HTMLParser):
    """The POST forms of a page with their fields, as a browser would submit them."""

    def __init__(self):
        super().__init__()
        self.forms, self._form, self._select, self._textarea = [], None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and (a.get("method") or "").lower() == "post":
            self._form = {"action": a.get("action"), "fields": [], "text": []}
            self.forms.append(self._form)
        if tag == "option" and self._select and self._form is not None:
            value = a.get("value", "")
            have = dict(self._form["fields"])
            if value and (self._select not in have or "selected" in a):
                self._form["fields"] = [f for f in self._form["fields"] if f[0] != self._select]
                self._form["fields"].append((self._select, value))
        if self._form is None or "name" not in a or "disabled" in a:
            return
        name = a["name"]
        if tag == "input":
            kind = (a.get("type") or "text").lower()
            if kind in ("text", "search") and name not in ("key",):
                self._form["text"].append(name)
            elif kind in ("checkbox", "radio"):
                if "checked" in a or (kind == "radio" and not any(
                        n == name for n, _ in self._form["fields"])):
                    self._form["fields"].append((name, a.get("value", "on")))
            elif kind not in ("submit", "button"):
                self._form["fields"].append((name, a.get("value", "")))
        elif tag == "textarea":
            self._form["text"].append(name)
        elif tag == "select":
            self._select = name

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None


def fill_and_post(client, url: str, written: set, page: str | None = None,
                  overrides: dict | None = None) -> None:
    """Fill the form that posts to ``url`` on ``page`` (by default ``url`` itself);
    ``overrides`` sets fields the parser would fill otherwise."""
    parser = _Forms()
    parser.feed(client.get(page or url).content.decode())
    targets = {url} if page else {"", url, url.split("?")[0]}
    forms = [f for f in parser.forms if (f["action"] or "").split("#")[0] in targets]
    assert forms, f"{url} shows no form"
    form = forms[0]
    data = {}
    for name, value in form["fields"]:
        data.setdefault(name, []).append(value)
    for name in form["text"]:
        text = marker()
        written.add(text)
        data[name] = [text]
    data.update(overrides or {})
    response = client.post(url, data)
    assert response.status_code in (200, 302), (url, response.status_code)
    if response.status_code == 200:
        errors = re.findall(r'class="errorlist[^"]*"[^>]*>(.*?)</ul>', response.content.decode(), re.S)
        assert not errors, (url, errors)


# Bodies for every API write; "§" becomes a fresh marker. Ids come from the objects made
# before; the test fails for any write operation of the schema missing here.
def api_writes(ids):
    step = f"/api/v1/rides/{ids['ride']}/steps"
    return [
        ("post", "/api/v1/goals", {"domain": "work", "title": "§", "asks_of_me": "§"}),
        ("patch", f"/api/v1/goals/{ids['goal']}", {"asks_of_me": "§"}),
        ("post", "/api/v1/rules", {"if_text": "§", "then_text": "§"}),
        ("patch", f"/api/v1/rules/{ids['rule']}", {"then_text": "§"}),
        ("post", "/api/v1/sides", {"name": "§", "good_for": "§", "when_to_deploy": "§",
                                   "when_harmful": "§"}),
        ("patch", f"/api/v1/sides/{ids['side']}", {"good_for": "§"}),
        ("post", "/api/v1/people", {"name": "§", "relation": "friend"}),
        ("patch", f"/api/v1/people/{ids['person']}", {"name": "§"}),
        ("post", "/api/v1/rides", {"mode": "full"}),
        ("post", "/api/v1/rides/quick", {"horse_id": ids["horse"], "level": 5, "action": "§"}),
        ("patch", f"{step}/1", {"timeout_minutes": 5}),
        ("patch", f"{step}/2", {"situation": "§", "signals": "§", "level": 6}),
        ("patch", f"{step}/3", {"good_faith": True}),
        ("patch", f"{step}/4", {"other_needs": "§"}),
        ("patch", f"{step}/5", {}),
        ("patch", f"{step}/6", {"action": "§", "action_when": "§", "lookback_in_hours": 0}),
        ("patch", f"{step}/7", {"lookback_text": "§", "escalated": False, "other_did": "§",
                                "feeling": "§", "rule_change": "§"}),
        ("put", "/api/v1/safety-plan", {"warning_signs": "§", "coping": "§",
                                        "distractions": "§", "help_contacts": "§",
                                        "professionals": "§", "safe_environment": "§",
                                        "reasons_to_live": "§"}),
        ("post", "/api/v1/selfchecks", None),  # answers from /selfchecks/items
        ("post", "/api/v1/checkins", {"alarm": 1, "energy": 2, "drive": 3, "enjoyment": 4,
                                      "boredom": 5, "urge": 6, "substance": "§",
                                      "substance_amount": "§", "note": "§"}),
        ("post", "/api/v1/pursuits", {"name": "§", "kind": "hobby"}),
        ("patch", f"/api/v1/pursuits/{ids['pursuit']}", {"name": "§"}),
        ("post", f"/api/v1/pursuits/{ids['pursuit']}/ratings", {"intensity": 4}),
        ("post", "/api/v1/escalations", {"happened_at": "2026-01-05T21:00:00+01:00",
                                         "trigger": "§", "what_happened": "§", "harm": "§",
                                         "repair": "§"}),
        ("patch", f"/api/v1/escalations/{ids['escalation']}", {"repair": "§"}),
        # The people in the method (issue 8).
        ("post", "/api/v1/reciprocity", {"person_id": ids["person"], "direction": "gave",
                                         "what": "§", "weight": 2}),
        ("patch", "/api/v1/reciprocity/{latest}", {"what": "§"}),
        ("post", "/api/v1/trust-experiments", {"person_id": ids["person"], "what": "§",
                                               "expectation": "§", "belief_before": 60,
                                               "planned_for": "2026-01-05"}),
        ("patch", "/api/v1/trust-experiments/{latest}", {"outcome": "§",
                                                          "feared_happened": "no",
                                                          "belief_after": 30}),
        ("put", "/api/v1/warning-plan", {"phases": {
            phase: {"my_signals": "§", "others_notice": "§", "i_do": "§",
                    "others_may_do": "§", "alarm_from": level}
            for phase, level in (("green", None), ("yellow", 5), ("orange", 7), ("red", 9))}}),
        ("put", "/api/v1/timeout-protocol", {"signal_word": "§", "where": "§", "minutes": 20,
                                             "return_below": 4}),
        ("post", "/api/v1/timeouts", {}),
        ("post", "/api/v1/timeouts/{latest}/end", {}),
        ("post", "/api/v1/timeouts/{latest}/return", {"lookback": "§"}),
    ]


def _marked(value, written):
    if value == "§":
        text = marker()
        written.add(text)
        return text
    if isinstance(value, dict):
        return {k: _marked(v, written) for k, v in value.items()}
    return value


def _operation_pattern(path: str) -> str:
    return re.sub(r"\{[^}]+\}", r"[0-9]+", path) + "$"


def _string_properties(schema, spec) -> bool:
    if "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    for prop in schema.get("properties", {}).values():
        options = prop.get("anyOf", [prop])
        if any(o.get("type") == "string" and "enum" not in o and "format" not in o
               for o in options):
            return True
    return False


# Encrypted, but not text a person writes: checked elsewhere.
ENCRYPTED_NOT_WRITTEN = {
    "twofactor.TotpDevice.key": "an authenticator app's random secret "
                                "(twofactor/tests: stored encrypted)",
}


def free_text_fields():
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, EncryptedTextField):
                yield model, field.name


def plain_text_fields():
    """Text columns that are not encrypted, in the project's own apps."""
    for model in apps.get_models():
        if model._meta.app_label in ("auth", "contenttypes", "sessions", "axes"):
            continue
        for field in model._meta.concrete_fields:
            if (isinstance(field, models.CharField | models.TextField)
                    and not isinstance(field, EncryptedTextField) and not field.choices):
                yield f"{model._meta.label}.{field.name}"


# Plain text columns that hold no free text, each with its reason.
NOT_FREE_TEXT = {
    "accounts.User.password": "a password hash",
    "accounts.User.email": "the log-in name; needed in clear to log in",
    "accounts.ApiToken.key_hash": "a hash", "accounts.ApiToken.prefix": "8 random characters",
    "charioteer.Echo.key": "a fixed key of a default echo",
    "charioteer.LifeRule.template_key": "a fixed key of a rule template",
    "checkins.IdempotencyKey.key": "a client's random key",
    "checkins.IdempotencyKey.request_hash": "a hash",
    "checkins.PushSubscription.endpoint": "a push service's address",
    "checkins.PushSubscription.p256dh": "a public key", "checkins.PushSubscription.auth": "a key",
    "insights.WeeklyReview.week": "an ISO week label",
    "accounts.RecoveryCode.code_hash": "a hash",
    "accounts.ThrottleHit.kind": "a fixed word", "accounts.ThrottleHit.key": "a keyed hash",
    "accounts.UserSession.session_key": "a random key",
    "accounts.UserSession.session_data": "signed ids and times; never the person's words",
    "jobs.PeriodicJob.name": "a fixed job name",
    "sharing.Invitation.code_hash": "a hash",
    "sharing.Consent.kind": "a fixed kind name", "sharing.AccessEntry.kind": "a fixed kind name",
    "sharing.AccessEntry.actor_role": "a fixed role",
    "sharing.AccessEntry.grounds": "a fixed sentence of the app (sharing/services.py)",
    "django_tasks_database.DBTaskResult.backend_name": "a setting",
    "django_tasks_database.DBTaskResult.queue_name": "a setting",
    "django_tasks_database.DBTaskResult.task_path": "a function's dotted path",
    "django_tasks_database.DBTaskResult.exception_class_path": "an exception's dotted path",
    "django_tasks_database.DBTaskResult.traceback": "code lines only: tasks take ids, not text "
                                                    "(jobs/tasks.py)",
    # The second factor (twofactor/, django-otp-webauthn).
    "twofactor.RecoveryCode.code_hash": "a hash",
    "twofactor.RecoveryCodeDevice.name": "a fixed name (twofactor/services.py)",
    "twofactor.TotpDevice.name": "a fixed name (twofactor/services.py)",
    "django_otp_webauthn.WebAuthnCredential.aaguid": "the authenticator model's id",
    "django_otp_webauthn.WebAuthnCredential.credential_id_sha256": "a hash",
    "django_otp_webauthn.WebAuthnCredential.name": "set by the library at registration; the "
                                                   "app offers no field to type it",
    "django_otp_webauthn.WebAuthnUserHandle.handle_hex": "a random handle",
    # The clinic's questionnaires (questionnaires/): the practice's own wording.
    "questionnaires.ClinicQuestionnaire.title": "the title a clinic gave its questionnaire",
    "questionnaires.QuestionnaireAnswers.questionnaire_title": "a copy of that title",
}


def test_every_plain_text_column_is_known_to_hold_no_free_text():
    unknown = sorted(set(plain_text_fields()) - set(NOT_FREE_TEXT))
    assert not unknown, (f"{unknown} store text in clear: make them EncryptedTextField, or "
                         "add them to NOT_FREE_TEXT with the reason they hold no free text")


@pytest.mark.django_db(transaction=True)
def test_no_free_text_in_clear_in_the_database_file_wal_or_backup(person, tmp_path):
    if connection.vendor != "sqlite":
        pytest.skip("the raw file search reads SQLite's files")
    from checkins.models import Pursuit
    from people.models import Escalation
    from tests.factories import make_charioteer

    written: set[str] = set()
    objs = make_charioteer(person)
    ids = {k: v.pk for k, v in objs.items()}
    # The weekly review keeps the rule's wording from before: make that a marker too.
    objs["rule"].then_text = marker()
    objs["rule"].save()
    written.add(objs["rule"].then_text)
    ids["pursuit"] = Pursuit.objects.create(owner=person, name="p").pk
    ids["escalation"] = Escalation.objects.create(
        owner=person, happened_at="2026-01-05T20:00:00Z").pk
    ids["horse"] = Horse.objects.get(owner=person, kind="drive").pk

    # Through the pages, as the browser posts them.
    web = Client()
    web.force_login(person)
    for url in ("/erkennen/", f"/paarden/{ids['horse']}/", "/doelen/nieuw/",
                "/leefregels/nieuw/", "/kanten/nieuw/", "/echos/nieuw/", "/mensen/nieuw/",
                "/mensen/escalaties/nieuw/", "/meten/", "/veiligheidsplan/bewerken/",
                "/inzicht/bezigheden/nieuw/", f"/inzicht/week/?adjust=rule-{ids['rule']}",
                "/zelftest/"):
        fill_and_post(web, url, written)
    fill_and_post(web, "/account/tokens/", written, page="/account/")
    ride = web.post("/rit/nieuw/")["Location"].split("/")[2]
    for step in range(1, 7):
        # The parser picks the first side for both selects; one side is deployed or kept
        # in the stable, not both.
        fill_and_post(web, f"/rit/{ride}/stap/{step}/", written,
                      overrides={"side_stabled": [""]} if step == 5 else None)
    fill_and_post(web, f"/rit/{ride}/terugblik/", written)

    # Through the API.
    _, raw = ApiToken.issue(person)
    api = Client(HTTP_AUTHORIZATION=f"Bearer {raw}")
    ids["ride"] = api.post("/api/v1/rides", {"mode": "full"},
                           content_type="application/json").json()["id"]
    items = api.get("/api/v1/selfchecks/items").json()
    done, latest = [], None
    for method, path, body in api_writes(ids):
        if body is None:
            body = {"answers": {i["key"]: 1 for i in items["items"]}, "remarks": "§"}
        # {latest}: the object the previous write made or changed.
        path = path.replace("{latest}", str(latest)) if "{latest}" in path else path
        response = getattr(api, method)(path, json.dumps(_marked(body, written)),
                                        content_type="application/json")
        assert response.status_code in (200, 201), (method, path, response.content)
        latest = response.json().get("id", latest) if response.content else latest
        done.append((method, path))
    # Sharing: the person invites, someone else accepts under a name of their own, keeps
    # a private log, and reads what is shared (the access log keeps who read it).
    from accounts.services import account_create

    other = account_create(email="partner@example.org", password="paard en wagen 77")
    other.display_name = marker()
    other.save()
    written.add(other.display_name)
    _, other_raw = ApiToken.issue(other)
    partner = Client(HTTP_AUTHORIZATION=f"Bearer {other_raw}")
    code = api.post("/api/v1/invitations", {"role": "partner"},
                    content_type="application/json").json()["code"]
    accepted = partner.post("/api/v1/invitations/accept", {"code": code},
                            content_type="application/json")
    assert accepted.status_code == 200, accepted.content
    link = accepted.json()["link_id"]
    done += [("post", "/api/v1/invitations"), ("post", "/api/v1/invitations/accept")]
    assert api.put(f"/api/v1/links/{link}/kinds", {"kinds": ["safety_plan"]},
                   content_type="application/json").status_code == 200
    done.append(("put", f"/api/v1/links/{link}/kinds"))
    assert partner.get(f"/api/v1/shared/{link}/safety_plan").status_code == 200
    path = "/api/v1/my-log"
    for method in ("post", "patch"):
        response = getattr(partner, method)(path, json.dumps({"text": _marked("§", written)}),
                                            content_type="application/json")
        assert response.status_code in (200, 201), response.content
        done.append((method, path))
        path = f"/api/v1/my-log/{response.json()['id']}"
    # A therapist's own notes about the person, and a session date (issue 10).
    from tests.factories import make_link, verified_client_for
    from therapist.services import clinician_register

    clinician = account_create(email="therapeut@example.org", password="paard en wagen 77")
    clinician_register(user=clinician, registration=_marked("§", written))
    care = verified_client_for(clinician)
    care_link = make_link(person, clinician, role="therapist").pk
    path = f"/api/v1/caseload/{care_link}/notes"
    for method in ("post", "patch"):
        response = getattr(care, method)(path, json.dumps({"text": _marked("§", written)}),
                                         content_type="application/json")
        assert response.status_code in (200, 201), response.content
        done.append((method, path))
        path = f"{path}/{response.json()['id']}"
    path = f"/api/v1/caseload/{care_link}/sessions"
    assert care.post(path, {"date": "2026-01-05"},
                     content_type="application/json").status_code == 201
    done.append(("post", path))
    # The person's answers to a questionnaire of the clinic (issue 10).
    from sharing.models import Link
    from sharing.services import link_set_kinds

    link_set_kinds(link=Link.objects.get(pk=care_link), kinds=["selfchecks"])
    asked = care.post("/api/v1/questionnaires", json.dumps({
        "resourceType": "Questionnaire", "title": "Vragen", "item": [
            {"linkId": "a", "type": "text", "text": "Nog iets?"}]}),
        content_type="application/json").json()["id"]
    given = care.post(f"/api/v1/caseload/{care_link}/questionnaires",
                      {"questionnaire_id": asked}, content_type="application/json").json()["id"]
    path = f"/api/v1/questionnaires/{given}/responses"
    response = api.post(path, json.dumps({"answers": {"a": _marked("§", written)}}),
                        content_type="application/json")
    assert response.status_code == 201, response.content
    done.append(("post", path))
    spec = api.get("/api/v1/openapi.json").json()
    for path, operations in spec["paths"].items():
        for method, op in operations.items():
            body = op.get("requestBody", {}).get("content", {}).get("application/json")
            # Not stored: a push service's address, the code of an authenticator app.
            if method in ("post", "put", "patch") and body and _string_properties(
                    body["schema"], spec) and not path.endswith(("push-subscriptions",
                                                                 "/totp/confirm")):
                assert any(m == method and re.match(_operation_pattern(path), p)
                           for m, p in done), f"{method.upper()} {path} is not written here"

    # Every free-text field of every model got a marker through some route.
    missed = []
    for model, name in free_text_fields():
        if f"{model._meta.label}.{name}" in ENCRYPTED_NOT_WRITTEN:
            continue
        values = model.objects.values_list(name, flat=True)
        if not any(v and "geheim" in v for v in values):
            missed.append(f"{model._meta.label}.{name}")
    assert not missed, f"no route of this test wrote {missed}"

    backup = tmp_path / "backup.sqlite3"
    call_command("backup", str(backup), plain=True, stdout=open("/dev/null", "w"))  # noqa: SIM115
    db = Path(connection.settings_dict["NAME"])
    files = [db, Path(f"{db}-wal"), backup]
    for path in files:
        if not path.exists():
            continue
        data = path.read_bytes()
        found = sorted(m for m in written if m.encode() in data)
        assert not found, f"{path.name} holds in clear: {found[:5]}"
    assert Path(f"{db}-wal").exists() or db.exists()
