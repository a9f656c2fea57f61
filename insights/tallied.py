"""What keeps the stored aggregates of insights in step with the rows they are counted
from, whichever way those are written: one by one (save, delete) or in bulk
(bulk_create, bulk_update, update, delete of a queryset), each in the write's own
transaction. Only deleting the whole account leaves the aggregates to cascade. Rides and
escalations keep their weeks (``insights.models.RideWeek``), check-ins theirs
(``insights.models.CheckInWeek``), and a row of a ride (``RideRow``: the rules chosen in
it) keeps its ride's week.

A model mixes in ``DayTallied`` and names ``TALLY_MOMENT`` (the moment that places it on
a local date) and ``TALLIED`` (the fields the aggregate depends on), and overrides
``tallies_refresh`` when it feeds another aggregate than the ride weeks; its manager is
built from ``DayTalliedQuerySet``. Any other aggregate kept in step with writes in bulk
builds its queryset on ``TalliedQuerySet`` (the ratings of pursuits, for their flips). No
model is imported here: check-ins, rides and people build on it without depending on the
insights models."""

from collections.abc import Callable
from contextlib import nullcontext

from django.db import connections, models, router, transaction

from wagenmenner import group_commit
from wagenmenner.postgresql import prepared_cursor


def in_transaction(using: str, connection=None):
    """The caller's transaction, or one of its own for a caller outside any (what
    ``transaction.atomic(using=using, savepoint=False)`` gives); ``connection`` is
    ``connections[using]`` when the caller holds it already. A check-in's write always
    runs inside one already (``group_commit.atomic_write``), and each block entered inside
    it cost a check-in POST about 70 K instructions (2 %, callgrind) for nothing: an
    exception raised in here goes up to the block that opened the transaction, which
    rolls it back (the group commit's batch rolls back a failed write of its own too).
    Only for the check-in's own path, where nobody between here and that block catches."""
    if (connection or connections[using]).in_atomic_block:
        return nullcontext()
    return transaction.atomic(using=using, savepoint=False)


def _tallies_changed(model, using: str, touched) -> None:
    """Bring each person's stored aggregate up to date for rows of ``model`` written, moved
    or deleted at these (owner id, moment) pairs, in the caller's transaction."""
    by_owner: dict[int, list] = {}
    for owner_id, moment in touched:
        by_owner.setdefault(owner_id, []).append(moment)
    for owner_id, moments in by_owner.items():
        model.tallies_refresh(owner_id=owner_id, moments=moments, using=using)


class TalliedQuerySet(models.QuerySet):
    """Writes in bulk of rows counted in a stored aggregate: each in one transaction, with
    the aggregate brought up to date for the rows as they were before and are after.
    ``bulk_update()`` writes through ``update()``. A subclass says what places a row in the
    aggregate (``_key_names``, and ``_key_of`` a row in memory), which fields count
    (``_counts``), and how the aggregate is brought up to date (``_changed``)."""

    def _key_names(self) -> tuple[str, ...]:
        raise NotImplementedError

    def _key_of(self, row):
        raise NotImplementedError

    def _counts(self, fields) -> bool:
        return True

    def _changed(self, keys: list) -> None:
        raise NotImplementedError

    def _keys(self, pks=None) -> list:
        """The keys of these rows, or of those with the given ids (a key of one name is
        the value itself)."""
        names = self._key_names()
        flat = len(names) == 1
        if pks is None:
            return list(self.values_list(*names, flat=flat))
        rows = self.model.objects.using(self.db)
        return [key for start in range(0, len(pks), 500)  # within SQLite's parameter limit
                for key in rows.filter(pk__in=pks[start:start + 500])
                .values_list(*names, flat=flat)]

    def bulk_create(self, objs, *args, **kwargs):
        objs = list(objs)
        with transaction.atomic(using=self.db, savepoint=False):
            created = super().bulk_create(objs, *args, **kwargs)
            self._changed([self._key_of(row) for row in objs])
        return created

    def update(self, **kwargs):
        if not self._counts(kwargs):
            return super().update(**kwargs)
        with transaction.atomic(using=self.db, savepoint=False):
            pks = list(self.values_list("pk", flat=True))
            before = self._keys(pks)
            count = super().update(**kwargs)
            self._changed(before + self._keys(pks))
        return count

    def delete(self):
        with transaction.atomic(using=self.db, savepoint=False):
            before = self._keys()
            result = super().delete()
            self._changed(before)
        return result


class DayTalliedQuerySet(TalliedQuerySet):
    """A ``DayTallied`` row counts by its owner and moment."""

    def _key_names(self) -> tuple[str, ...]:
        return ("owner_id", self.model.TALLY_MOMENT)

    def _key_of(self, row):
        return row._tally_key()

    def _counts(self, fields) -> bool:
        return not self.model.TALLIED.isdisjoint(fields)

    def _changed(self, keys: list) -> None:
        _tallies_changed(self.model, self.db, keys)


class DayTallied(models.Model):
    TALLY_MOMENT = ""  # e.g. "started_at"
    TALLIED: frozenset[str] = frozenset()  # e.g. {"owner", "owner_id", "started_at", ...}

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        fields = kwargs.get("update_fields")
        if fields is not None and self.TALLIED.isdisjoint(fields):
            return super().save(*args, **kwargs)
        using = kwargs.get("using") or router.db_for_write(type(self), instance=self)
        names = self._tallied_names()
        with transaction.atomic(using=using, savepoint=False):
            stored = None
            if self.pk is not None:  # an edit, mostly: as the database holds it before
                stored = (type(self).objects.using(using).filter(pk=self.pk)
                          .values_list(*names).first())
            super().save(*args, **kwargs)
            if stored is None:
                self.tally_added(using)
            # Most saves of a ride store the answer of a step and change nothing counted.
            elif stored != (*self._tally_key(), *(getattr(self, name) for name in names[2:])):
                _tallies_changed(type(self), using, [stored[:2], self._tally_key()])

    def insert_later(self, later: tuple[str, ...] = (),
                     now: tuple[str, ...] = ()) -> Callable[[], None]:
        """``save()`` of a new row, its INSERT built now (``group_commit.insert_later``, with
        the fields ``later`` read and those ``now`` stamped when it runs): the callable
        returned stores it and counts it in, inside the write's transaction."""
        using = router.db_for_write(type(self), instance=self)
        insert = group_commit.insert_later(self, using, later, now)

        def save():
            with in_transaction(using):
                self.tally_added(using, insert)

        return save

    def delete(self, *args, **kwargs):
        using = kwargs.get("using") or router.db_for_write(type(self), instance=self)
        with transaction.atomic(using=using, savepoint=False):
            before = type(self).objects.using(using).filter(pk=self.pk)._keys()
            result = super().delete(*args, **kwargs)
            _tallies_changed(type(self), using, before)
        return result

    @staticmethod
    def tallies_refresh(*, owner_id: int, moments: list, using: str) -> None:
        from insights.services import ride_weeks_refresh  # insights builds on rides and people

        ride_weeks_refresh(owner_id=owner_id, moments=moments, using=using)

    def tally_added(self, using: str, insert: group_commit.Insert | None = None) -> None:
        """Count this new row in, inside its transaction; ``insert`` (``insert_later``'s),
        when given, stores it first."""
        if insert is not None:
            with prepared_cursor(connections[using]) as cursor:
                insert.run(cursor)
        _tallies_changed(type(self), using, [self._tally_key()])

    def _tally_key(self) -> tuple:
        """(owner id, moment) as the database stores it: a moment may be set as text."""
        moment = self._meta.get_field(self.TALLY_MOMENT)
        return self.owner_id, moment.get_prep_value(getattr(self, self.TALLY_MOMENT))

    def _tallied_names(self) -> list[str]:
        """The columns the tallies depend on: owner id and moment first."""
        others = sorted(self._meta.get_field(name).attname for name in self.TALLIED)
        first = ["owner_id", self.TALLY_MOMENT]
        return first + [name for name in others if name not in first]


def _rides_changed(model, using: str, ride_ids) -> None:
    """Bring the stored aggregate of the rides with these ids up to date, for rows of
    ``model`` (a ``RideRow``) written, moved or deleted, in the caller's transaction."""
    ride_model = model._meta.get_field("ride").related_model
    ride_ids = sorted({pk for pk in ride_ids if pk is not None})
    rides = ride_model.objects.using(using)
    _tallies_changed(ride_model, using, [
        row for start in range(0, len(ride_ids), 500)  # within SQLite's parameter limit
        for row in rides.filter(pk__in=ride_ids[start:start + 500])
        .values_list("owner_id", ride_model.TALLY_MOMENT)])


class RideRowQuerySet(TalliedQuerySet):
    """A ``RideRow`` counts in its ride's week: by its ride."""

    def _key_names(self) -> tuple[str, ...]:
        return ("ride_id",)

    def _key_of(self, row):
        return row.ride_id

    def _changed(self, keys: list) -> None:
        _rides_changed(self.model, self.db, keys)


class RideRow(models.Model):
    """A row that belongs to a ride (``ride``) and counts in its ride's stored week; its
    manager is built from ``RideRowQuerySet``. Rows a ride's delete takes along are
    counted out by the ride's own delete."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        using = kwargs.get("using") or router.db_for_write(type(self), instance=self)
        with transaction.atomic(using=using, savepoint=False):
            before = []
            if self.pk is not None:
                before = type(self).objects.using(using).filter(pk=self.pk)._keys()
            super().save(*args, **kwargs)
            _rides_changed(type(self), using, [*before, self.ride_id])

    def delete(self, *args, **kwargs):
        using = kwargs.get("using") or router.db_for_write(type(self), instance=self)
        with transaction.atomic(using=using, savepoint=False):
            result = super().delete(*args, **kwargs)
            _rides_changed(type(self), using, [self.ride_id])
        return result
