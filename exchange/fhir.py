"""A person's data as FHIR R4 resources in one Bundle (METHOD 4.8, 4.11; issue 10).

Plain functions: they take plain values (numbers, strings, ISO dates, already translated
labels) and return JSON-ready dicts, with no Django in them, so the shape can be pinned by
a golden file and checked against the FHIR models without a database.

Every resource in a bundle has a stable id made from the deployment's address and the
row it comes from (a version 5 UUID): exporting the same period twice gives the same ids,
so a clinic's system can tell a new resource from one it has already read. References
point at ``urn:uuid:<id>``, the bundle entry's ``fullUrl``.

Nothing here decides who may see what: the caller passes only what the export may hold
(``exchange.selectors``).
"""

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

FHIR_VERSION = "4.0.1"
# A fixed namespace for the ids of this app's resources; the deployment's address goes
# into the name, so two deployments never make the same id.
NAMESPACE = uuid.UUID("6d0f2a4e-6b1c-5e7a-9a51-0c7f3b2d9e11")

CATEGORY_SURVEY = {"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                   "code": "survey", "display": "Survey"}
UCUM = "http://unitsofmeasure.org"
CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality"
ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason"

# The check-in (METHOD 4.3): the levels 0-10, then the rest.
LEVELS = ("alarm", "energy", "drive", "enjoyment", "boredom", "urge")
CHECKIN_TEXTS = ("substance", "substance_amount", "note")
# Thoughts of death or of not wanting to live (issue 11 point 10): optional, 0-10, only in
# the person's own export (no kind shares it, so a clinician's bundle never asks it).
DARK_THOUGHTS = "dark_thoughts"
# The weekly figures of peaks and valleys (METHOD 4.4), in this order in each Observation.
WEEK_SCALES = ("alarm", "energy", "drive")
WEEK_FIGURES = ("n", "max", "min", "amplitude", "mean", "sd", "mssd", "pac")
# Units of the figures: levels and their spread in points of the 0-10 scale, MSSD in
# squared points, PAC a share from 0 to 1.
FIGURE_UNITS = {"max": "{score}", "min": "{score}", "amplitude": "{score}",
                "mean": "{score}", "sd": "{score}", "mssd": "{score}2", "pac": "1"}

AUDIT_ACTIONS = {"read": "R", "print": "R", "export": "R", "create": "C", "update": "U",
                 "delete": "D"}


@dataclass(frozen=True)
class Site:
    """Where ids, identifiers and code systems of one deployment live."""

    base: str  # e.g. https://wagenmenner.example.org (no trailing slash)

    def id_for(self, kind: str, key) -> str:
        return str(uuid.uuid5(NAMESPACE, f"{self.base}|{kind}|{key}"))

    def identifier(self, kind: str, key) -> dict:
        return {"system": f"{self.base}/fhir/id/{kind}", "value": str(key)}

    def code_system(self, name: str) -> str:
        return f"{self.base}/fhir/CodeSystem/{name}"

    def canonical(self, name: str) -> str:
        return f"{self.base}/fhir/Questionnaire/{name}"


def ref(resource: Mapping) -> dict:
    return {"reference": f"urn:uuid:{resource['id']}"}


def _drop_empty(data: dict) -> dict:
    """FHIR allows no empty strings, lists or objects: leave such elements out."""
    return {k: v for k, v in data.items() if v not in ("", None, [], {})}


# --- The person -------------------------------------------------------------------------


def patient(site: Site, *, key, name: str, language: str) -> dict:
    """The person, as the export names them: the name they chose to show, nothing more."""
    return _drop_empty({
        "resourceType": "Patient",
        "id": site.id_for("person", key),
        "identifier": [site.identifier("person", key)],
        "name": [{"text": name}] if name else [],
        "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47",
                                                    "code": language}]},
                           "preferred": True}] if language else [],
    })


# --- Check-ins --------------------------------------------------------------------------


def _level_item(name: str, text: str, *, required: bool) -> dict:
    return {"linkId": name, "text": text, "type": "integer", "required": required,
            "extension": [
                {"url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueInteger": 0},
                {"url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueInteger": 10}]}


def checkin_questionnaire(site: Site, *, title: str, texts: Mapping[str, str],
                          language: str, dark_thoughts: bool = False) -> dict:
    """The check-in as a Questionnaire, so each response can say what was asked.
    ``dark_thoughts``: ask the optional dark-thoughts row too (the person's own export,
    when they answered it in the period)."""
    items = [_level_item(name, texts[name], required=True) for name in LEVELS]
    if dark_thoughts:
        items.append(_level_item(DARK_THOUGHTS, texts[DARK_THOUGHTS], required=False))
    items += [{"linkId": "substance", "text": texts["substance"], "type": "string"},
              {"linkId": "substance_amount", "text": texts["substance_amount"], "type": "string"},
              {"linkId": "conflict", "text": texts["conflict"], "type": "boolean"},
              {"linkId": "note", "text": texts["note"], "type": "text"}]
    return {
        "resourceType": "Questionnaire",
        "id": site.id_for("questionnaire", "checkin"),
        "url": site.canonical("checkin"),
        "version": "1",
        "name": "WagenmennerCheckIn",
        "title": title,
        "status": "active",
        "language": language,
        "subjectType": ["Patient"],
        "item": items,
    }


def checkin_response(site: Site, person: Mapping, questionnaire: Mapping,
                     checkin: Mapping) -> dict:
    """One check-in. ``checkin`` holds ``id``, ``recorded_at`` (ISO, with its offset), the
    levels, and only those of ``conflict`` and the texts that this export may hold."""
    items = [{"linkId": name, "answer": [{"valueInteger": int(checkin[name])}]}
             for name in LEVELS if checkin.get(name) is not None]
    if checkin.get(DARK_THOUGHTS) is not None and any(
            i["linkId"] == DARK_THOUGHTS for i in questionnaire["item"]):
        # Only when the export asks it: a response never answers what was not asked.
        items.append({"linkId": DARK_THOUGHTS,
                      "answer": [{"valueInteger": int(checkin[DARK_THOUGHTS])}]})
    if checkin.get("conflict") is not None:
        items.append({"linkId": "conflict", "answer": [{"valueBoolean": bool(checkin["conflict"])}]})
    items += [{"linkId": name, "answer": [{"valueString": checkin[name]}]}
              for name in CHECKIN_TEXTS if checkin.get(name)]
    return {
        "resourceType": "QuestionnaireResponse",
        "id": site.id_for("checkin", checkin["id"]),
        "identifier": site.identifier("checkin", checkin["id"]),
        "questionnaire": f"{questionnaire['url']}|{questionnaire['version']}",
        "status": "completed",
        "subject": ref(person),
        "authored": checkin["recorded_at"],
        "author": ref(person),
        "item": items,
    }


# --- Weekly figures ---------------------------------------------------------------------


def _figure(site: Site, name: str, label: str, value) -> dict:
    component = {"code": {"coding": [{"system": site.code_system("week-figure"), "code": name,
                                      "display": label}], "text": label}}
    if value is None:
        # Too few check-ins for this figure (MSSD and PAC need two): missing, never 0.
        component["dataAbsentReason"] = {"coding": [{"system": ABSENT, "code": "not-applicable"}]}
    elif name == "n":
        component["valueInteger"] = int(value)
    else:
        component["valueQuantity"] = {"value": value, "unit": FIGURE_UNITS[name],
                                      "system": UCUM, "code": FIGURE_UNITS[name]}
    return component


def weekly_observations(site: Site, person: Mapping, weeks: Iterable[Mapping], *,
                        labels: Mapping[str, str],
                        responses: Mapping[str, Sequence[Mapping]] | None = None) -> list[dict]:
    """One Observation per scale per week with check-ins: its figures as components, each
    with the number of check-ins it rests on (``n``). ``weeks`` are insights' weekly
    summaries with ``monday`` and the ``start`` and ``end`` of the days they cover (ISO
    dates); ``responses`` the check-in responses of this bundle per Monday, for
    ``derivedFrom``."""
    out = []
    for week in weeks:
        for scale in WEEK_SCALES:
            figures = week[scale]
            if not figures.get("n"):
                continue
            monday = str(week["monday"])
            key = f"{monday}|{scale}"
            sources = (responses or {}).get(monday, ())
            out.append(_drop_empty({
                "resourceType": "Observation",
                "id": site.id_for("week-figures", key),
                "identifier": [site.identifier("week-figures", key)],
                "status": "final",
                "category": [{"coding": [CATEGORY_SURVEY]}],
                "code": {"coding": [{"system": site.code_system("week-figures"), "code": scale,
                                     "display": labels[scale]}],
                         "text": f"{labels[scale]}, {week['week']}"},
                "subject": ref(person),
                "effectivePeriod": {"start": str(week["start"]), "end": str(week["end"])},
                "component": [_figure(site, name, labels[name], figures.get(name))
                              for name in WEEK_FIGURES],
                "derivedFrom": [ref(r) for r in sources],
            }))
    return out


# --- Plans ------------------------------------------------------------------------------


def care_plan(site: Site, person: Mapping, *, kind: str, key, title: str,
              sections: Sequence[tuple[str, str]], created: str, updated: str | None = None,
              category: str = "") -> dict:
    """A plan the person wrote (the safety plan, the warning plan) as a CarePlan: one
    activity per part, its title as the code's text and what was written as description.
    Whether a step was taken is not something the app knows: status ``unknown``."""
    activities = [{"detail": {"code": {"text": heading}, "status": "unknown",
                              "description": text}}
                  for heading, text in sections if (text or "").strip()]
    return _drop_empty({
        "resourceType": "CarePlan",
        "id": site.id_for(kind, key),
        "meta": {"lastUpdated": updated} if updated else None,
        "identifier": [site.identifier(kind, key)],
        "status": "active",
        "intent": "plan",
        "category": [{"coding": [{"system": site.code_system("plan"), "code": kind}],
                      "text": category or title}],
        "title": title,
        "subject": ref(person),
        "created": created,
        "author": ref(person),
        "activity": activities,
    })


# --- Consent ----------------------------------------------------------------------------


def consent(site: Site, person: Mapping, *, link_key, reader_name: str, role: str,
            since: str, kinds: Sequence[tuple[str, str]]) -> dict:
    """One active share: the person lets ``reader_name`` (in ``role``) see these kinds,
    each since its own moment (``kinds``: (kind, ISO moment))."""
    return {
        "resourceType": "Consent",
        "id": site.id_for("consent", link_key),
        "identifier": [site.identifier("link", link_key)],
        "status": "active",
        "scope": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/consentscope",
                              "code": "patient-privacy", "display": "Privacy Consent"}]},
        "category": [{"coding": [{"system": "http://loinc.org", "code": "59284-0",
                                  "display": "Patient Consent"}]}],
        "patient": ref(person),
        "dateTime": since,
        "performer": [ref(person)],
        "policyRule": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                                   "code": "OPTIN", "display": "opt-in"}]},
        "provision": {
            "type": "permit",
            "period": {"start": since},
            "actor": [{"role": {"coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                "code": "IRCP", "display": "information recipient"}], "text": role},
                "reference": {"display": reader_name or role}}],
            "action": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/consentaction",
                                    "code": "access"}]}],
            "provision": [{"type": "permit", "period": {"start": granted},
                           "code": [{"coding": [{"system": site.code_system("shared-kind"),
                                                 "code": kind}]}]}
                          for kind, granted in kinds],
        },
    }


# --- The access log ---------------------------------------------------------------------


def audit_event(site: Site, person: Mapping, entry: Mapping) -> dict:
    """One access-log entry (NEN 7513) as an AuditEvent: who (name, role, address), did
    what, to which kind of the person's data, when, on what grounds, with what outcome."""
    agent = _drop_empty({
        "type": {"text": entry["actor_role"]},
        "who": _drop_empty({"identifier": site.identifier("person", entry["actor_ref"]),
                            "display": entry.get("actor_name") or ""}),
        "requestor": True,
        "network": {"address": entry["address"], "type": "2"} if entry.get("address") else None,
    })
    return {
        "resourceType": "AuditEvent",
        "id": site.id_for("access", entry["id"]),
        "type": {"system": "http://dicom.nema.org/resources/ontology/DCM", "code": "110110",
                 "display": "Patient Record"},
        "subtype": [{"system": site.code_system("access-action"), "code": entry["action"]}],
        "action": AUDIT_ACTIONS.get(entry["action"], "E"),
        "recorded": entry["at"],
        "outcome": "0" if entry["outcome"] == "granted" else "4",
        "outcomeDesc": entry["grounds"],
        "agent": [agent],
        "source": {"observer": {"display": "Wagenmenner"}},
        "entity": [{"what": ref(person),
                    "type": {"system": "http://terminology.hl7.org/CodeSystem/audit-entity-type",
                             "code": "1", "display": "Person"},
                    "description": entry["kind"]}],
    }


# --- Questionnaires from the clinic -------------------------------------------------------


def clinic_questionnaire(site: Site, resource: Mapping, *, key) -> dict:
    """A questionnaire a clinic uploaded, as it was uploaded, under this bundle's id."""
    return {**resource, "id": site.id_for("clinic-questionnaire", key)}


def clinic_response(site: Site, person: Mapping, questionnaire: Mapping, *, key,
                    response: Mapping) -> dict:
    """A stored answer to a clinic questionnaire (already a QuestionnaireResponse)."""
    canonical = questionnaire.get("url") or f"urn:uuid:{questionnaire['id']}"
    if questionnaire.get("url") and questionnaire.get("version"):
        canonical = f"{canonical}|{questionnaire['version']}"
    return {**response, "id": site.id_for("clinic-response", key),
            "identifier": site.identifier("clinic-response", key),
            "questionnaire": canonical, "subject": ref(person), "author": ref(person)}


# --- The bundle -------------------------------------------------------------------------


def bundle(resources: Iterable[Mapping], *, bundle_id: str, timestamp: str) -> dict:
    """A ``collection`` of the resources, marked restricted: it holds health data of one
    person and is meant for that person's own file only."""
    return {
        "resourceType": "Bundle",
        "id": bundle_id,
        "meta": {"security": [{"system": CONFIDENTIALITY, "code": "R", "display": "restricted"}]},
        "identifier": {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{bundle_id}"},
        "type": "collection",
        "timestamp": timestamp,
        "entry": [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r} for r in resources],
    }
