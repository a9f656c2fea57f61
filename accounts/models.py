import hashlib
import secrets
import zoneinfo

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagenmenner.crypto import EncryptedTextField

TIME_ZONES = sorted(zoneinfo.available_timezones() - {"Factory", "localtime"})


class UserManager(BaseUserManager):
    use_in_migrations = True

    def create_user(self, email, password=None, **extra):
        if not email:
            raise ValueError("An e-mail address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email, password=None, **extra):
        extra.update(is_staff=True, is_superuser=True)
        return self.create_user(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    email = models.EmailField(_("e-mail address"), unique=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES,
                                default="nl")
    time_zone = models.CharField(_("time zone"), max_length=64, default="Europe/Amsterdam",
                                 choices=[(tz, tz) for tz in TIME_ZONES])
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False)
    date_joined = models.DateTimeField(default=timezone.now)
    privacy_accepted_at = models.DateTimeField(null=True, blank=True)
    # How the people this person links with (partner, close one, therapist) see them.
    display_name = EncryptedTextField(_("name others see"), blank=True, max_length=80)
    # Setup step 1: what the person recognises, in their own words.
    acknowledgement = EncryptedTextField(_("what I recognise"), blank=True, max_length=5000)
    # Which setup steps were finished or skipped, so the guided setup can resume.
    setup_state = models.JSONField(default=dict, blank=True)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"

    def __str__(self):
        return self.email

    @property
    def public_name(self) -> str:
        """The name shown to linked people: the chosen one, else the part before the @."""
        return self.display_name or self.email.split("@")[0]

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        """The person's time zone; UTC if the stored name is unknown to this machine."""
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo("UTC")


def _hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class ApiToken(models.Model):
    """A personal API token. Only its hash is stored: a leaked database leaks no tokens."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    key_hash = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(max_length=8)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)

    PREFIX = "wm_"

    def __str__(self):
        return f"{self.prefix}… ({self.user})"

    @classmethod
    def issue(cls, user) -> tuple["ApiToken", str]:
        raw = cls.PREFIX + secrets.token_urlsafe(32)
        token = cls.objects.create(user=user, key_hash=_hash_token(raw), prefix=raw[:8])
        return token, raw

    @classmethod
    def user_for(cls, raw: str):
        token = (cls.objects.select_related("user")
                 .filter(key_hash=_hash_token(raw), user__is_active=True).first())
        if token is None:
            return None
        # Touch at most once a minute: no write on every API call.
        now = timezone.now()
        if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
            cls.objects.filter(pk=token.pk).update(last_used_at=now)
        return token.user
