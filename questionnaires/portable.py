"""A person's answers to the clinic's questionnaires in the export
(wagenmenner/portability.py): the questionnaire as it was asked, and the answers."""

from django.utils.translation import gettext_lazy as _

from questionnaires.models import QuestionnaireAnswers
from wagenmenner.portability import Kind, register

register(Kind("questionnaire_answers", _("your answers to questionnaires from your "
                                         "therapist"), QuestionnaireAnswers,
              ("questionnaire_title", "questionnaire", "answers", "authored_at"), order=81,
              tabular=False))
