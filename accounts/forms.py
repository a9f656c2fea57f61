from django import forms
from django.conf import settings
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from therapist.forms import ClinicianSignupMixin
from wagenmenner.forms import ERROR_EMAIL

ERROR_EMAIL_TAKEN = _("An account with this e-mail address already exists. Log in instead.")
ERROR_CONSENT = _("Please read and accept the privacy notice to continue.")
ERROR_WRONG_PASSWORD = _("That password is not right.")


class SignupForm(ClinicianSignupMixin, forms.Form):
    field_order = ["email", "password", "language", "clinician", "registration", "consent"]
    email = forms.EmailField(label=_("E-mail address"), max_length=254,
                             error_messages={"invalid": ERROR_EMAIL},
                             widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    password = forms.CharField(
        label=_("Password"), strip=False, max_length=1024,
        help_text=_("At least 8 characters. A long sentence you can remember works well."),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))
    language = forms.ChoiceField(label=_("Language"), choices=User._meta.get_field("language").choices)
    consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree that Wagenmenner stores what I enter, "
                "encrypted, for me alone."),
        error_messages={"required": ERROR_CONSENT})

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        # With e-mail set up, a known address gets the same answer as a new one (the mail
        # tells its owner); without, the form can only say so (README, "Accounts").
        if not settings.EMAIL_CONFIGURED and User.objects.filter(email=email).exists():
            raise forms.ValidationError(ERROR_EMAIL_TAKEN)
        return email

    def clean(self):
        cleaned = super().clean()
        password = cleaned.get("password")
        if password:
            try:
                password_validation.validate_password(
                    password, User(email=cleaned.get("email", "")))
            except forms.ValidationError as exc:
                self.add_error("password", exc)
        return cleaned


class PreferencesForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["language", "time_zone"]


class DeleteAccountForm(forms.Form):
    password = forms.CharField(label=_("Your password, to confirm"), strip=False,
                               widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}))

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(ERROR_WRONG_PASSWORD)
        return password


class PasswordConfirmForm(DeleteAccountForm):
    """Asks for the password before something that matters (new recovery codes)."""


class RecoveryForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"), max_length=254,
                             error_messages={"invalid": ERROR_EMAIL},
                             widget=forms.EmailInput(attrs={"autocomplete": "username"}))
    code = forms.CharField(label=_("One of your recovery codes"), max_length=40,
                           widget=forms.TextInput(attrs={"autocomplete": "one-time-code",
                                                         "autocapitalize": "none"}))
    new_password = forms.CharField(
        label=_("New password"), strip=False, max_length=1024,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))

    def clean(self):
        cleaned = super().clean()
        password = cleaned.get("new_password")
        if password:
            try:
                password_validation.validate_password(
                    password, User(email=cleaned.get("email", "")))
            except forms.ValidationError as exc:
                self.add_error("new_password", exc)
        return cleaned


class TokenForm(forms.Form):
    name = forms.CharField(label=_("Name of the new token"), max_length=80,
                           help_text=_("Where you will use it, for example: my diary app."))
