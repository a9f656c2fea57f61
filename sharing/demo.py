"""The demo couple as a linked pair (METHOD 4.12, issue 9): each invites the other as
partner and shares what a couple in the method would: their warning plans and time-out
agreements, their agreements (the rules about the other) and the weekly summary. Some of
each one's time-outs were started by the other."""

from charioteer.models import LifeRule
from sharing import services
from timeouts.models import TimeOut
from wagenmenner.access import PARTNER

COUPLE_KINDS = ("warning_plan", "timeout_protocol", "agreements", "weekly_summary")


def demo_link(owner, reader, *, name: str, role: str = PARTNER, kinds=COUPLE_KINDS):
    """``owner`` (seen as ``name``) shares ``kinds`` with ``reader`` in ``role``; for a
    partner, the rules about their partner become agreements with them."""
    if owner.display_name != name:
        owner.display_name = name
        owner.save(update_fields=["display_name"])
    _, code = services.invitation_create(owner=owner, role=role)
    link = services.invitation_accept(code=code, user=reader)
    services.link_set_kinds(link=link, kinds=kinds)
    if role == PARTNER:
        link.agreed_rules.set(LifeRule.objects.filter(owner=owner, relation="partner"))
    return link


def demo_couple(first, second, *, names: tuple[str, str]) -> None:
    from partner.models import SafetyQuestionAsked

    demo_link(first, second, name=names[0])
    demo_link(second, first, name=names[1])
    # Either side may start the agreed time-out: every third one the other started.
    for owner, other in ((first, second), (second, first)):
        ids = list(TimeOut.objects.filter(owner=owner).order_by("started_at")
                   .values_list("pk", flat=True))[1::3]
        TimeOut.objects.filter(pk__in=ids).update(started_by=other)
    # The demo shows the shared pages at once; a real partner answers the question first.
    for user in (first, second):
        SafetyQuestionAsked.objects.get_or_create(owner=user)
