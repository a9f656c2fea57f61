"""Reads of the clinic's questionnaires, each scoped to who may see it: the clinician's own
questionnaires, a client's assignments, a link's assignments with their answers."""

import json

from django.db.models import FilteredRelation, Q
from django.http import Http404

from questionnaires import definition
from questionnaires.models import Assignment, ClinicQuestionnaire, QuestionnaireAnswers
from wagenmenner.access import owned, valid_id


def questionnaires_of(author):
    return ClinicQuestionnaire.objects.filter(author=author)


def _on_active_links(user):
    """The questionnaires the person's therapists gave them, on their links still active."""
    from sharing.models import Link

    return Assignment.objects.filter(link__in=owned(Link, user, Link.objects.active()))


def assigned_to(user):
    return _on_active_links(user).select_related("questionnaire", "link", "answers")


def open_to_fill(user) -> list[Assignment]:
    """What the person still has to answer, oldest given first: the offline copy keeps
    these pages (sw.js), and the "no connection" page links to them."""
    return list(_on_active_links(user).filter(answers__isnull=True)
                .select_related("questionnaire").only("pk", "assigned_at",
                                                      "questionnaire__title")
                .order_by("assigned_at", "id"))


def assignment_of_or_404(user, pk) -> Assignment:
    pk = valid_id(pk)
    found = assigned_to(user).filter(pk=pk).first() if pk else None
    if found is None:
        raise Http404
    return found


def assignments_of_link(link):
    return (Assignment.objects.filter(link=link)
            .select_related("questionnaire", "answers"))


def for_client_page(link, author, *, with_answers: bool) -> tuple[list[dict], list[tuple]]:
    """What a clinician's page of one client shows of questionnaires, in one query: the
    ones given on ``link``, newest first (with the answers when ``with_answers``), and
    the (pk, title) of every questionnaire of ``author``'s, to give one. A questionnaire
    is given only from its author's own (``assign``), and goes with its assignments.
    Titles only: a clinic's Questionnaire may be a megabyte of JSON (the answers carry
    their own copy, which ``answer_rows`` reads)."""
    given_on_link = FilteredRelation("assignments", condition=Q(assignments__link=link))
    columns = ["pk", "title", "given__pk", "given__assigned_at", "given__answers__authored_at"]
    if with_answers:
        columns += ["given__answers__questionnaire", "given__answers__answers"]
    given, titles = [], {}
    for row in (ClinicQuestionnaire.objects.filter(author=author)
                .annotate(given=given_on_link).values(*columns)):
        titles[row["pk"]] = row["title"]
        if row["given__pk"] is not None:
            given.append({
                "id": row["given__pk"], "title": row["title"],
                "assigned_at": row["given__assigned_at"],
                "answered_at": row["given__answers__authored_at"],
                "rows": (answer_rows(row["given__answers__questionnaire"],
                                     row["given__answers__answers"])
                         if with_answers and row["given__answers__authored_at"] else None)})
    given.sort(key=lambda g: (g["assigned_at"], g["id"]), reverse=True)
    return given, list(titles.items())


def own_answers(user):
    return owned(QuestionnaireAnswers, user)


def answer_rows(resource: dict, answers_json: str) -> list[dict]:
    """What was asked and answered, in the questionnaire's order: groups and display
    texts as headings, each question with its answer in words (None: not answered)."""
    parsed = definition.parse(resource)
    answers = json.loads(answers_json)
    rows = []
    for item in parsed.all_items():
        if not item.answered:
            if item.text:
                rows.append({"heading": True, "group": item.type == "group",
                             "text": item.text, "prefix": item.prefix})
            continue
        value = answers.get(item.link_id)
        if item.type == "choice" and value is not None:
            value = definition.option_label(item, value)
        rows.append({"heading": False, "text": item.text, "prefix": item.prefix,
                     "type": item.type, "answer": value, "link_id": item.link_id})
    return rows


def answers_json_ready(answers: QuestionnaireAnswers | None) -> dict | None:
    if answers is None:
        return None
    return {"id": answers.pk, "authored_at": answers.authored_at,
            "answers": json.loads(answers.answers)}
