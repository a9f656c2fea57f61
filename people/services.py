"""Writes for the people who matter that involve more than one object."""

from django.db import transaction

from people.models import ReciprocityEntry


def reciprocity_from_ride(*, ride, direction: str, weight: int) -> ReciprocityEntry | None:
    """The ledger entry a ride's look-back offers: what the other did, with the ride's
    person, dated at the ride. Saving the look-back again changes the same entry; no
    direction removes it. Runs inside the look-back's transaction."""
    existing = ride.reciprocity_entries.first()
    if not direction or not ride.person_id or not ride.other_did:
        if existing is not None:
            existing.delete()
        return None
    entry = existing or ReciprocityEntry(owner=ride.owner, ride=ride)
    entry.person_id = ride.person_id
    entry.direction = direction
    entry.weight = weight
    entry.what = ride.other_did
    entry.happened_at = ride.started_at
    entry.full_clean()
    with transaction.atomic():
        entry.save()
    return entry
