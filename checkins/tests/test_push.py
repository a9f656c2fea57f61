"""Reminders by Web Push: subscribing from the page, and send_reminders, tested against a
push service of our own on 127.0.0.1 that receives the encrypted message."""

import base64
import json
import os
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import http_ece
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from django.core.management import call_command
from django.utils import timezone

from checkins.models import CheckIn, PushSubscription, ReminderSent, Schedule
from checkins.push import reminders_send
from checkins.tests.conftest import LEVELS

URL = "/api/v1/checkins/push-subscriptions"
PERSONAL_NOTE = "Ruzie met Sam over het geld"


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def new_browser_keys():
    """What a browser makes when it subscribes: an ECDH key pair and an auth secret."""
    private = ec.generate_private_key(ec.SECP256R1())
    public = private.public_key().public_bytes(serialization.Encoding.X962,
                                               serialization.PublicFormat.UncompressedPoint)
    return private, b64url(public), os.urandom(16)


@pytest.fixture
def vapid(settings):
    private = ec.generate_private_key(ec.SECP256R1())
    public = private.public_key().public_bytes(serialization.Encoding.X962,
                                               serialization.PublicFormat.UncompressedPoint)
    settings.WAGENMENNER_VAPID_PUBLIC_KEY = b64url(public)
    settings.WAGENMENNER_VAPID_PRIVATE_KEY = b64url(
        private.private_numbers().private_value.to_bytes(32, "big"))
    settings.WAGENMENNER_VAPID_SUBJECT = "mailto:beheer@example.org"
    return settings


class PushService:
    """A tiny push service: records what it receives, answers with a chosen status."""

    def __init__(self):
        self.received = []
        self.status = 201
        service = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 (the name http.server calls)
                length = int(self.headers.get("Content-Length", "0"))
                service.received.append({"path": self.path,
                                         "headers": {k.lower(): v for k, v in self.headers.items()},
                                         "body": self.rfile.read(length)})
                self.send_response(service.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path):
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


@pytest.fixture
def push_service():
    service = PushService()
    yield service
    service.stop()


def due_now(owner):
    """A fixed moment one minute ago in the person's time zone, so a reminder is due."""
    from zoneinfo import ZoneInfo

    local = timezone.now().astimezone(ZoneInfo(owner.time_zone)) - timedelta(minutes=1)
    return Schedule.objects.create(owner=owner, mode=Schedule.Mode.FIXED,
                                   fixed_times=[local.strftime("%H:%M")])


def subscribe(owner, push_service, path="/push/abc"):
    private, p256dh, auth = new_browser_keys()
    sub = PushSubscription.objects.create(owner=owner, endpoint=push_service.url(path),
                                          p256dh=p256dh, auth=b64url(auth))
    return sub, private, auth


def test_a_due_reminder_arrives_encrypted_at_the_push_service(person, vapid, push_service):
    CheckIn.objects.create(owner=person, note=PERSONAL_NOTE,
                           recorded_at=timezone.now() - timedelta(days=1), **LEVELS)
    due_now(person)
    _, private, auth = subscribe(person, push_service)
    call_command("send_reminders")
    [message] = push_service.received
    assert message["path"] == "/push/abc"
    assert message["headers"]["content-encoding"] == "aes128gcm"
    assert message["headers"]["authorization"].startswith("vapid t=")
    assert message["headers"]["ttl"] == "3600"
    assert PERSONAL_NOTE.encode() not in message["body"]
    plain = http_ece.decrypt(message["body"], private_key=private, auth_secret=auth,
                             version="aes128gcm")
    payload = json.loads(plain)
    assert payload["url"] == "/meten/" and payload["tag"] == "wm-checkin"
    # Nothing the person wrote: only a fixed text.
    assert set(payload) == {"title", "body", "url", "tag"}
    assert PERSONAL_NOTE not in plain.decode()
    assert person.email not in plain.decode()


def test_a_reminder_is_sent_once_per_moment(person, vapid, push_service):
    due_now(person)
    subscribe(person, push_service)
    first = reminders_send()
    second = reminders_send()
    assert (first.sent, second.sent) == (1, 0)
    assert len(push_service.received) == 1
    assert ReminderSent.objects.filter(owner=person).count() == 1


def test_every_phone_of_the_person_gets_the_reminder(person, vapid, push_service):
    due_now(person)
    subscribe(person, push_service, "/push/phone")
    subscribe(person, push_service, "/push/tablet")
    assert reminders_send().sent == 2
    assert sorted(m["path"] for m in push_service.received) == ["/push/phone", "/push/tablet"]


def test_no_reminder_after_a_check_in_since_the_moment(person, vapid, push_service):
    due_now(person)
    subscribe(person, push_service)
    CheckIn.objects.create(owner=person, **LEVELS)
    assert reminders_send().sent == 0
    assert push_service.received == []


def test_no_reminder_for_a_moment_long_past(person, vapid, push_service):
    due_now(person)
    subscribe(person, push_service)
    reminders_send(now=timezone.now() + timedelta(hours=2))
    assert push_service.received == []


def test_no_reminder_without_a_schedule_or_a_phone(person, stranger, vapid, push_service):
    due_now(person)  # no phone
    subscribe(stranger, push_service)  # no schedule
    assert reminders_send().due == 0
    assert push_service.received == []


def test_a_subscription_the_push_service_has_forgotten_is_deleted(person, vapid,
                                                                  push_service):
    due_now(person)
    sub, _, _ = subscribe(person, push_service)
    push_service.status = 410
    report = reminders_send()
    assert report.failed == 1
    assert not PushSubscription.objects.filter(pk=sub.pk).exists()


def test_without_vapid_keys_the_command_sends_nothing(person, push_service, settings, capsys):
    settings.WAGENMENNER_VAPID_PUBLIC_KEY = ""
    due_now(person)
    subscribe(person, push_service)
    call_command("send_reminders")
    assert push_service.received == []
    assert "not configured" in capsys.readouterr().out


def test_vapid_keys_command_prints_a_working_key_pair(capsys):
    from py_vapid import Vapid

    call_command("vapid_keys")
    lines = dict(line.split("=", 1) for line in capsys.readouterr().out.splitlines())
    vapid = Vapid.from_string(lines["WAGENMENNER_VAPID_PRIVATE_KEY"])
    public = vapid.public_key.public_bytes(serialization.Encoding.X962,
                                           serialization.PublicFormat.UncompressedPoint)
    assert b64url(public) == lines["WAGENMENNER_VAPID_PUBLIC_KEY"]


# --- Subscribing from the page -----------------------------------------------------------

def subscription_json(endpoint="https://fcm.googleapis.com/fcm/send/abc123"):
    _, p256dh, auth = new_browser_keys()
    return {"endpoint": endpoint, "expirationTime": None,
            "keys": {"p256dh": p256dh, "auth": b64url(auth)}}


def send(client, method, data):
    return getattr(client, method)(URL, json.dumps(data), content_type="application/json")


def test_a_phone_subscribes_and_unsubscribes(client_person, person, vapid):
    data = subscription_json()
    assert send(client_person, "post", data).status_code == 201
    assert PushSubscription.objects.get(owner=person).endpoint == data["endpoint"]
    assert send(client_person, "delete", {"endpoint": data["endpoint"]}).status_code == 200
    assert not PushSubscription.objects.exists()


def test_subscribing_again_keeps_one_subscription_for_the_last_account(
        client_person, client_stranger, person, stranger, vapid):
    data = subscription_json()
    send(client_person, "post", data)
    from django.test import Client

    other = Client()
    other.force_login(stranger)
    send(other, "post", data)
    assert PushSubscription.objects.get().owner == stranger


def test_a_stranger_cannot_unsubscribe_my_phone(api_person, api_stranger, person, vapid):
    data = subscription_json()
    send(api_person, "post", data)
    send(api_stranger, "delete", {"endpoint": data["endpoint"]})
    assert PushSubscription.objects.filter(owner=person).exists()


@pytest.mark.parametrize("endpoint", [
    "http://fcm.googleapis.com/fcm/send/abc",  # not https
    "https://127.0.0.1/push",  # an address, not a push service
    "https://localhost/push",
    "https://[::1]/push",
    "https://intranet/push",
    "https://user:pw@push.example.org/x",
    "not a url",
])
def test_only_public_https_push_services_are_accepted(api_person, vapid, endpoint):
    assert send(api_person, "post", subscription_json(endpoint)).status_code == 422
    assert not PushSubscription.objects.exists()


@pytest.mark.parametrize("keys", [{"p256dh": "abc", "auth": "abc"},
                                  {"p256dh": b64url(b"\x04" + b"1" * 64), "auth": "short"},
                                  {"p256dh": b64url(b"\x05" + b"1" * 64),
                                   "auth": b64url(b"1" * 16)}])
def test_keys_that_are_not_push_keys_are_refused(api_person, vapid, keys):
    data = {**subscription_json(), "keys": keys}
    assert send(api_person, "post", data).status_code == 422


def test_subscribing_without_vapid_keys_on_the_server_says_so(api_person, settings):
    settings.WAGENMENNER_VAPID_PUBLIC_KEY = ""
    response = send(api_person, "post", subscription_json())
    assert response.status_code == 409
    assert not PushSubscription.objects.exists()


def ride_due_for_lookback(owner, due_at):
    from rides.models import Ride

    return Ride.objects.create(owner=owner, situation=PERSONAL_NOTE, action="wandelen",
                               committed_at=due_at - timedelta(hours=3), lookback_due_at=due_at)


def test_a_look_back_that_came_due_is_reminded_once_without_its_words(person, vapid,
                                                                       push_service):
    from checkins.push import lookback_reminders_send

    ride = ride_due_for_lookback(person, timezone.now() - timedelta(minutes=5))
    _, private, auth = subscribe(person, push_service)
    assert lookback_reminders_send().sent == 1
    assert lookback_reminders_send().sent == 0
    [message] = push_service.received
    payload = json.loads(http_ece.decrypt(message["body"], private_key=private, auth_secret=auth,
                                          version="aes128gcm"))
    assert payload["url"] == f"/rit/{ride.pk}/terugblik/" and payload["tag"] == "wm-lookback"
    assert payload["body"] == "Tijd om terug te kijken op je rit."
    assert PERSONAL_NOTE not in json.dumps(payload) and "wandelen" not in json.dumps(payload)


def test_no_look_back_reminder_when_not_due_done_long_past_or_someone_elses(
        person, stranger, vapid, push_service):
    from checkins.push import lookback_reminders_send

    now = timezone.now()
    ride_due_for_lookback(person, now + timedelta(minutes=30))  # not yet
    ride_due_for_lookback(person, now - timedelta(days=2))  # from before reminders existed
    done = ride_due_for_lookback(person, now - timedelta(minutes=5))
    done.lookback_done_at = now
    done.save()
    ride_due_for_lookback(stranger, now - timedelta(minutes=5))  # the stranger has no phone
    subscribe(person, push_service)
    assert lookback_reminders_send().due == 0
    assert push_service.received == []


@pytest.mark.django_db(transaction=True)
def test_a_notice_enqueued_for_a_person_reaches_their_phones_through_the_worker(
        person, vapid, push_service):
    from jobs.tasks import notice_enqueue
    from jobs.tests.util import run_queued_jobs

    subscribe(person, push_service)
    notice_enqueue(owner=person, kind="checkin", url="/meten/")
    with pytest.raises(ValueError):
        notice_enqueue(owner=person, kind="whatever the caller wrote", url="/")
    run_queued_jobs()
    assert len(push_service.received) == 1
