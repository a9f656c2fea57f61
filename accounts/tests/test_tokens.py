"""API tokens have a name, a last-used date and an end; the person lists and revokes them."""

import re
from datetime import timedelta

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import ApiToken


def api(raw):
    return Client(HTTP_AUTHORIZATION=f"Bearer {raw}")


def test_make_list_and_revoke_a_token_on_the_account_page(client_person, person):
    response = client_person.post("/account/tokens/", {"name": "dagboek-app"})
    raw = re.search(r'<code class="token">([^<]+)</code>', response.content.decode())[1]
    assert api(raw).get("/api/v1/goals").status_code == 200
    page = client_person.get("/account/").content.decode()
    assert "dagboek-app" in page and "nooit gebruikt" not in page
    token = ApiToken.objects.get(user=person)
    assert token.expires_at - timezone.now() > timedelta(days=89)
    client_person.post(f"/account/tokens/{token.pk}/intrekken/")
    assert api(raw).get("/api/v1/goals").status_code == 401


def test_someone_else_s_token_cannot_be_revoked(client_stranger, person):
    token, raw = ApiToken.issue(person, name="x")
    assert client_stranger.post(f"/account/tokens/{token.pk}/intrekken/").status_code == 404
    assert api(raw).get("/api/v1/goals").status_code == 200


def test_an_expired_token_no_longer_works(person):
    token, raw = ApiToken.issue(person, name="oud")
    ApiToken.objects.filter(pk=token.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    assert api(raw).get("/api/v1/goals").status_code == 401


def test_the_token_check_is_one_query_and_last_used_is_written_at_most_hourly(person):
    _, raw = ApiToken.issue(person, name="x")
    client = api(raw)
    client.get("/api/v1/goals")
    first = ApiToken.objects.get().last_used_at
    with CaptureQueriesContext(connection) as queries:
        client.get("/api/v1/goals")
    token_queries = [q["sql"] for q in queries.captured_queries if "accounts_apitoken" in q["sql"]]
    assert len(token_queries) == 1 and token_queries[0].lstrip().startswith("SELECT")
    ApiToken.objects.update(last_used_at=first - timedelta(hours=2))
    client.get("/api/v1/goals")
    assert ApiToken.objects.get().last_used_at > first


def test_a_token_of_a_deactivated_account_no_longer_works(person):
    _, raw = ApiToken.issue(person, name="x")
    person.is_active = False
    person.save(update_fields=["is_active"])
    assert api(raw).get("/api/v1/goals").status_code == 401


def test_the_token_s_person_is_the_orm_s_with_the_rest_read_when_asked_for(person):
    """The token's read builds the User an API request needs; every other field is
    deferred as ``.only()`` defers it, and reads the stored value when asked for."""
    from accounts.models import TOKEN_READS, User

    person.display_name = "Sam"
    person.acknowledgement = "Ik herken het vluchten."
    person.setup_state = {"acknowledgement": "done"}
    person.save()
    _, raw = ApiToken.issue(person, name="x")
    user = ApiToken.user_for(raw)
    orm = User.objects.only(*TOKEN_READS).get(pk=person.pk)
    assert user.__dict__.keys() - {"_state"} == orm.__dict__.keys() - {"_state"}
    assert {k: v for k, v in user.__dict__.items() if k != "_state"} == {
        k: v for k, v in orm.__dict__.items() if k != "_state"}
    assert user.get_deferred_fields() == orm.get_deferred_fields()
    assert (user._state.db, user._state.adding) == ("default", False)
    with CaptureQueriesContext(connection) as queries:
        assert user.public_name == "Sam"
        assert user.acknowledgement == "Ik herken het vluchten."
        assert user.setup_state == {"acknowledgement": "done"}
        assert user.date_joined == person.date_joined
    assert len(queries) == 4
    user.language = "en"
    user.save()  # only what was read (or set) is written, as for .only()
    stored = User.objects.get(pk=person.pk)
    assert (stored.language, stored.display_name, stored.password) == (
        "en", "Sam", person.password)
