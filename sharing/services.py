"""Writes of sharing: invitations, links, consent and the access log (see sharing.models)."""

import secrets
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sharing.models import AccessEntry, Consent, Invitation, InvitationAttempt, Link, code_hash
from wagenmenner.access import KINDS, OWNER, ROLES, valid_id
from wagenmenner.client import client_ip

INVITATION_DAYS = 7
# Codes are typed by hand sometimes: no 0/O, 1/I/L. 12 characters of 31 ≈ 59 bits,
# and guessing is throttled to ATTEMPT_LIMIT tries per window per address and account.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 12
ATTEMPT_LIMIT = 10
ATTEMPT_WINDOW = timedelta(minutes=15)

ERROR_CODE = _("This invitation code is not known, was used already or has expired. "
               "Ask for a new invitation.")
ERROR_OWN_CODE = _("This is your own invitation. Give it to the person you invite.")
ERROR_ALREADY_LINKED = _("You are linked with this person in this role already.")
ERROR_THROTTLED = _("Too many wrong codes. Wait a quarter of an hour and try again.")
ERROR_ROLE = _("Choose a role: partner, close, or therapist.")
ERROR_KINDS = _("Unknown kind(s): %(kinds)s. Known kinds: %(known)s.")


class Throttled(Exception):
    pass


def _new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i:i + 4] for i in range(0, CODE_LENGTH, 4))


def normalise_code(code: str) -> str:
    """What a person types: any case, with or without spaces and dashes."""
    plain = "".join(ch for ch in str(code).upper() if ch.isalnum())[:64]
    return "-".join(plain[i:i + 4] for i in range(0, len(plain), 4))


def invitation_create(*, owner, role: str) -> tuple[Invitation, str]:
    """A new invitation and its code. The code is returned once and never stored."""
    if role not in ROLES:
        raise ValidationError({"role": [str(ERROR_ROLE)]})
    now = timezone.now()
    code = _new_code()
    invitation = Invitation.objects.create(owner=owner, role=role, code_hash=code_hash(code),
                                           created_at=now,
                                           expires_at=now + timedelta(days=INVITATION_DAYS))
    return invitation, code


def invitation_withdraw(*, invitation: Invitation) -> None:
    Invitation.objects.filter(pk=invitation.pk, used_at__isnull=True).update(
        withdrawn_at=timezone.now())


def _throttled(*, address, user) -> bool:
    since = timezone.now() - ATTEMPT_WINDOW
    recent = InvitationAttempt.objects.filter(at__gte=since)
    by_address = address is not None and recent.filter(address=address).count() >= ATTEMPT_LIMIT
    by_user = user is not None and recent.filter(user=user).count() >= ATTEMPT_LIMIT
    return by_address or by_user


def _wrong_code(*, address, user) -> None:
    now = timezone.now()
    InvitationAttempt.objects.create(at=now, address=address, user=user)
    InvitationAttempt.objects.filter(at__lt=now - timedelta(days=1)).delete()


def invitation_find(*, code: str, user=None, address=None) -> Invitation:
    """The open invitation of ``code``; ValidationError for a wrong one, Throttled after too
    many wrong ones from this address or account."""
    user = user if user is not None and user.is_authenticated else None
    if _throttled(address=address, user=user):
        raise Throttled
    invitation = (Invitation.objects.select_related("owner")
                  .filter(code_hash=code_hash(normalise_code(code))).first())
    if invitation is None or not invitation.is_open():
        _wrong_code(address=address, user=user)
        raise ValidationError({"code": [str(ERROR_CODE)]})
    return invitation


def invitation_accept(*, code: str, user, address=None) -> Link:
    """The invited person accepts: a link with nothing shared yet (METHOD 3: consent per
    kind comes after, from the person who shares)."""
    invitation = invitation_find(code=code, user=user, address=address)
    if invitation.owner_id == user.pk:
        raise ValidationError({"code": [str(ERROR_OWN_CODE)]})
    if Link.objects.active().filter(owner=invitation.owner, reader=user,
                                    role=invitation.role).exists():
        raise ValidationError({"code": [str(ERROR_ALREADY_LINKED)]})
    now = timezone.now()
    with transaction.atomic():
        # Claim the invitation first: of two accepts at once, exactly one wins.
        claimed = Invitation.objects.filter(pk=invitation.pk, used_at__isnull=True,
                                            withdrawn_at__isnull=True).update(used_at=now)
        if not claimed:
            raise ValidationError({"code": [str(ERROR_CODE)]})
        link = Link.objects.create(owner=invitation.owner, reader=user, role=invitation.role,
                                   reader_name=user.public_name, created_at=now)
        Invitation.objects.filter(pk=invitation.pk).update(link=link)
    return link


def link_end(*, link: Link, by) -> None:
    """Either side ends the link: every open consent closes in the same transaction."""
    now = timezone.now()
    with transaction.atomic():
        Consent.objects.filter(link=link, revoked_at__isnull=True).update(revoked_at=now)
        Link.objects.filter(pk=link.pk, ended_at__isnull=True).update(ended_at=now, ended_by=by)


def check_kinds(kinds) -> list[str]:
    unknown = sorted({str(k) for k in kinds} - set(KINDS))
    if unknown:
        raise ValidationError({"kinds": [str(ERROR_KINDS % {
            "kinds": ", ".join(unknown), "known": ", ".join(KINDS)})]})
    return [k for k in KINDS if k in set(kinds)]


def link_set_kinds(*, link: Link, kinds) -> list[str]:
    """Share exactly ``kinds`` on ``link`` from now on: new ones open a consent row, the
    ones taken back close theirs, the rest stay untouched (their history too)."""
    wanted = set(check_kinds(kinds))
    now = timezone.now()
    with transaction.atomic():
        current = set(Consent.objects.filter(link=link, revoked_at__isnull=True)
                      .values_list("kind", flat=True))
        Consent.objects.filter(link=link, revoked_at__isnull=True,
                               kind__in=current - wanted).update(revoked_at=now)
        try:
            with transaction.atomic():
                Consent.objects.bulk_create(
                    [Consent(link=link, kind=k, granted_at=now) for k in wanted - current])
        except IntegrityError:
            # A second request shared the same kind a moment ago: it is shared, as asked.
            pass
    return [k for k in KINDS if k in wanted]


def link_kinds(link: Link) -> list[str]:
    current = set(Consent.objects.filter(link=link, revoked_at__isnull=True)
                  .values_list("kind", flat=True))
    return [k for k in KINDS if k in current]


# --- The access log ---------------------------------------------------------------------


def client_address(request) -> str | None:
    """The address the request came from, as the trusted proxy reports it."""
    return client_ip(request) or None


def _entry(request, *, subject, kind, action, grounds, outcome, role) -> AccessEntry:
    user = request.user
    return AccessEntry.objects.create(
        subject=subject, actor=user, actor_ref=user.pk, actor_name=user.public_name,
        actor_role=role, kind=kind, action=action, grounds=grounds[:200],
        address=client_address(request), outcome=outcome)


def access_log_write(request, grant) -> AccessEntry | None:
    """Log a granted access to someone else's data. The owner's own use is not logged."""
    if grant.role == OWNER:
        return None
    return _entry(request, subject=grant.owner, kind=grant.kind, action=grant.action,
                  grounds=grant.grounds, outcome=AccessEntry.Outcome.GRANTED, role=grant.role)


def access_log_first_looks(request, shown) -> None:
    """Log granted reads of what a page shows, ``shown`` being (grant, since) pairs, except
    those this reader's same access to the same owner is logged for since ``since``
    already: a page that asks every few seconds whether a time-out runs writes one entry
    per time-out it shows, not one per question. Two queries, whatever the number."""
    shown = [(grant, since) for grant, since in shown if grant.role != OWNER]
    if not shown:
        return
    grants = [grant for grant, _since in shown]
    logged: dict[int, object] = {}
    for subject, at in AccessEntry.objects.filter(
            actor=request.user, subject__in=[g.owner.pk for g in grants],
            kind__in={g.kind for g in grants}, action__in={g.action for g in grants},
            outcome=AccessEntry.Outcome.GRANTED,
            at__gte=min(since for _grant, since in shown)).values_list("subject_id", "at"):
        logged[subject] = max(at, logged.get(subject, at))
    access_log_write_many(request, [g for g, since in shown
                                    if logged.get(g.owner.pk) is None
                                    or logged[g.owner.pk] < since])


def access_log_write_many(request, grants) -> None:
    """Log several granted accesses at once (a list that shows something of each of many
    people, like a therapist's caseload): one insert, whatever their number."""
    user = request.user
    address = client_address(request)
    AccessEntry.objects.bulk_create([AccessEntry(
        subject=g.owner, actor=user, actor_ref=user.pk, actor_name=user.public_name,
        actor_role=g.role, kind=g.kind, action=g.action, grounds=g.grounds[:200],
        address=address, outcome=AccessEntry.Outcome.GRANTED)
        for g in grants if g.role != OWNER], batch_size=500)


def access_log_refusal(request, *, link_id, kind, action) -> None:
    """A refused access by a party to the link is logged for the person who shares; a
    stranger's guess is not (the link is not theirs to fill someone's log with)."""
    user = request.user
    if not user.is_authenticated:
        return
    pk = valid_id(link_id)
    link = Link.objects.filter(pk=pk, reader=user).first() if pk else None
    if link is None:
        return
    _entry(request, subject=link.owner, kind=str(kind)[:32], action=action,
           grounds=f"no open consent (link {link.pk})", outcome=AccessEntry.Outcome.DENIED,
           role=link.role)


def access_log_read_own(request) -> None:
    """Reading the log is itself logged (NEN 7513): the person's own look at who saw what."""
    _entry(request, subject=request.user, kind="access_log", action=AccessEntry.Action.READ,
           grounds="own data", outcome=AccessEntry.Outcome.GRANTED, role=OWNER)
