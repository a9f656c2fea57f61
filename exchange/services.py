"""Writes of the FHIR exchange: the access-log entries of exports (NEN 7513)."""

from sharing.models import AccessEntry

# The access log's kind for a whole bundle made outside the app's pages (the command line).
BUNDLE_KIND = "fhir_bundle"
OPERATOR = "operator"


def access_log_operator_export(*, subject, kind: str, grounds: str) -> AccessEntry:
    """An export made on the server by its operator, not by the person: written to the
    person's access log like any other look at their data."""
    return AccessEntry.objects.create(
        subject=subject, actor=None, actor_ref=0, actor_name="", actor_role=OPERATOR,
        kind=kind, action=AccessEntry.Action.EXPORT, grounds=grounds[:200], address=None,
        outcome=AccessEntry.Outcome.GRANTED)


# What a clinician's export may hold, per kind the client shares (exchange.selectors).
CLIENT_EXPORT_KINDS = ("checkin_levels", "weekly_summary", "insights", "safety_plan",
                       "selfchecks")


def client_scope(request, link):
    """A clinician's export of a client (issue 10): what the kinds the client shares with
    them on ``link`` allow, each kind used in the client's access log as an ``export``.
    The note and substances of a check-in never go out: no kind shares them."""
    from exchange.selectors import Scope
    from sharing.services import access_log_write_many
    from wagenmenner.access import EXPORT, may

    grants = {kind: may(request.user, EXPORT, kind=kind, link_id=link.pk)
              for kind in CLIENT_EXPORT_KINDS}
    used = [g for g in grants.values() if g is not None]
    access_log_write_many(request, used)
    return Scope(checkins=grants["checkin_levels"] is not None,
                 weekly=grants["weekly_summary"] is not None or grants["insights"] is not None,
                 safety_plan=grants["safety_plan"] is not None,
                 questionnaires=grants["selfchecks"] is not None,
                 link_ids=(link.pk,), kinds=tuple(g.kind for g in used))
