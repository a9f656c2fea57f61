"""Checks every bundle the tests make against the FHIR models (fhir.resources, R4B models,
which validate R4 shapes: unknown elements, missing required ones and wrong types fail)."""

from fhir.resources.R4B.bundle import Bundle


def assert_valid_bundle(bundle: dict) -> None:
    Bundle.model_validate(bundle)
    assert bundle["type"] == "collection"
    ids = [e["resource"]["id"] for e in bundle["entry"]]
    assert len(ids) == len(set(ids)), "two resources with one id"
    # Every reference inside the bundle points at an entry of the bundle.
    known = {e["fullUrl"] for e in bundle["entry"]}
    for reference in _references(bundle["entry"]):
        assert reference in known, reference


def _references(value):
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "reference" and isinstance(inner, str):
                yield inner
            else:
                yield from _references(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _references(inner)


def resources(bundle: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]
