"""The navigation's link facts are one hand-written query (sharing.context_processors); they
must say what the ORM's ``Link.objects.active().of(user)`` says, whatever the links look like."""

import random
from types import SimpleNamespace

from django.utils import timezone

from accounts.services import account_create
from sharing.context_processors import _link_facts
from sharing.models import Consent, Link
from tests.factories import make_link
from wagenmenner.access import LIVE_ROLES, ROLES


def _by_orm(user):
    links = Link.objects.active().of(user).prefetch_related("consents")
    roles = frozenset(link.role for link in links if link.reader_id == user.pk)
    watch = any(link.role in LIVE_ROLES and any(
        c.kind == "timeout_protocol" and c.revoked_at is None for c in link.consents.all())
        for link in links)
    return roles, watch


def test_link_facts_agree_with_the_orm_on_random_webs(db):
    people = [account_create(email=f"web{i}@example.org", password="x" * 12) for i in range(4)]
    pairs = [(o, r, role) for o in people for r in people if o != r for role in ROLES]
    seen = set()
    for seed in range(6):
        rng = random.Random(seed)
        Link.objects.all().delete()
        for owner, reader, role in rng.sample(pairs, 8):
            link = make_link(owner, reader, role=role)
            if rng.random() < 0.5:  # agreed on a time-out, perhaps taken back since
                revoked = timezone.now() if rng.random() < 0.4 else None
                Consent.objects.create(link=link, kind="timeout_protocol", revoked_at=revoked)
            ending = rng.random()
            if ending < 0.3:
                Link.objects.filter(pk=link.pk).update(ended_at=timezone.now())
            elif ending < 0.45:  # the reader's account went
                Link.objects.filter(pk=link.pk).update(reader=None)
        for user in people:
            facts = _link_facts(SimpleNamespace(user=user))
            assert facts == _by_orm(user), (seed, user.email)
            seen.add(facts)
    assert len(seen) > 3  # the webs are varied enough to tell people apart
