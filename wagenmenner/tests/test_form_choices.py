"""Every model choice field of the app reads its choices with one plain query
(``wagenmenner.forms.ListedChoices``). Django's own iterator reads them with
``queryset.iterator()``, a server-side cursor on PostgreSQL: three round trips
(DECLARE, FETCH, CLOSE) for a handful of a person's rows."""

import importlib
from pathlib import Path

import pytest
from django import forms
from django.apps import apps
from django.conf import settings
from django.db import connections

from charioteer.models import Echo, Horse
from people.models import Person
from tests.factories import make_charioteer
from wagenmenner.forms import ListedChoices, OwnedModelForm


def _project_forms():
    for config in apps.get_app_configs():
        if not Path(config.path).is_relative_to(settings.BASE_DIR):
            continue
        try:
            importlib.import_module(f"{config.name}.forms")
        except ModuleNotFoundError as error:
            if error.name != f"{config.name}.forms":
                raise
    seen, todo = set(), [forms.BaseForm]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            if sub not in seen:
                seen.add(sub)
                todo.append(sub)
    roots = {config.name for config in apps.get_app_configs()
             if Path(config.path).is_relative_to(settings.BASE_DIR)}
    return [cls for cls in seen if cls.__module__.split(".")[0] in roots
            and ".tests" not in cls.__module__]


def test_every_model_choice_field_of_the_app_reads_its_choices_in_one_plain_query():
    found, plain = [], []
    for form in _project_forms():
        owned = getattr(form, "owned_fields", {}) if issubclass(form, OwnedModelForm) else {}
        for name, field in form.base_fields.items():
            if isinstance(field, forms.ModelChoiceField):
                found.append(f"{form.__name__}.{name}")
                if not (issubclass(field.iterator, ListedChoices) or name in owned):
                    plain.append(f"{form.__module__}.{form.__name__}.{name}")
    assert "HistoryFilterForm.person" in found and "RuleStepForm.rules" in found
    assert plain == []


@pytest.fixture
def chunked_cursors(monkeypatch):
    """Counts the cursors Django opens for ``QuerySet.iterator()`` (server-side ones on
    PostgreSQL), on either database."""
    opened = []
    wrapper = type(connections["default"])
    original = wrapper.chunked_cursor

    def counting(self):
        opened.append(1)
        return original(self)

    monkeypatch.setattr(wrapper, "chunked_cursor", counting)
    return opened


def test_the_ride_history_filter_offers_only_the_persons_own_without_a_cursor(
        client_person, person, stranger, chunked_cursors, django_assert_num_queries):
    world = make_charioteer(person)
    theirs = make_charioteer(stranger)
    with django_assert_num_queries(9):
        page = client_person.get("/ritten/")
    assert chunked_cursors == []
    choices = {name: {value.value for value, _ in page.context["filters"].fields[name].choices
                      if value != ""} for name in ("person", "horse", "echo")}
    assert choices == {
        "person": set(Person.objects.filter(owner=person).values_list("pk", flat=True)),
        "horse": set(Horse.objects.filter(owner=person).values_list("pk", flat=True)),
        "echo": set(Echo.objects.filter(owner=person).values_list("pk", flat=True))}
    assert all(world[name].pk in choices[name] for name in choices)
    assert all(theirs[name].pk not in choices[name] for name in choices)
    # Another person's row is refused, as before.
    refused = client_person.get("/ritten/", {"person": theirs["person"].pk})
    assert refused.context["filters"].errors["person"]
    # ... and the page says so next to the field, in the person's language.
    html = refused.content.decode()
    assert 'id="id_person_error"' in html and "geldige keuze" in html


def test_the_ride_steps_open_no_cursor_for_their_choices(client_person, person,
                                                          chunked_cursors):
    ride = make_charioteer(person)["ride"]
    for step in range(1, 7):
        assert client_person.get(f"/rit/{ride.pk}/stap/{step}/").status_code == 200
    assert client_person.get("/teugels/").status_code == 200
    assert chunked_cursors == []
