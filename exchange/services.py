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
