from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

from accounts.forms import DeleteAccountForm, PreferencesForm, SignupForm
from accounts.services import account_create, account_delete, account_preferences_save
from wagenmenner.owned_views import safe_next


def signup(request):
    if request.user.is_authenticated:
        return redirect("home")
    form = SignupForm(request.POST or None,
                      initial={"language": getattr(request, "LANGUAGE_CODE", "nl")})
    if request.method == "POST" and form.is_valid():
        user = account_create(email=form.cleaned_data["email"],
                              password=form.cleaned_data["password"],
                              language=form.cleaned_data["language"])
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        # Someone who signs up to accept an invitation goes back to it, not to the setup
        # of a charioteer they may never need.
        return redirect(safe_next(request, reverse("charioteer:setup")))
    return render(request, "accounts/signup.html", {"form": form})


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    redirect_authenticated_user = True


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
        messages.success(self.request, _("Your password has been changed."))
        return super().form_valid(form)


@login_required
def settings_view(request):
    form = PreferencesForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        account_preferences_save(form=form)
        messages.success(request, _("Saved."))
        return redirect("accounts:settings")
    return render(request, "accounts/settings.html", {"form": form})


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
