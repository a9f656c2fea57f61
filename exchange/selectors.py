"""Reads for the FHIR export: gather what one export may hold, in a fixed number of
queries, and hand it to the plain builders of ``exchange.fhir``.

What an export may hold is a ``Scope``. The person's own export holds everything; a
clinician's holds what the kinds the client shares with them allow (``exchange.services``
decides, with the access log). The mapping of kinds to resources:

| kind shared          | resources                                                          |
| -------------------- | ------------------------------------------------------------------ |
| (always)             | ``Patient`` (the name the client shows), ``Consent`` of this link |
| ``checkin_levels``   | ``Questionnaire`` (the check-in) and a ``QuestionnaireResponse``   |
|                      | per check-in: levels and conflict, never the note or substances    |
|                      | nor the dark-thoughts row (only the person's own export holds it)  |
| ``weekly_summary`` / | ``Observation`` (category survey) per scale per week, with         |
| ``insights``         | ``derivedFrom`` the week's check-ins when those are in the bundle  |
| ``safety_plan``      | ``CarePlan`` of the safety plan                                    |
| ``selfchecks``       | the clinic's ``Questionnaire``s assigned through this link and     |
|                      | their ``QuestionnaireResponse``s                                   |

Rides, escalations and agreements have no FHIR resource here: they stay in the app.
"""

import json
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from checkins.selectors import checkins_between
from exchange import fhir
from insights import days
from insights.periods import utc_bounds
from insights.report import to_json_ready
from insights.selectors import stored_days
from safety.models import SafetyPlan
from safety.plan import PARTS
from sharing.models import AccessEntry, Consent, Link
from wagenmenner.access import KINDS, owned


@dataclass(frozen=True)
class Scope:
    """What one export holds. ``link_ids`` limits the Consents (and the clinic's
    questionnaires) to these links; None means all of the person's active shares."""

    checkins: bool = False
    checkin_texts: bool = False
    # The optional dark-thoughts row (issue 11 point 10): no kind shares it, so only the
    # person's own export holds it.
    dark_thoughts: bool = False
    weekly: bool = False
    safety_plan: bool = False
    questionnaires: bool = False
    audit: bool = False
    link_ids: tuple[int, ...] | None = None
    kinds: tuple[str, ...] = field(default=())

    def is_empty(self) -> bool:
        return not (self.checkins or self.weekly or self.safety_plan or self.questionnaires)


def own_scope(*, audit: bool) -> Scope:
    return Scope(checkins=True, checkin_texts=True, dark_thoughts=True, weekly=True, safety_plan=True,
                 questionnaires=True, audit=audit)


def site() -> fhir.Site:
    return fhir.Site(base=settings.SITE_URL.rstrip("/"))


def _labels() -> dict:
    """The words of the export, in the language that is active."""
    return {
        "checkin": _("Check-in"),
        "alarm": _("Alarm"), "energy": _("Energy"), "drive": _("Drive"),
        "enjoyment": _("Enjoyment"), "boredom": _("Boredom"), "urge": _("Urge"),
        # As the check-in page asks it.
        "dark_thoughts": _("Thoughts of death or of not wanting to live"),
        "substance": _("Alcohol or drugs: what?"), "substance_amount": _("How much?"),
        "conflict": _("Conflict since the last check-in?"), "note": _("Note (optional)"),
        "n": _("number of check-ins"), "max": _("highest"), "min": _("lowest"),
        "amplitude": _("amplitude (highest minus lowest)"), "mean": _("mean"),
        "sd": _("standard deviation"),
        "mssd": _("MSSD (mean squared successive difference)"),
        "pac": _("PAC (share of changes of 3 or more)"),
        "safety_plan": _("Safety plan"),
    }


def _checkins(owner, start: date, end: date, *, texts: bool, dark: bool) -> list[dict]:
    fields = ["id", "recorded_at", *fhir.LEVELS, "conflict"]
    if texts:
        fields += list(fhir.CHECKIN_TEXTS)
    if dark:
        fields.append(fhir.DARK_THOUGHTS)
    zone = owner.zone
    rows = []
    for row in (checkins_between(owner, start, end).order_by("recorded_at", "id")
                .values(*fields).iterator(chunk_size=2000)):
        local = row["recorded_at"].astimezone(zone)
        row["recorded_at"] = local.isoformat()
        row["monday"] = (local.date() - timedelta(days=local.weekday())).isoformat()
        rows.append(row)
    return rows


def _weeks(owner, start: date, end: date) -> list[dict]:
    weeks = to_json_ready(days.weekly_summaries(stored_days(owner, start, end))[0])
    for week in weeks:
        monday = date.fromisoformat(week["start"])
        # The figures cover the days of the week inside the period.
        week["start"] = max(monday, start).isoformat()
        week["monday"] = monday.isoformat()
        week["end"] = min(monday + timedelta(days=6), end).isoformat()
    return weeks


def _kind_order(kind: str) -> int:
    return KINDS.index(kind) if kind in KINDS else len(KINDS)


def _consents(owner, link_ids) -> list[dict]:
    links = Link.objects.active().filter(owner=owner)
    if link_ids is not None:
        links = links.filter(pk__in=link_ids)
    open_kinds: dict[int, list] = {}
    rows = (Consent.objects.filter(link__in=links, revoked_at__isnull=True)
            .values_list("link_id", "kind", "granted_at"))
    # Kinds shared at one moment in the order the sharing page shows them.
    for link_id, kind, granted in sorted(rows, key=lambda r: (r[2], _kind_order(r[1]))):
        open_kinds.setdefault(link_id, []).append((kind, granted.isoformat()))
    return [{"link_key": link.pk, "reader_name": link.reader_name, "role": link.get_role_display(),
             "since": open_kinds[link.pk][0][1], "kinds": open_kinds[link.pk]}
            for link in links.order_by("pk") if link.pk in open_kinds]


def _audit(owner, start: date, end: date) -> list[dict]:
    lo, hi = utc_bounds(start, end, owner.zone)
    rows = (AccessEntry.objects.filter(subject=owner, at__gte=lo, at__lt=hi)
            .order_by("at", "id"))
    return [{"id": e.pk, "at": e.at.isoformat(), "actor_ref": e.actor_ref,
             "actor_name": e.actor_name, "actor_role": e.actor_role, "kind": e.kind,
             "action": e.action, "grounds": e.grounds, "address": e.address,
             "outcome": e.outcome} for e in rows.iterator(chunk_size=2000)]


def _clinic_questionnaires(where, person, owner, start: date, end: date, link_ids) -> list:
    """The clinic's questionnaires the person answered in the period (given through
    ``link_ids`` when set), each as it was asked, and the answers: one query."""
    from questionnaires import definition
    from questionnaires.models import QuestionnaireAnswers

    lo, hi = utc_bounds(start, end, owner.zone)
    rows = owned(QuestionnaireAnswers, owner).filter(authored_at__gte=lo, authored_at__lt=hi)
    if link_ids is not None:
        rows = rows.filter(assignment__link_id__in=link_ids)
    asked: dict = {}
    answered = []
    for row in rows.select_related("assignment").order_by("authored_at", "id"):
        key = (row.assignment.questionnaire_id if row.assignment is not None
               else f"answers-{row.pk}")
        parsed = definition.parse(row.questionnaire)
        if key not in asked:
            # As the app read it: a file that passed gives a valid Questionnaire.
            asked[key] = fhir.clinic_questionnaire(where, {
                "resourceType": "Questionnaire", "url": parsed.url or where.canonical(
                    f"clinic-{key}"), "version": parsed.version or "1", "status": "active",
                "title": parsed.title, "item": definition.fhir_items(parsed.items)}, key=key)
        items = definition.fhir_answer_items(parsed.items, json.loads(row.answers))
        answered.append(fhir.clinic_response(where, person, asked[key], key=row.pk, response={
            "resourceType": "QuestionnaireResponse", "status": "completed",
            "authored": row.authored_at.isoformat(), **({"item": items} if items else {})}))
    return [*asked.values(), *answered]


def fhir_bundle(owner, start: date, end: date, scope: Scope, *, now=None,
                bundle_id: str | None = None) -> dict:
    """The Bundle of ``owner``'s data on the local dates start..end that ``scope``
    allows: a fixed number of queries, whatever the history."""
    where = site()
    now = now or timezone.now()
    with translation.override(owner.language):
        labels = _labels()
        person = fhir.patient(where, key=owner.pk, name=owner.public_name,
                              language=owner.language)
        resources = [person]
        responses_by_week: dict[str, list] = {}
        if scope.checkins:
            rows = _checkins(owner, start, end, texts=scope.checkin_texts,
                             dark=scope.dark_thoughts)
            # The dark-thoughts row is asked only when it was answered in the period: the
            # export of a person who never turned it on does not mention it.
            questionnaire = fhir.checkin_questionnaire(
                where, title=labels["checkin"], texts=labels, language=owner.language,
                dark_thoughts=any(r.get(fhir.DARK_THOUGHTS) is not None for r in rows))
            resources.append(questionnaire)
            for row in rows:
                response = fhir.checkin_response(where, person, questionnaire, row)
                responses_by_week.setdefault(row["monday"], []).append(response)
                resources.append(response)
        if scope.weekly:
            resources += fhir.weekly_observations(where, person, _weeks(owner, start, end),
                                                  labels=labels, responses=responses_by_week)
        if scope.safety_plan:
            plan = owned(SafetyPlan, owner).first()
            if plan is not None and not plan.is_empty:
                resources.append(fhir.care_plan(
                    where, person, kind="safety-plan", key=plan.pk, title=labels["safety_plan"],
                    sections=[(str(part.title), getattr(plan, part.field)) for part in PARTS],
                    created=plan.created_at.isoformat(), updated=plan.updated_at.isoformat(),
                    category="Stanley & Brown"))
        if scope.questionnaires:
            resources += _clinic_questionnaires(where, person, owner, start, end, scope.link_ids)
        resources += [fhir.consent(where, person, **row) for row in _consents(owner, scope.link_ids)]
        if scope.audit:
            resources += [fhir.audit_event(where, person, e) for e in _audit(owner, start, end)]
    return fhir.bundle(resources, bundle_id=bundle_id or str(uuid.uuid4()),
                       timestamp=now.isoformat())


def bundle_filename(owner, start: date, end: date) -> str:
    """Says whose data it is and which period: a file in a download folder names itself."""
    name = "".join(ch if ch.isalnum() else "-" for ch in owner.public_name)[:40].strip("-")
    return f"wagenmenner-fhir-{name or owner.pk}-{start.isoformat()}-{end.isoformat()}.json"



def as_json(bundle: dict) -> str:
    return json.dumps(bundle, ensure_ascii=False, separators=(",", ":"))
