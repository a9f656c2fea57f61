from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

from accounts import recovery, services, throttle
from accounts.backends import PATH as USER_BACKEND
from accounts.forms import (
    DeleteAccountForm,
    PasswordConfirmForm,
    PreferencesForm,
    RecoveryForm,
    SignupForm,
    TokenForm,
)
from accounts.models import ApiToken
from accounts.services import account_create, account_delete, account_preferences_save
from therapist.services import clinician_register
from wagenmenner import portability
from wagenmenner.owned_views import safe_next


def signup(request):
    if request.user.is_authenticated:
        return redirect("home")
    form = SignupForm(request.POST or None,
                      initial={"language": getattr(request, "LANGUAGE_CODE", "nl")})
    if request.method == "POST" and form.is_valid():
        if not throttle.hit(request, "signup", settings.SIGNUPS_PER_HOUR, timedelta(hours=1)):
            form.add_error(None, _("Many accounts were made from here in the last hour. "
                                   "Please try again later."))
            return render(request, "accounts/signup.html", {"form": form}, status=429)
        data = form.cleaned_data
        if settings.EMAIL_CONFIGURED:
            # The same answer whether the address is new or known: only its owner learns
            # which, from the mail.
            user = services.signup_by_email(request, email=data["email"],
                                             password=data["password"], language=data["language"])
            if user is not None and data["clinician"]:
                clinician_register(user=user, registration=data["registration"])
            return render(request, "accounts/signup_check_email.html", {"email": data["email"]})
        user = account_create(email=data["email"], password=data["password"],
                              language=data["language"])
        if data["clinician"]:
            clinician_register(user=user, registration=data["registration"])
        login(request, user, backend=USER_BACKEND)
        # Someone who signs up to accept an invitation goes back to it afterwards, not to the
        # setup of a charioteer they may never need; a care professional sets up the second
        # factor first, which client data needs.
        first = "twofactor:settings" if data["clinician"] else "charioteer:setup"
        return _show_codes(request, user, first=True, next_url=safe_next(request, reverse(first)))
    return render(request, "accounts/signup.html", {"form": form})


def signup_confirm(request, uidb64, token):
    """The link in the sign-up mail. A GET only shows a button: mail scanners that open
    links must not confirm anything."""
    user = services.user_from_link(uidb64, token)
    if user is None or user.is_active:
        return render(request, "accounts/link_invalid.html", status=400)
    if request.method == "POST":
        services.account_activate(user=user)
        login(request, user, backend=USER_BACKEND)
        return _show_codes(request, user, first=True)
    return render(request, "accounts/signup_confirm.html")


def _show_codes(request, user, first=False, next_url=None):
    """The recovery codes, shown once, never stored in clear (and not in the session)."""
    codes = recovery.codes_new(user=user)
    response = render(request, "accounts/recovery_codes.html", {
        "codes": codes, "first": first, "next_url": next_url or reverse("charioteer:setup")})
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_POST
def recovery_codes_renew(request):
    form = PasswordConfirmForm(request.user, request.POST)
    if not form.is_valid():
        messages.error(request, _("That password is not right; your codes are unchanged."))
        return redirect("accounts:settings")
    return _show_codes(request, request.user)


def recover(request):
    """Back in with a recovery code: choose a new password, one code used up."""
    form = RecoveryForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not throttle.hit(request, "recover", 10, timedelta(hours=1)):
            form.add_error(None, _("Too many tries from here. Please try again in an hour."))
            return render(request, "accounts/recover.html", {"form": form}, status=429)
        user = services.account_recover(email=form.cleaned_data["email"],
                                        code=form.cleaned_data["code"],
                                        password=form.cleaned_data["new_password"])
        if user is None:
            form.add_error(None, _("This address and code do not fit together, or the code "
                                   "was used before."))
        else:
            login(request, user, backend=USER_BACKEND)
            left = recovery.codes_left(user)
            messages.success(request, ngettext(
                "Your new password is set. You have %(n)d recovery code left.",
                "Your new password is set. You have %(n)d recovery codes left.", left)
                % {"n": left})
            return redirect("accounts:settings")
    return render(request, "accounts/recover.html", {"form": form})


def _email_only(view):
    """Password reset by e-mail exists only where e-mail is set up."""
    def wrapped(request, *args, **kwargs):
        if not settings.EMAIL_CONFIGURED:
            raise Http404
        return view(request, *args, **kwargs)
    return wrapped


password_reset = _email_only(auth_views.PasswordResetView.as_view(
    template_name="accounts/password_reset.html",
    email_template_name="accounts/email/password_reset.txt",
    subject_template_name="accounts/email/password_reset_subject.txt",
    success_url=reverse_lazy("accounts:password_reset_done")))
password_reset_done = _email_only(auth_views.PasswordResetDoneView.as_view(
    template_name="accounts/password_reset_done.html"))
password_reset_confirm = _email_only(auth_views.PasswordResetConfirmView.as_view(
    template_name="accounts/password_reset_confirm.html", post_reset_login=True,
    post_reset_login_backend=USER_BACKEND,
    success_url=reverse_lazy("accounts:settings")))


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs),
                "email_configured": settings.EMAIL_CONFIGURED}

    def post(self, request, *args, **kwargs):
        username = throttle.login_name(request)
        if username and not throttle.known_device(request, username):
            wait = throttle.account_wait_seconds(username)
            if wait:
                # Not checked at all: a try now would count, and say nothing anyway.
                form = self.get_form_class()(request, initial={"username": username})
                message = ngettext(
                    "Many wrong passwords were tried for this account lately. Wait %(n)d "
                    "second, then try again.",
                    "Many wrong passwords were tried for this account lately. Wait %(n)d "
                    "seconds, then try again.", wait) % {"n": wait}
                response = self.render_to_response(
                    self.get_context_data(form=form, wait_message=message))
                response.status_code = 429
                response["Retry-After"] = str(wait)
                return response
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        response = super().form_valid(form)
        # This browser is now known for this account: an attack elsewhere never slows it.
        throttle.remember_device(response, form.get_user())
        return response


@require_POST
def logout_view(request):
    # The session is flushed on the server, not only forgotten by the browser.
    logout(request)
    response = redirect("accounts:login")
    # Tell the browser to drop anything it kept offline for this person.
    response["Clear-Site-Data"] = '"cache", "storage"'
    return response


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:settings")

    def form_valid(self, form):
        messages.success(self.request, _("Your password has been changed. Your API tokens "
                                          "have ended; make new ones where you need them."))
        return super().form_valid(form)


@login_required
def settings_view(request):
    form = PreferencesForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        account_preferences_save(form=form)
        messages.success(request, _("Saved."))
        return redirect("accounts:settings")
    return render(request, "accounts/settings.html", {
        "form": form, "codes_left": recovery.codes_left(request.user),
        "tokens": ApiToken.objects.filter(user=request.user, expires_at__gt=timezone.now()),
        "token_form": TokenForm(), "days": settings.API_TOKEN_DAYS})


@login_required
def export_all(request):
    """Everything of the person as one ZIP (wagenmenner/portability.py)."""
    response = HttpResponse(portability.export_zip(request.user), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{portability.export_filename()}"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_POST
def token_create(request):
    form = TokenForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the token a name of at most 80 characters."))
        return redirect("accounts:settings")
    token, raw = ApiToken.issue(request.user, name=form.cleaned_data["name"])
    response = render(request, "accounts/token_created.html", {"token": token, "raw": raw})
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_POST
def token_revoke(request, pk):
    get_object_or_404(ApiToken, user=request.user, pk=pk).delete()
    messages.success(request, _("The token no longer works."))
    return redirect("accounts:settings")


@login_required
def delete_account(request):
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        account_delete(user=request.user)
        logout(request)
        response = render(request, "accounts/deleted.html")
        response["Clear-Site-Data"] = '"cache", "storage"'
        return response
    return render(request, "accounts/delete.html", {"form": form})


@require_POST
def set_language(request):
    """The language switch also changes the person's stored choice, which wins over cookies."""
    lang = request.POST.get("language")
    if request.user.is_authenticated and lang in dict(request.user._meta.get_field("language").choices):
        request.user.language = lang
        request.user.save(update_fields=["language"])
    return django_set_language(request)


def locked_out(request, credentials=None, *args, **kwargs):
    """Shown by django-axes instead of the login form while the pair account+address is locked."""
    from django.conf import settings

    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "accounts/locked_out.html", {"minutes": minutes}, status=429)
