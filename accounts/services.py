from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode

from accounts.models import User
from charioteer.services import charioteer_create_defaults
from insights.services import checkin_weeks_rebuild, ride_weeks_rebuild


def account_create(*, email: str, password: str, language: str = "nl",
                   time_zone: str = "Europe/Amsterdam", privacy_accepted: bool = True,
                   active: bool = True) -> User:
    """A new person with the default horses and echoes, all in one transaction."""
    with transaction.atomic():
        user = User.objects.create_user(
            email=email, password=password, language=language, time_zone=time_zone,
            privacy_accepted_at=timezone.now() if privacy_accepted else None, is_active=active)
        charioteer_create_defaults(user=user)
    return user


def account_preferences_save(*, form) -> User:
    """Save the person's language and time zone. A new time zone moves check-ins, rides
    and escalations to other local days, so the stored days of insights are rebuilt in
    the same transaction."""
    with transaction.atomic():
        user = form.save()
        if "time_zone" in form.changed_data:
            checkin_weeks_rebuild(owner=user)
            ride_weeks_rebuild(owner=user)
    return user


def account_delete(*, user: User) -> None:
    """Everything of the person goes with the account: all owned rows cascade, and what
    is kept by address or session id goes too (login records, sessions)."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    from accounts.sessions import end_sessions_of

    with transaction.atomic():
        for model in (AccessAttempt, AccessLog, AccessFailureLog):
            model.objects.filter(username__iexact=user.email).delete()
        end_sessions_of(user.pk)
        user.delete()


def _link(request, name: str, user) -> str:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    return request.build_absolute_uri(
        reverse(name, kwargs={"uidb64": uid, "token": default_token_generator.make_token(user)}))


def _mail(user_or_email, language: str, template: str, context: dict) -> None:
    email = getattr(user_or_email, "email", user_or_email)
    with translation.override(language):
        subject = render_to_string(f"accounts/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"accounts/email/{template}.txt", context)
    send_mail(subject, body, None, [email])


def signup_by_email(request, *, email: str, password: str, language: str) -> User | None:
    """Sign-up where e-mail is set up: a new address gets an inactive account and a link to
    confirm it; a known one gets a note that it has an account. The answer on screen is
    the same, so the form tells no stranger who uses Wagenmenner. Returns the new account,
    None for a known address."""
    known = User.objects.filter(email=email).first()
    login_url = request.build_absolute_uri(reverse("accounts:login"))
    if known is not None:
        if not known.is_active and known.last_login is None:
            # Never confirmed: send the confirmation again (the first password stays).
            _mail(known, known.language, "signup_confirm",
                  {"link": _link(request, "accounts:signup_confirm", known)})
        else:
            _mail(known, known.language, "signup_known", {"login_url": login_url})
        return None
    user = account_create(email=email, password=password, language=language, active=False)
    _mail(user, language, "signup_confirm",
          {"link": _link(request, "accounts:signup_confirm", user)})
    return user


def user_from_link(uidb64: str, token: str) -> User | None:
    try:
        user = User.objects.get(pk=int(urlsafe_base64_decode(uidb64).decode()))
    except (ValueError, TypeError, OverflowError, User.DoesNotExist):
        return None
    return user if default_token_generator.check_token(user, token) else None


def account_activate(*, user: User) -> None:
    with transaction.atomic():
        User.objects.filter(pk=user.pk).update(is_active=True)
        user.is_active = True


def account_recover(*, email: str, code: str, password: str) -> User | None:
    """A new password for the account, paid with one recovery code; None when the
    address and code do not fit (the same answer for an unknown address)."""
    from accounts import recovery

    user = User.objects.filter(email=email.strip().lower(), is_active=True).first()
    if user is None:
        recovery.code_use(user=User(pk=0), code=code)  # the same work for unknown addresses
        return None
    with transaction.atomic():
        if not recovery.code_use(user=user, code=code):
            return None
        user.set_password(password)
        user.save()
    return user
