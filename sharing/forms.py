from django import forms
from django.utils.translation import gettext_lazy as _

from sharing.kinds import KIND_INFO
from sharing.models import Role
from wagenmenner.forms import ERROR_EMAIL


class InviteForm(forms.Form):
    role = forms.ChoiceField(label=_("Invite as"), choices=Role.choices,
                             widget=forms.RadioSelect, initial=Role.PARTNER)
    display_name = forms.CharField(
        label=_("Your name, as they will see it"), max_length=80,
        help_text=_("So they know who invites them. You can change it later."))


class KindsForm(forms.Form):
    kinds = forms.MultipleChoiceField(
        label=_("What I share"), required=False, widget=forms.CheckboxSelectMultiple,
        choices=[(k, v.label) for k, v in KIND_INFO.items()],
        help_text=_("Nothing is shared until you tick it. Untick to take it back at once."))


class CodeForm(forms.Form):
    code = forms.CharField(label=_("Invitation code"), max_length=64,
                           widget=forms.TextInput(attrs={"autocomplete": "off",
                                                         "autocapitalize": "characters",
                                                         "spellcheck": "false"}))


class InvitationMailForm(forms.Form):
    email = forms.EmailField(label=_("Their e-mail address"), max_length=254,
                             error_messages={"invalid": ERROR_EMAIL})
    code = forms.CharField(widget=forms.HiddenInput, max_length=64)
