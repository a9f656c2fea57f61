"""The time-out both ways across a link (METHOD 4.6, issue 9 item 5): where the agreement
is shared, either side starts it; the other sees it; the log says who started it; the
owner's access log has the reader's start and looks; nothing private goes across."""

from unittest import mock

import pytest
from django.urls import reverse

from sharing import services as sharing_services
from sharing.models import AccessEntry
from tests.factories import client_for, make_link, share
from timeouts import services
from timeouts.models import TimeOut, TimeoutProtocol

URL = "/api/v1/timeouts"
SECRET = "terugblik-geheim-5531"


def post(client, body=None):
    return client.post(URL, body or {}, content_type="application/json")


@pytest.fixture
def agreed(person, link):
    TimeoutProtocol.objects.create(owner=person, signal_word="paraplu", minutes=25,
                                   where="het park", return_below=4)
    share(link, "timeout_protocol")
    return link


def test_the_partner_starts_the_persons_agreed_time_out(person, partner, agreed):
    r = post(client_for(partner), {"link_id": agreed.pk})
    assert r.status_code == 201
    t = TimeOut.objects.get(pk=r.json()["id"])
    assert (t.owner, t.started_by, t.minutes) == (person, partner, 25)
    assert r.json()["owner_id"] == person.pk and r.json()["started_by"] == partner.pk
    entry = AccessEntry.objects.get(subject=person, action="create")
    assert (entry.actor, entry.kind, entry.actor_role) == (partner, "timeout_protocol", "partner")
    assert entry.grounds.startswith("consent ")
    # The person sees it as theirs, with who started it; their log says so too.
    mine = client_for(person).get(URL, {"current": "true"}).json()
    assert [m["id"] for m in mine] == [t.pk]
    assert mine[0]["started_by_name"] == partner.public_name and mine[0]["link_id"] is None
    assert mine[0]["signal_word"] == "paraplu" and mine[0]["return_below"] == 4
    page = client_for(person).get(reverse("timeouts:overview")).content.decode()
    assert partner.public_name in page
    # A second start while it runs: 409 with the running one, nothing new.
    again = post(client_for(partner), {"link_id": agreed.pk})
    assert again.status_code == 409 and again.json()["running"] == t.pk
    assert TimeOut.objects.count() == 1


def test_both_sides_see_the_running_time_out_and_never_its_look_back(person, partner, agreed):
    t = services.timeout_start(owner=person, started_by=person)
    TimeOut.objects.filter(pk=t.pk).update(lookback=SECRET)
    c = client_for(partner)
    for _ in range(3):  # a page asks every few seconds
        seen = c.get(URL, {"current": "true"})
        assert SECRET not in seen.content.decode()
    seen = seen.json()
    assert [(s["id"], s["link_id"], s["signal_word"]) for s in seen] == [(t.pk, agreed.pk,
                                                                         "paraplu")]
    assert seen[0]["lookback"] == ""
    # One entry in the person's access log for this time-out, not one per question.
    assert AccessEntry.objects.filter(subject=person, actor=partner, action="read",
                                      kind="timeout_protocol").count() == 1
    # The partner's own list (current=false) has their own time-outs only.
    assert c.get(URL).json() == []
    assert c.get(f"{URL}/{t.pk}").status_code == 404
    assert post(c, None).status_code == 201  # their own, separate time-out
    assert TimeOut.objects.filter(owner=partner).count() == 1


def test_without_the_agreement_shared_the_start_is_refused_and_logged(person, partner, link):
    share(link, "rides")
    r = post(client_for(partner), {"link_id": link.pk})
    assert r.status_code == 403 and "niet gedeeld" in r.json()["detail"]
    assert not TimeOut.objects.exists()
    entry = AccessEntry.objects.get(subject=person, action="create")
    assert entry.outcome == "denied"
    assert client_for(partner).get(URL, {"current": "true"}).json() == []
    # The owner's own side of the link needs it shared too.
    assert post(client_for(person), {"link_id": link.pk}).status_code == 403
    share(link, "timeout_protocol")
    r = post(client_for(person), {"link_id": link.pk})
    assert r.status_code == 201 and r.json()["owner_id"] == person.pk


def test_a_revoke_hides_it_at_once_and_strangers_get_404(person, partner, stranger, agreed):
    services.timeout_start(owner=person, started_by=person)
    assert len(client_for(partner).get(URL, {"current": "true"}).json()) == 1
    sharing_services.link_set_kinds(link=agreed, kinds=[])
    assert client_for(partner).get(URL, {"current": "true"}).json() == []
    assert post(client_for(partner), {"link_id": agreed.pk}).status_code == 403
    for link_id in (agreed.pk, agreed.pk + 1, 2**63 - 1):
        assert post(client_for(stranger), {"link_id": link_id}).status_code == 404
    assert client_for(stranger).get(URL, {"current": "true"}).json() == []
    share(agreed, "timeout_protocol")
    sharing_services.link_end(link=agreed, by=partner)
    assert post(client_for(partner), {"link_id": agreed.pk}).status_code == 404
    assert client_for(partner).get(URL, {"current": "true"}).json() == []


@pytest.mark.parametrize("body", [{"link_id": "x"}, {"link_id": 0}, {"link_id": 2**64},
                                  {"link_id": None, "x": 1}, {"link": 1}, [1], "x"])
def test_bad_bodies_are_a_clear_4xx_and_start_nothing(partner, agreed, body):
    r = post(client_for(partner), body)
    assert r.status_code in (400, 422), (body, r.status_code)
    assert not TimeOut.objects.exists()


def test_a_therapist_reads_the_agreement_but_neither_starts_nor_watches(person, therapist):
    link = make_link(person, therapist, "therapist")
    share(link, "timeout_protocol")
    services.timeout_start(owner=person, started_by=person)
    from tests.factories import with_second_factor

    c = client_for(therapist)
    with_second_factor(therapist)
    assert c.get(URL, {"current": "true"}).json() == []
    assert post(c, {"link_id": link.pk}).status_code == 403


def test_the_partner_page_starts_it_and_shows_the_countdown(person, partner, agreed,
                                                             client_partner):
    page = reverse("partner:kind", args=[agreed.pk, "timeout_protocol"])
    body = client_partner.get(page).content.decode()
    assert "paraplu" in body and reverse("partner:timeout_start", args=[agreed.pk]) in body
    r = client_partner.post(reverse("partner:timeout_start", args=[agreed.pk]))
    assert r.status_code == 302 and r.url == page
    t = TimeOut.objects.get()
    assert t.started_by == partner and t.owner == person
    body = client_partner.get(page).content.decode()
    assert f'data-timeout-id="{t.pk}"' in body and "data-timeout-ends" in body
    # Over: the partner's page asks them to check in too (the return rule is about both).
    services.timeout_end(timeout=t, user=person)
    body = client_partner.get(page).content.decode()
    assert 'id="over-h"' in body and "data-countdown" not in body
    TimeOut.objects.filter(pk=t.pk).update(ended_at=None)
    # Taken back: the start answers with a message, not with the other's data.
    sharing_services.link_set_kinds(link=agreed, kinds=[])
    services.timeout_end(timeout=t, user=person)
    r = client_partner.post(reverse("partner:timeout_start", args=[agreed.pk]), follow=True)
    assert "not shared" in r.content.decode() or "niet gedeeld" in r.content.decode()
    assert TimeOut.objects.count() == 1


def test_pages_watch_for_time_outs_only_where_one_is_agreed_across_a_link(
        person, partner, stranger, link, client_partner):
    def watches(client):
        return "timeouts/live" in client.get(reverse("home")).content.decode()

    assert not watches(client_for(person)) and not watches(client_partner)
    share(link, "timeout_protocol")
    assert watches(client_for(person)) and watches(client_partner)
    assert not watches(client_for(stranger))
    # The tab title the watcher may set is a generic word, never the signal word.
    body = client_for(person).get(reverse("home")).content.decode()
    assert 'data-notice="Melding"' in body or 'data-notice="Notice"' in body


@pytest.mark.django_db(transaction=True)
def test_the_other_side_gets_a_generic_notice_at_the_start_and_both_at_the_end(
        person, partner, settings):
    settings.WAGENMENNER_VAPID_PUBLIC_KEY = "BPublicKey"
    settings.WAGENMENNER_VAPID_PRIVATE_KEY = "private"
    settings.WAGENMENNER_VAPID_SUBJECT = "mailto:test@example.org"
    link = make_link(person, partner)
    share(link, "timeout_protocol")
    request = mock.Mock(user=partner, META={"REMOTE_ADDR": "127.0.0.1"})
    with mock.patch("jobs.tasks.notice_enqueue") as enqueue:
        t = services.timeout_start_on_link(request, link.pk)
        assert [(c.kwargs["owner"], c.kwargs["kind"]) for c in enqueue.call_args_list] == [
            (person, "timeout_start")]
        services.timeout_end(timeout=t, user=person)
        TimeOut.objects.filter(pk=t.pk).update(ended_at=None)
        enqueue.reset_mock()
        mine = services.timeout_start(owner=partner, started_by=partner)  # nobody to tell
        assert enqueue.call_count == 0
        services.timeout_end(timeout=mine, user=partner)
    from checkins.push import NOTICES
    from timeouts.tasks import timeout_end_notice

    assert "paraplu" not in str(NOTICES["timeout_start"])
    with mock.patch("checkins.push.notice_send") as send:
        send.return_value = mock.Mock(sent=1, failed=0)
        timeout_end_notice.call(t.pk)
        told = {(c.kwargs["owner"], c.kwargs["kind"]) for c in send.call_args_list}
        assert told == {(person, "timeout_end"), (partner, "timeout_end")}


def test_the_poll_asks_a_fixed_number_of_queries_whatever_the_number_of_links(
        partner, django_assert_max_num_queries):
    from accounts.services import account_create

    c = client_for(partner)

    def owners(n, start):
        for i in range(start, start + n):
            owner = account_create(email=f"o{i}@example.org", password="lang genoeg wachtwoord")
            share(make_link(owner, partner), "timeout_protocol")
            services.timeout_start(owner=owner, started_by=owner)

    owners(1, 0)
    c.get(URL, {"current": "true"})  # the first look at each time-out is logged once
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        assert len(c.get(URL, {"current": "true"}).json()) == 1
    owners(9, 1)
    c.get(URL, {"current": "true"})
    with CaptureQueriesContext(connection) as ten:
        assert len(c.get(URL, {"current": "true"}).json()) == 10
    assert len(ten.captured_queries) == len(one.captured_queries) <= 8
