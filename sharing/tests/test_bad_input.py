"""No 500 on any input: odd bodies, types and sizes get a clear 4xx and change nothing."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sharing.models import Consent, Invitation, Link
from tests.factories import client_for

JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
                    | st.text(max_size=80),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=10), inner, max_size=4), max_leaves=10)
BODY = JSON | st.fixed_dictionaries({"role": JSON}) | st.fixed_dictionaries({"code": JSON}) \
    | st.fixed_dictionaries({"kinds": JSON})


@settings(max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=BODY)
def test_sharing_routes_answer_every_body_without_a_500(person, partner, link, body):
    owner, reader = client_for(person), client_for(partner)
    before = (Invitation.objects.count(), Link.objects.count(), Consent.objects.count())
    data = json.dumps(body)
    for client, method, url in ((owner, "post", "/api/v1/invitations"),
                                (reader, "post", "/api/v1/invitations/accept"),
                                (owner, "put", f"/api/v1/links/{link.pk}/kinds"),
                                (reader, "post", "/api/v1/my-log"),
                                (owner, "get", "/api/v1/access-log?start=" + str(body)[:40])):
        r = getattr(client, method)(url, data if method != "get" else None,
                                    content_type="application/json")
        assert r.status_code < 500, (url, body)
        if r.status_code >= 400:
            assert r.json()["detail"], (url, body)
    after = (Invitation.objects.count(), Link.objects.count(), Consent.objects.count())
    # Only a well-formed role makes an invitation, only a list of known kinds shares.
    assert after[1] == before[1]


def test_pages_take_garbage_without_a_500(person, partner, link, client_partner):
    owner = client_for(person)
    invitations = Invitation.objects.count()
    for data in ({"role": "x" * 10000, "display_name": "y" * 100000}, {"role": ["a", "b"]},
                 {}, {"display_name": "\x00"}):
        assert owner.post("/delen/uitnodigen/", data).status_code == 200
    assert Invitation.objects.count() == invitations
    for data in ({"code": "x" * 100000}, {"code": "\x00"}, {"code": ["a", "b"], "accept": "1"},
                 {"accept": "1"}):
        assert client_partner.post("/uitnodiging/", data).status_code in (200, 422)
    for query in ("start=0001-01-01&end=9999-12-31", "start=x", "end=2026-02-30", "start=" + "9" * 50):
        assert owner.get("/delen/wie-zag-wat/?" + query).status_code == 200
    for data in ({"topic": "x", "text": "y"}, {"happened_at": "9999-99-99"}, {"text": "z" * 6000}):
        assert client_partner.post("/naaste/logboek/", data).status_code == 200
