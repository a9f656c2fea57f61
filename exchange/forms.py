from django import forms
from django.utils.translation import gettext_lazy as _

from insights.forms import PeriodForm


class ExportForm(PeriodForm):
    audit = forms.BooleanField(
        label=_("Also who saw what (the access log of this period)"), required=False)
