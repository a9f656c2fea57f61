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
built from ``DayTalliedQuerySet``. No model is imported here: check-ins, rides and people
build on it without depending on the insights models."""

from collections.abc import Callable

from django.db import models, router, transaction

from wagenmenner import group_commit


def _tallies_changed(model, using: str, touched) -> None:
    """Bring each person's stored aggregate up to date for rows of ``model`` written, moved
    or deleted at these (owner id, moment) pairs, in the caller's transaction."""
    by_owner: dict[int, list] = {}
    for owner_id, moment in touched:
        by_owner.setdefault(owner_id, []).append(moment)
    for owner_id, moments in by_owner.items():
        model.tallies_refresh(owner_id=owner_id, moments=moments, using=using)


class DayTalliedQuerySet(models.QuerySet):
    def _touched(self, pks=None) -> list:
        """(owner id, moment) of these rows, or of those with the given ids."""
        moment = self.model.TALLY_MOMENT
        if pks is None:
            return list(self.values_list("owner_id", moment))
        rows = self.model.objects.using(self.db)
        return [row for start in range(0, len(pks), 500)  # within SQLite's parameter limit
                for row in rows.filter(pk__in=pks[start:start + 500])
                .values_list("owner_id", moment)]

    def bulk_create(self, objs, *args, **kwargs):
        objs = list(objs)
        with transaction.atomic(using=self.db, savepoint=False):
            created = super().bulk_create(objs, *args, **kwargs)
            _tallies_changed(self.model, self.db, [row._tally_key() for row in objs])
        return created

    def bulk_update(self, objs, fields, *args, **kwargs):
        if self.model.TALLIED.isdisjoint(fields):
            return super().bulk_update(objs, fields, *args, **kwargs)
        objs = list(objs)
        with transaction.atomic(using=self.db, savepoint=False):
            before = self._touched([row.pk for row in objs])
            count = super().bulk_update(objs, fields, *args, **kwargs)
            _tallies_changed(self.model, self.db, before + [row._tally_key() for row in objs])
        return count

    def update(self, **kwargs):
        if self.model.TALLIED.isdisjoint(kwargs):
            return super().update(**kwargs)
        with transaction.atomic(using=self.db, savepoint=False):
            pks = list(self.values_list("pk", flat=True))
            before = self._touched(pks)
            count = super().update(**kwargs)
            _tallies_changed(self.model, self.db, before + self._touched(pks))
        return count

    def delete(self):
        with transaction.atomic(using=self.db, savepoint=False):
            before = self._touched()
            result = super().delete()
            _tallies_changed(self.model, self.db, before)
        return result


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

    def insert_later(self) -> Callable[[], None]:
        """``save()`` of a new row, its INSERT built now (``group_commit.insert_later``): the
        callable returned stores it and counts it in, inside the write's transaction."""
        using = router.db_for_write(type(self), instance=self)
        insert = group_commit.insert_later(self, using)

        def save():
            with transaction.atomic(using=using, savepoint=False):
                insert()
                self.tally_added(using)

        return save

    def delete(self, *args, **kwargs):
        using = kwargs.get("using") or router.db_for_write(type(self), instance=self)
        with transaction.atomic(using=using, savepoint=False):
            before = type(self).objects.using(using).filter(pk=self.pk)._touched()
            result = super().delete(*args, **kwargs)
            _tallies_changed(type(self), using, before)
        return result

    @staticmethod
    def tallies_refresh(*, owner_id: int, moments: list, using: str) -> None:
        from insights.services import ride_weeks_refresh  # insights builds on rides and people

        ride_weeks_refresh(owner_id=owner_id, moments=moments, using=using)

    def tally_added(self, using: str) -> None:
        """Count this new row in, inside its transaction."""
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


class RideRowQuerySet(models.QuerySet):
    def _ride_ids(self, pks=None) -> list:
        """The ride ids of these rows, or of those with the given ids."""
        if pks is None:
            return list(self.values_list("ride_id", flat=True))
        rows = self.model.objects.using(self.db)
        return [ride_id for start in range(0, len(pks), 500)  # within SQLite's parameter limit
                for ride_id in rows.filter(pk__in=pks[start:start + 500])
                .values_list("ride_id", flat=True)]

    def bulk_create(self, objs, *args, **kwargs):
        objs = list(objs)
        with transaction.atomic(using=self.db, savepoint=False):
            created = super().bulk_create(objs, *args, **kwargs)
            _rides_changed(self.model, self.db, [row.ride_id for row in objs])
        return created

    # bulk_update() writes through update().
    def update(self, **kwargs):
        with transaction.atomic(using=self.db, savepoint=False):
            pks = list(self.values_list("pk", flat=True))
            before = self._ride_ids(pks)
            count = super().update(**kwargs)
            _rides_changed(self.model, self.db, before + self._ride_ids(pks))
        return count

    def delete(self):
        with transaction.atomic(using=self.db, savepoint=False):
            before = self._ride_ids()
            result = super().delete()
            _rides_changed(self.model, self.db, before)
        return result


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
                before = type(self).objects.using(using).filter(pk=self.pk)._ride_ids()
            super().save(*args, **kwargs)
            _rides_changed(type(self), using, [*before, self.ride_id])

    def delete(self, *args, **kwargs):
        using = kwargs.get("using") or router.db_for_write(type(self), instance=self)
        with transaction.atomic(using=using, savepoint=False):
            result = super().delete(*args, **kwargs)
            _rides_changed(type(self), using, [self.ride_id])
        return result
