"""Writes of the clinic's questionnaires: upload, assign, answer."""

import json
import uuid

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from questionnaires import definition
from questionnaires.models import Assignment, ClinicQuestionnaire, QuestionnaireAnswers

ERROR_NOT_SHARED = _("This client does not share self-checks with you. A questionnaire can "
                     "be given only to a client who shares self-checks: its answers are "
                     "shown under that consent.")
ERROR_ANSWERED = _("This questionnaire has been answered already.")
ERROR_JSON = _("This is not JSON: save the Questionnaire from your clinic's system as a "
               ".json file and upload that.")


def read_upload(raw: bytes) -> dict:
    """The uploaded file as JSON, or Invalid (too large, not JSON, too deeply nested)."""
    if len(raw) > definition.MAX_BYTES:
        raise definition.Invalid(str(_("The file is larger than 1 MB.")), "")
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        raise definition.Invalid(str(ERROR_JSON), "") from None


def questionnaire_upload(*, author, data) -> ClinicQuestionnaire:
    parsed = definition.parse(data)  # Invalid with the path of the first problem
    return ClinicQuestionnaire.objects.create(author=author, title=parsed.title,
                                              resource=data)


def questionnaire_assign(*, link, questionnaire: ClinicQuestionnaire, shares: bool) -> Assignment:
    """Give ``questionnaire`` (the link's clinician's own) to the client of ``link``, who
    must share self-checks (``shares``, decided by the caller through the access rules)."""
    if not shares:
        raise ValidationError(str(ERROR_NOT_SHARED))
    return Assignment.objects.create(link=link, questionnaire=questionnaire)


def answers_save(*, owner, assignment: Assignment, raw: dict, key: uuid.UUID | None = None,
                 authored_at=None) -> tuple[QuestionnaireAnswers, bool]:
    """Store the client's answers once: a second send with the same key returns the
    stored answers (False). ``authored_at``: when they were given, if not now (answers
    kept on the phone offline). Invalid names the question of the first problem."""
    if key is not None:
        stored = QuestionnaireAnswers.objects.filter(owner=owner, key=key).first()
        if stored is not None:
            return stored, False
    questionnaire = assignment.questionnaire
    clean = definition.clean_answers(definition.parse(questionnaire.resource), raw)
    try:
        with transaction.atomic():
            answers = QuestionnaireAnswers.objects.create(
                owner=owner, assignment=assignment, questionnaire_title=questionnaire.title,
                questionnaire=questionnaire.resource, answers=json.dumps(clean),
                **({"key": key} if key is not None else {}),
                **({"authored_at": authored_at} if authored_at is not None else {}))
    except IntegrityError:
        # Answered already (the one-to-one), or the same key at the same moment.
        stored = (QuestionnaireAnswers.objects.filter(owner=owner, key=key).first()
                  if key is not None else None)
        if stored is not None:
            return stored, False
        raise ValidationError(str(ERROR_ANSWERED)) from None
    return answers, True


def answer_texts(answers: QuestionnaireAnswers) -> list[str]:
    """The free text in the answers, for the crisis check after saving."""
    given = json.loads(answers.answers)
    return [given[i.link_id] for i in definition.parse(answers.questionnaire).questions()
            if i.type in ("string", "text") and i.link_id in given]
