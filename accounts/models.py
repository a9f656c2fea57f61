import hashlib
import secrets
import weakref
import zoneinfo
from datetime import timedelta
from functools import cache

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import connections, models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagenmenner.crypto import EncryptedTextField
from wagenmenner.postgresql import prepared_cursor
from wagenmenner.sql import columns, fields_of, instance

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

    def get_by_natural_key(self, username):
        # Addresses are stored in lower case: Person@Example.org logs in as well.
        return self.get(email=(username or "").strip().lower())

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

    def save(self, *args, **kwargs):
        password_changed = self._password is not None and self.pk is not None
        super().save(*args, **kwargs)
        if password_changed:
            # A new password ends every API token: whoever had one must ask anew.
            self.api_tokens.all().delete()

    @property
    def public_name(self) -> str:
        """The name shown to linked people: the chosen one, else the part before the @."""
        return self.display_name or self.email.split("@")[0]

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        """The person's time zone; UTC if the stored name is unknown to this machine."""
        return zone_named(self.time_zone)


def zone_named(name: str | None) -> zoneinfo.ZoneInfo:
    """The time zone of this name; UTC if it is empty or unknown to this machine."""
    try:
        return zoneinfo.ZoneInfo(name or "UTC")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo("UTC")


def _hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def _token_expiry():
    return timezone.now() + timedelta(days=settings.API_TOKEN_DAYS)


class ApiToken(models.Model):
    """A personal API token. Only its hash is stored: a leaked database leaks no tokens.
    It has a name the person chose, ends at ``expires_at``, and ends when the password
    changes (User.save)."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    key_hash = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(max_length=8)
    name = EncryptedTextField(_("name"), blank=True, max_length=80)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(default=_token_expiry)
    last_used_at = models.DateTimeField(null=True, blank=True)

    PREFIX = "wm_"
    # "Last used" is a day-level fact for the person: touch it at most once an hour, so a
    # busy client does not turn every read into a write.
    TOUCH_EVERY = timedelta(hours=1)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.prefix}… ({self.user})"

    @classmethod
    def issue(cls, user, name: str = "", days: int | None = None) -> tuple["ApiToken", str]:
        raw = cls.PREFIX + secrets.token_urlsafe(32)
        extra = {"expires_at": timezone.now() + timedelta(days=days)} if days else {}
        token = cls.objects.create(user=user, key_hash=_hash_token(raw), prefix=raw[:8],
                                   name=name, **extra)
        return token, raw

    @classmethod
    def user_for(cls, raw: str):
        """The active owner of a valid token, in one indexed lookup (and a write at most
        once an hour). Written as SQL, the row made into a User as the ORM does (its
        converters, ``from_db``): built by the ORM (a join, two models made) it was a sixth
        of an API check-in's server time, and a raw queryset still cost two thirds of it.
        The statement is made once per connection, as the person's read of every page is
        (``accounts.backends``). The User holds what an API request reads of its person
        (``TOKEN_READS``), the other fields deferred as ``.only()`` defers them (read
        from the database if asked for): converting them (the dates, the setup's JSON,
        decrypting the person's own words) was most of building the User."""
        now = timezone.now()
        alias = User.objects.db
        connection = connections[alias]
        statement = _token_reads.get(connection)
        if statement is None:
            statement = _token_reads[connection] = (
                f"SELECT {columns(_token_fields(), 'u')}, t.id,"  # noqa: S608 (names, no input)
                " (t.last_used_at IS NULL OR t.last_used_at < %s)"
                " FROM accounts_user u JOIN accounts_apitoken t ON t.user_id = u.id"
                " WHERE t.key_hash = %s AND t.expires_at > %s AND u.is_active")
        moment = connection.ops.adapt_datetimefield_value
        with prepared_cursor(connection) as cursor:
            cursor.execute(statement, [moment(now - cls.TOUCH_EVERY), _hash_token(raw),
                                       moment(now)])
            row = cursor.fetchone()
        if row is None:
            return None
        *values, token_id, stale = row
        user = instance(User, _token_fields(), values, alias)
        if stale:
            cls.objects.filter(pk=token_id).update(last_used_at=now)
        return user


# What an API request reads of the person it acts for: the id (first, always), the
# language it answers in, the zone its days are in, and the account's state. Everything
# else (password, dates, the person's own words, the setup's state) stays deferred.
TOKEN_READS = ("email", "language", "time_zone", "is_active", "is_staff", "is_superuser")


@cache
def _token_fields() -> list:
    return fields_of(User, TOKEN_READS)  # one list, kept: ``instance`` keeps its readers by it


# Per connection: the token's read (names from the schema, the same for every token).
_token_reads = weakref.WeakKeyDictionary()


class ThrottleHit(models.Model):
    """One try of a throttled action (a sign-up, a reset) from one client, kept a day at
    most; the client is a keyed hash of its address (accounts/throttle.py)."""

    kind = models.CharField(max_length=16)
    key = models.CharField(max_length=64)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["kind", "key", "at"])]

    def __str__(self):
        return f"{self.kind} at {self.at:%Y-%m-%d %H:%M}"


class RecoveryCode(models.Model):
    """A one-time code to get back in without e-mail (accounts/recovery.py). Only its hash
    is stored; a used code keeps its row until new codes replace the set."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="recovery_codes")
    code_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["user", "code_hash"])]

    def __str__(self):
        return f"recovery code of {self.user_id}"


from accounts.sessions import UserSession  # noqa: E402,F401 (the session model lives there)
