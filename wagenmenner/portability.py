"""Everything a person wrote or the app computed about them, out as one ZIP and back in
(GDPR articles 15 and 20).

Each app declares its kinds in its own ``portable.py`` with ``register(...)``: the rows of
one model that belong to the person, the fields that go out, and which fields point at
rows of other kinds. The ZIP holds one JSON file per kind, a CSV beside it for the
tabular kinds, and a README in the person's language. An import reads the JSON files into
an empty account, kind by kind in registration order, mapping the ids of the file to the
new rows, all in one transaction: it is stored whole or not at all.

A kind exports only rows owned by the person (through ``owned``); nothing of another
person's account is ever reachable from here.
"""

import csv
import io
import json
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from wagenmenner.access import owned

FORMAT = "wagenmenner-export"
VERSION = 1
MANIFEST = "manifest.json"
MAX_UNPACKED = 512 * 1024 * 1024  # a ZIP that would unpack to more is refused
CHUNK = 1000

ERROR_NOT_A_ZIP = _("This is not a Wagenmenner export: send the ZIP file as it was downloaded.")
ERROR_NOT_EMPTY = _("This account already holds data. An export can only be read into an "
                    "empty account (a new one).")
ERROR_TOO_BIG = _("This file unpacks to more than an export can hold.")
ERROR_ROW = _("%(file)s, entry %(n)s: %(problem)s")


class ImportError_(Exception):
    """The file cannot be read into this account; nothing was stored."""


@dataclass
class Kind:
    """The rows of ``model`` that are the person's, as one file of the export."""

    name: str
    title: object
    model: type[models.Model]
    fields: tuple[str, ...]
    order: int  # imports run in this order: a kind after the kinds it points at
    refs: dict[str, str] = field(default_factory=dict)  # "goal_id" -> "goals"
    owner_path: str = "owner"  # how a row leads to its person
    tabular: bool = True
    # A readable CSV of one's own (names instead of ids), or None for the plain columns.
    readable_csv: tuple[tuple[str, ...], Callable] | None = None
    # Rows that come with a new account (default horses): filled in, not added to.
    match_on: str | None = None
    # False for what belongs to this installation (links to its other accounts, its
    # access log): it goes out for the person to read, an import leaves it behind.
    imported: bool = True

    def queryset(self, user):
        if self.owner_path == "owner":
            return owned(self.model, user).order_by("pk")
        return self.model.objects.filter(**{self.owner_path: user}).order_by("pk")

    # --- out --------------------------------------------------------------------------
    def dump(self, user) -> Iterable[dict]:
        for obj in self.queryset(user).iterator(chunk_size=CHUNK):
            yield {"id": obj.pk, **{name: _plain(self._get(obj, name)) for name in self.fields}}

    def _get(self, obj, name):
        return getattr(obj, name)

    def is_empty(self, user) -> bool:
        if self.match_on:
            # The rows every new account has are filled in by an import, not added to.
            return not self.queryset(user).filter(**{self.match_on: ""}).exists()
        return not self.queryset(user).exists()

    # --- in ---------------------------------------------------------------------------
    def load(self, user, rows: list[dict], ids: dict[str, dict[int, int]]) -> None:
        mine = ids.setdefault(self.name, {})
        existing = ({getattr(o, self.match_on): o for o in self.queryset(user)
                     if getattr(o, self.match_on)} if self.match_on else {})
        new, matched = [], []
        for n, row in enumerate(rows, 1):
            values = self._values(row, ids, n)
            obj = existing.pop(values.get(self.match_on), None) if self.match_on else None
            if obj is None:
                obj = self.model(**values, **self._owner(user))
            else:
                for name, value in values.items():
                    setattr(obj, name, value)
            self._check(obj, n)
            (new if obj.pk is None else matched).append((row, obj))
        self.model.objects.bulk_create([obj for _row, obj in new], batch_size=CHUNK)
        for _row, obj in matched:
            obj.save()
        pairs = new + matched
        for row, obj in pairs:
            mine[row.get("id")] = obj.pk
        self._keep_times(pairs)

    def _owner(self, user) -> dict:
        return {"owner": user} if self.owner_path == "owner" else {}

    def _values(self, row: dict, ids, n) -> dict:
        values = {}
        for name in self.fields:
            if name not in row:
                continue
            value = row[name]
            if name in self.refs and value is not None:
                try:
                    value = ids[self.refs[name]][value]
                except KeyError:
                    raise ImportError_(ERROR_ROW % {"file": f"{self.name}.json", "n": n,
                                                    "problem": f"unknown {name} {value}"}) from None
            else:
                value = _parsed(self.model._meta.get_field(name.removesuffix("_id")
                                                            if name in self.refs else name), value)
            values[name] = value
        return values

    def _check(self, obj, n) -> None:
        try:
            obj.full_clean(validate_unique=False, validate_constraints=False)
        except ValidationError as exc:
            problem = "; ".join(f"{k}: {' '.join(str(m) for m in v)}"
                                for k, v in exc.message_dict.items())
            raise ImportError_(ERROR_ROW % {"file": f"{self.name}.json", "n": n,
                                            "problem": problem}) from None

    def _keep_times(self, pairs) -> None:
        """auto_now and auto_now_add set "now" on save; an import keeps the original."""
        auto = [f.name for f in self.model._meta.concrete_fields
                if (getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False))
                and f.name in self.fields]
        if not auto or not pairs:
            return
        for row, obj in pairs:
            for name in auto:
                if row.get(name) is not None:
                    setattr(obj, name, _parsed(self.model._meta.get_field(name), row[name]))
        self.model.objects.bulk_update([obj for _row, obj in pairs], auto, batch_size=CHUNK)


def _plain(value):
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def _parsed(model_field, value):
    if value is None:
        return None
    if isinstance(model_field, models.DateTimeField | models.DateField | models.TimeField):
        try:
            return model_field.to_python(value)
        except ValidationError:
            raise ImportError_(f"{model_field.name}: {value!r} is not a date or time") from None
    return value


REGISTRY: dict[str, Kind] = {}


def register(kind: Kind) -> Kind:
    """Add a kind to every export and import (called from the apps' portable.py)."""
    if kind.name in REGISTRY:
        raise ValueError(f"export kind {kind.name!r} registered twice")
    REGISTRY[kind.name] = kind
    ordered = sorted(REGISTRY.values(), key=lambda k: k.order)
    REGISTRY.clear()
    REGISTRY.update((k.name, k) for k in ordered)
    return kind


# --- The ZIP ------------------------------------------------------------------------------

class _Line:
    def write(self, value):
        return value


def _csv(kind: Kind, user) -> str:
    from checkins.exports import _csv_cell

    if kind.readable_csv:
        columns, rows = kind.readable_csv
        rows = rows(user)
    else:
        columns = ("id", *kind.fields)
        rows = kind.dump(user)
    writer = csv.writer(_Line())
    out = io.StringIO()
    out.write("\ufeff" + writer.writerow(columns))
    for row in rows:
        out.write(writer.writerow([_csv_cell(row.get(c)) for c in columns]))
    return out.getvalue()


def export_zip(user) -> bytes:
    """The person's whole export as ZIP bytes."""
    buffer = io.BytesIO()
    counts = {}
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for kind in REGISTRY.values():
            rows = list(kind.dump(user))
            counts[kind.name] = len(rows)
            zf.writestr(f"{kind.name}.json",
                        json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
            if kind.tabular:
                zf.writestr(f"{kind.name}.csv", _csv(kind, user))
        zf.writestr(MANIFEST, json.dumps({
            "format": FORMAT, "version": VERSION, "exported_at": timezone.now().isoformat(),
            "kinds": counts}, indent=1) + "\n")
        with translation.override(user.language):
            zf.writestr("README.txt", render_to_string("export_readme.txt", {
                "kinds": [(k, counts[k.name]) for k in REGISTRY.values()], "user": user,
                "now": timezone.localtime(timezone.now(), user.zone)}))
    return buffer.getvalue()


def export_filename() -> str:
    return f"wagenmenner-export-{timezone.localdate().isoformat()}.zip"


def account_is_empty(user) -> bool:
    return all(kind.is_empty(user) for kind in REGISTRY.values() if kind.imported)


def _read(data: bytes) -> dict[str, list]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        if sum(info.file_size for info in zf.infolist()) > MAX_UNPACKED:
            raise ImportError_(ERROR_TOO_BIG)
        manifest = json.loads(zf.read(MANIFEST))
        if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
            raise ImportError_(ERROR_NOT_A_ZIP)
        names = set(zf.namelist())
        files = {}
        for name in REGISTRY:
            if f"{name}.json" in names:
                rows = json.loads(zf.read(f"{name}.json"))
                if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
                    raise ImportError_(ERROR_NOT_A_ZIP)
                files[name] = rows
        return files
    except (zipfile.BadZipFile, KeyError, ValueError, EOFError):
        raise ImportError_(ERROR_NOT_A_ZIP) from None


def import_zip(user, data: bytes) -> dict[str, int]:
    """Read an export into ``user``'s empty account; all of it, or nothing."""
    files = _read(data)
    imported = [kind for kind in REGISTRY.values() if kind.imported]
    ids: dict[str, dict[int, int]] = {}
    with transaction.atomic():
        if not account_is_empty(user):
            raise ImportError_(ERROR_NOT_EMPTY)
        for kind in imported:
            kind.load(user, files.get(kind.name, []), ids)
    return {kind.name: len(files.get(kind.name, [])) for kind in imported}
