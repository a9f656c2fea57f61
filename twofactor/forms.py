from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.forms import DeleteAccountForm


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"), max_length=40,
        help_text=_("The six digits your authenticator app shows now, or one of your recovery "
                    "codes."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autocapitalize": "none",
                                      "spellcheck": "false"}))


class AppCodeForm(forms.Form):
    code = forms.CharField(
        label=_("The code your app shows now"), max_length=12,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric",
                                      "pattern": "[0-9 ]*"}))


class PasswordForm(DeleteAccountForm):
    """The password again, before a change to the second factor."""
