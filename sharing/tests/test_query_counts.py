"""Sharing costs the same at any number of links: the access check is two queries (the
consent lookup and the access-log entry), and no page grows with links."""

from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from tests.factories import client_for, make_link, share
from wagenmenner.access import shared_or_404


def _count(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def _add_links(user, n, start):
    from accounts.services import account_create

    for i in range(n):
        other = account_create(email=f"o{start + i}@example.org", password="x" * 12)
        make_link(user, other)
        make_link(other, user)


def test_the_access_check_is_two_queries(partner, link):
    share(link, "rides")
    request = RequestFactory().get("/")
    request.user = partner
    with CaptureQueriesContext(connection) as ctx:
        shared_or_404(request, link_id=link.pk, kind="rides")
    assert len(ctx.captured_queries) == 2


def test_pages_do_not_grow_with_links(person, partner, link, client_partner):
    share(link, "rides")
    urls = ["/", "/ritten/", "/naaste/", f"/naaste/{link.pk}/rides/", "/api/v1/links", "/delen/"]
    owner = client_for(person)
    before = {u: _count(client_partner if "naaste" in u else owner, u) for u in urls}
    _add_links(person, 10, 0)
    _add_links(partner, 10, 100)
    after = {u: _count(client_partner if "naaste" in u else owner, u) for u in urls}
    assert after == before
