"""List, create, read, update and delete for the simple owned objects."""

from django.core.exceptions import ValidationError
from django.db import models, transaction
from ninja import PatchDict, Router, Status

from api.schemas import Error
from charioteer.models import Echo, Goal, Horse
from people.models import Person
from safety.alerts import texts_speak_of_crisis
from wagenmenner.access import get_owned_or_404, owned

# Which *_id fields refer to which owned model.
REFERENCES = {"goal_id": Goal, "horse_id": Horse, "person_id": Person, "echo_id": Echo}


def check_references(user, data: dict) -> None:
    """Refuse ids of objects that are not the person's own, with the same words as missing ones."""
    errors = {}
    for name, value in data.items():
        model = REFERENCES.get(name)
        if model is not None and value is not None and not owned(model, user).filter(pk=value).exists():
            errors[name] = [f"Unknown {model._meta.model_name} id {value}."]
    if errors:
        raise ValidationError(errors)


# One crisis check for pages and API alike.
crisis_flag = texts_speak_of_crisis


def apply_patch(obj, data: dict) -> None:
    """Set the given fields; ``null`` empties a text field that may be blank (a text
    column holds "" for nothing) and is refused by full_clean() where text is required."""
    for name, value in data.items():
        field = obj._meta.get_field(name.removesuffix("_id") if name.endswith("_id") else name)
        if value is None and not field.null and isinstance(field, models.CharField
                                                             | models.TextField):
            value = ""
        setattr(obj, name, value)


def _pop_many(user, data: dict, many: dict) -> dict:
    """Take the many-to-many ids out of ``data``, each checked against what the person may
    choose (``many[name](user)``): other ids are refused with the words of missing ones."""
    chosen, errors = {}, {}
    for name, choosable in many.items():
        if name not in data:
            continue
        ids = sorted(set(data.pop(name) or []))
        known = set(choosable(user).filter(pk__in=ids).values_list("pk", flat=True))
        if unknown := [i for i in ids if i not in known]:
            errors[name] = [f"Unknown id(s) {', '.join(map(str, unknown))}."]
        chosen[name] = ids
    if errors:
        raise ValidationError(errors)
    return chosen


VERBS = ("list", "create", "read", "update", "delete")


def register(router: Router, *, model, schema_in, schema_out, free_text=(), many=None,
             prepare=None, summaries=None, published_as=None, with_list=True):
    """``many``: many-to-many fields the person sets by id, each with a function giving
    the rows that person may choose from. ``prepare(user, data, new=)`` adjusts the input
    after its ids were checked (a default moment, local time made aware). ``summaries``
    replaces the default summary per verb; ``published_as`` ``(module, name)`` keeps the
    operation ids of routes first published elsewhere (``<module>_<name>_<verb>``).
    ``with_list=False`` leaves the list out, for a router that filters its own."""
    name = model._meta.verbose_name
    many = many or {}
    summary = {"list": f"List {name}s", "create": f"Create a {name}", "read": f"Read a {name}",
               "update": f"Update a {name}", "delete": f"Delete a {name}", **(summaries or {})}
    module, prefix = published_as or (__name__, model._meta.model_name)

    def _prepare(user, data, new):
        check_references(user, data)
        if prepare is not None:
            prepare(user, data, new=new)

    def _get(request, pk):
        return get_owned_or_404(model, request.user, pk,
                                model.objects.prefetch_related(*many))

    def _save(obj, chosen):
        with transaction.atomic():
            obj.save()
            for field, ids in chosen.items():
                getattr(obj, field).set(ids)

    def _out(obj, user):
        out = schema_out.from_orm(obj)
        if "crisis_detected" in schema_out.model_fields:
            out.crisis_detected = crisis_flag(*(getattr(obj, f) for f in free_text), user=user)
        return out

    def list_(request):
        return list(owned(model, request.user).prefetch_related(*many))

    if with_list:
        router.get("", response=list[schema_out], summary=summary["list"])(list_)

    @router.post("", response={201: schema_out, 422: Error}, summary=summary["create"])
    def create(request, payload: schema_in):
        data = payload.dict()
        _prepare(request.user, data, new=True)
        chosen = _pop_many(request.user, data, many)
        obj = model(owner=request.user, **data)
        obj.full_clean()
        _save(obj, chosen)
        return Status(201, _out(obj, request.user))

    @router.get("/{int:pk}", response={200: schema_out, 404: Error}, summary=summary["read"])
    def read(request, pk: int):
        return _get(request, pk)

    @router.patch("/{int:pk}", response={200: schema_out, 404: Error, 422: Error},
                  summary=summary["update"])
    def update(request, pk: int, payload: PatchDict[schema_in]):
        obj = _get(request, pk)
        _prepare(request.user, payload, new=False)
        chosen = _pop_many(request.user, payload, many)
        apply_patch(obj, payload)
        obj.full_clean()
        _save(obj, chosen)
        return _out(obj, request.user)

    @router.delete("/{int:pk}", response={204: None, 404: Error}, summary=summary["delete"])
    def delete(request, pk: int):
        obj = _get(request, pk)
        with transaction.atomic():
            obj.delete()
        return Status(204, None)

    for fn, verb in zip((list_, create, read, update, delete), VERBS, strict=True):
        fn.__module__, fn.__name__ = module, f"{prefix}_{verb}"
    return router
