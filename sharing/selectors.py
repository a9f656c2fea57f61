"""Reads of sharing: my links both ways, the consent history, the access log."""

from django.db.models import Prefetch

from sharing.models import AccessEntry, Consent, Invitation, Link
from wagenmenner.access import KINDS


def _open_kinds(link) -> list[str]:
    shared = {c.kind for c in link.open_consents}
    return [k for k in KINDS if k in shared]


def links_for(user) -> list[dict]:
    """Active links in both directions with their open kinds: two queries."""
    links = (Link.objects.active().of(user).select_related("owner", "reader", "reader__clinician")
             .prefetch_related(Prefetch("consents", to_attr="open_consents",
                                        queryset=Consent.objects.filter(revoked_at__isnull=True))))
    rows = []
    for link in links:
        outgoing = link.owner_id == user.pk
        other = link.reader if outgoing else link.owner
        rows.append({"id": link.pk, "role": link.role,
                     "direction": "outgoing" if outgoing else "incoming",
                     "other": {"id": other.pk, "display_name": other.public_name},
                     "kinds": _open_kinds(link), "since": link.created_at, "link": link})
    return rows


def consent_history(user):
    """Every consent row of the person's outgoing links, ended links included, newest first."""
    return (Consent.objects.filter(link__owner=user).select_related("link", "link__reader")
            .order_by("-granted_at", "-id"))


def open_invitations(user):
    from django.utils import timezone

    return Invitation.objects.filter(owner=user, used_at__isnull=True, withdrawn_at__isnull=True,
                                     expires_at__gt=timezone.now())


def access_entries(user, lo, hi):
    return AccessEntry.objects.filter(subject=user, at__gte=lo, at__lt=hi)


def access_entry_out(entry: AccessEntry) -> dict:
    return {"at": entry.at,
            "actor": {"id": entry.actor_ref, "display_name": entry.actor_name,
                      "role": entry.actor_role},
            "action": entry.action, "kind": entry.kind, "grounds": entry.grounds,
            "from": entry.address, "outcome": entry.outcome}


def readers_of(owner, kind: str, roles) -> list[Link]:
    """The owner's active links in ``roles`` on which ``kind`` is shared, with their
    readers: whom to tell when something of that kind happens (a time-out starts)."""
    return list(Link.objects.active().filter(
        owner=owner, role__in=roles, consents__kind=kind, consents__revoked_at__isnull=True)
        .select_related("reader").distinct())
