"""Wagenmenner settings: one file, configured by the environment (see README, "Configuration")."""

import contextlib
from datetime import timedelta
from pathlib import Path

from csp.constants import NONE, SELF

from wagenmenner.env import email_config, envbool, envint, envstr, secret_in_data_dir
from wagenmenner.postgresql import database

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(envstr("WAGENMENNER_DATA") or BASE_DIR / "data").resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)
with contextlib.suppress(PermissionError):  # a folder the app does not own stays as set
    DATA_DIR.chmod(0o700)  # the database, its keys and backups: for the app's user alone

DEBUG = envbool("DEBUG", False)
SECRET_KEY = envstr("SECRET_KEY") or secret_in_data_dir(DATA_DIR, "secret_key")
ALLOWED_HOSTS = (envstr("ALLOWED_HOSTS") or "127.0.0.1,localhost,[::1]").split(",")
# Behind TLS (a clinic's server) this turns on the redirect, HSTS and the proxy header.
HTTPS = envbool("WAGENMENNER_HTTPS", False)
SITE_URL = envstr("SITE_URL") or "http://127.0.0.1:8000"
# Addresses or networks of the TLS proxies whose X-Forwarded-For is believed (with HTTPS
# only); the default is a proxy on this machine, as in the documented set-up.
TRUSTED_PROXIES = [p.strip() for p in (envstr("WAGENMENNER_TRUSTED_PROXIES")
                                       or "127.0.0.1,::1").split(",") if p.strip()]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",  # for clearsessions; the sessions live in accounts.UserSession
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "csp",
    "axes",
    "ninja",  # the API docs' scripts and styles from this server (the CSP allows no CDN)
    "django_tasks",
    "django_tasks_db",
    "wagenmenner",
    "accounts",
    "charioteer",
    "people",
    "rides",
    "safety",
    "checkins",
    "insights",
    "selfcheck",
    "warningplan",
    "timeouts",
    "learn",
    "sharing",
    "partner",
    "django_otp",
    "django_otp_webauthn",
    "twofactor",
    "therapist",
    "exchange",
    "questionnaires",
    "api",
    "jobs",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "api.errors.ApiErrorsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "accounts.sessions.SessionTimeoutMiddleware",
    "accounts.middleware.PersonPreferencesMiddleware",
    "twofactor.middleware.OTPMiddleware",  # django-otp's, reading the device for less
    "twofactor.middleware.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagenmenner.middleware.CSPMiddleware",  # django-csp's, its header built once
    "wagenmenner.middleware.PrivateCacheMiddleware",
    "safety.middleware.CardCookieMiddleware",
    "axes.middleware.AxesMiddleware",
    # Last, so the page it renders passes through the others (CSP, no-store, cards).
    "wagenmenner.middleware.MethodNotAllowedPageMiddleware",
]

ROOT_URLCONF = "wagenmenner.urls"
WSGI_APPLICATION = "wagenmenner.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "wagenmenner" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "safety.context_processors.crisis",
                "sharing.context_processors.sharing",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------
# SQLite in the data folder unless DATABASE_URL names another database (PostgreSQL for
# clinics). WAL lets readers go on while one writer writes; synchronous=FULL makes an
# acknowledged commit survive a power cut, which is the promise "never lose what they
# wrote"; IMMEDIATE transactions take the write lock up front so two writers queue
# instead of failing halfway with "database is locked".
# Each worker keeps its connection (checked before reuse) instead of opening one per
# request: a new SQLite connection costs its PRAGMAs, and closing the last one on a WAL
# database checkpoints it, a write and an fsync on what was a read.
CONN_MAX_AGE = 600
DATABASE_URL = envstr("DATABASE_URL")
if DATABASE_URL:
    # On PostgreSQL a backend whose health check costs no round trip (wagenmenner/postgresql).
    DATABASES = {"default": database(DATABASE_URL, CONN_MAX_AGE)}
else:
    # Django's SQLite backend, each statement's placeholders converted once (wagenmenner/sqlite3).
    DATABASES = {
        "default": {
            "ENGINE": "wagenmenner.sqlite3",
            "NAME": DATA_DIR / "wagenmenner.sqlite3",
            "CONN_MAX_AGE": CONN_MAX_AGE,
            "CONN_HEALTH_CHECKS": True,
            "OPTIONS": {
                # The WAL is checkpointed beside the writes (wagenmenner/group_commit.py);
                # SQLite's own checkpoint in a commit is the backstop, at 10 × its default.
                "init_command": (
                    "PRAGMA journal_mode=WAL;PRAGMA synchronous=FULL;PRAGMA busy_timeout=10000;"
                    "PRAGMA wal_autocheckpoint=10000"
                ),
                "transaction_mode": "IMMEDIATE",
            },
            # A file, not memory, so tests can read the raw bytes on disk.
            "TEST": {"NAME": str(DATA_DIR / "test.sqlite3")},
        }
    }
# PostgreSQL streaming replicas for reads (wagenmenner/replicas.py): comma-separated URLs.
REPLICA_DATABASES = []
if DATABASE_URL and envstr("DATABASE_REPLICA_URLS"):
    from wagenmenner.replicas import replica_databases

    DATABASES.update(replica_databases(envstr("DATABASE_REPLICA_URLS")))
    REPLICA_DATABASES = [alias for alias in DATABASES if alias != "default"]
    DATABASE_ROUTERS = ["wagenmenner.replicas.ReplicaRouter"]
    MIDDLEWARE.insert(MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware")
                      + 1, "wagenmenner.replicas.ReplicaMiddleware")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Accounts and passwords -----------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
# ASVS: at least 8 characters, long passwords allowed, common ones refused, no
# composition rules.
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "accounts.validators.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "accounts.backends.UserBackend",  # Django's ModelBackend, reading the person for less
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "accounts:login"

# Throttle guessing: the lock is on the pair account + address, so nobody can lock a
# person out of their own account from elsewhere.
AXES_FAILURE_LIMIT = envint("WAGENMENNER_LOGIN_FAILURES", 5)
AXES_COOLOFF_TIME = timedelta(minutes=envint("WAGENMENNER_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# The login form's field is "username" even though it holds the e-mail address; without
# this, axes would look for "email", record no account, and lock the whole address.
AXES_USERNAME_FORM_FIELD = "username"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "accounts.views.locked_out"
AXES_CLIENT_IP_CALLABLE = "wagenmenner.client.client_ip"
# Person@Example.org and person@example.org are one account, so one counter.
AXES_USERNAME_CALLABLE = "accounts.throttle.login_name"
# Guessing one account from many addresses: after this many failures within the cool-off
# time, each further try on that account waits longer (up to a minute); never a lockout.
ACCOUNT_SLOWDOWN_AFTER = envint("WAGENMENNER_ACCOUNT_SLOWDOWN_AFTER", 10)
SIGNUPS_PER_HOUR = envint("WAGENMENNER_SIGNUPS_PER_HOUR", 5)
API_TOKEN_DAYS = envint("WAGENMENNER_API_TOKEN_DAYS", 90)
LOGIN_LOG_DAYS = envint("WAGENMENNER_LOGIN_LOG_DAYS", 30)
AXES_VERBOSE = False

# --- Sessions and cookies -------------------------------------------------------------
# __Host- cookies must be Secure; browsers treat 127.0.0.1 and localhost as secure
# origins, so this also works for the local install over plain HTTP.
SESSION_COOKIE_NAME = "__Host-wm_session"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# Sessions end after this long without a request, and this long after logging in, whatever
# happens in between (accounts/sessions.py); a page view does not write the session.
SESSION_ENGINE = "accounts.sessions"
SESSION_COOKIE_AGE = 60 * envint("WAGENMENNER_SESSION_IDLE_MINUTES", 120)
SESSION_ABSOLUTE_SECONDS = 3600 * envint("WAGENMENNER_SESSION_HOURS", 12)
# The CSRF token lives in its own cookie: kept in the session, it would make a session row
# for every anonymous visitor of a page with a form (the language switch is on every page).
CSRF_COOKIE_NAME = "__Host-wm_csrf"
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_FAILURE_VIEW = "wagenmenner.views.csrf_failure"
LANGUAGE_COOKIE_NAME = "__Host-wm_lang"
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

# --- Security headers -----------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if HTTPS:
    SECURE_SSL_REDIRECT = True
    # The proxy's health checks and monitoring ask the app server itself, over HTTP.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = envint("WAGENMENNER_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = envbool("WAGENMENNER_HSTS_PRELOAD", True)
    CSRF_TRUSTED_ORIGINS = [SITE_URL]
# Plain HTTP is only for the local install on loopback; there HSTS and the redirect
# would lock the browser out, so their warnings are expected.
SILENCED_SYSTEM_CHECKS = [] if HTTPS else ["security.W004", "security.W008"]
if HTTPS and not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS.append("security.W021")

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "worker-src": [SELF],
        "manifest-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

# --- Language and time ----------------------------------------------------------------
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = envstr("WAGENMENNER_TIME_ZONE") or "Europe/Amsterdam"
USE_TZ = True

# --- Static files ---------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
WHITENOISE_USE_FINDERS = True  # serve straight from the apps: no collectstatic step
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# --- Wagenmenner ----------------------------------------------------------------------
# Encryption keys for free text at rest: "id:base64key,id:base64key", newest first.
# Without it, a key is generated once in the data folder (see README, "Keys").
ENCRYPTION_KEYS = envstr("WAGENMENNER_ENCRYPTION_KEYS")
# Crisis lines per country; a deployment points this at its own JSON file.
CRISIS_LINES_FILE = envstr("WAGENMENNER_CRISIS_LINES")
# The country whose crisis lines every page shows (ISO 3166 two-letter code).
WAGENMENNER_COUNTRY = (envstr("WAGENMENNER_COUNTRY") or "NL").strip().upper()
SECURITY_CONTACT = envstr("WAGENMENNER_SECURITY_CONTACT") or "mailto:security@wagenmenner.invalid"
# age recipients (public keys) that backups are encrypted to; see wagenmenner/backups.py.
BACKUP_RECIPIENTS = envstr("WAGENMENNER_BACKUP_RECIPIENTS") or ""

# --- Check-in reminders by Web Push (checkins/push.py) --------------------------------
# Reminders reach phones only when all three are set; without them the app works the same,
# minus the reminders. Make a key pair once with `python manage.py vapid_keys`. The private
# key is base64url (raw or DER) or PEM; give it as WAGENMENNER_VAPID_PRIVATE_KEY_FILE to
# keep it out of the environment. The subject is a mailto: or https: contact for the push
# services.
WAGENMENNER_VAPID_PUBLIC_KEY = envstr("WAGENMENNER_VAPID_PUBLIC_KEY") or ""
WAGENMENNER_VAPID_PRIVATE_KEY = envstr("WAGENMENNER_VAPID_PRIVATE_KEY") or ""
WAGENMENNER_VAPID_SUBJECT = envstr("WAGENMENNER_VAPID_SUBJECT") or ""
# --- end of check-in reminders --------------------------------------------------------

# --- Background jobs (jobs/): django-tasks with its database backend ------------------
# Jobs are queued in the database and run by `wagenmenner worker` (started by `serve`).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

# --- E-mail (invitations) -------------------------------------------------------------
# Only where EMAIL_URL names an SMTP server does the app offer to send mail; without it,
# mail goes to the console (see wagenmenner.env.email_config).
EMAIL_URL = envstr("EMAIL_URL") or ""
_email = email_config(EMAIL_URL)
EMAIL_BACKEND = _email.pop("EMAIL_BACKEND")
for _name, _value in _email.items():
    globals()[_name] = _value
DEFAULT_FROM_EMAIL = envstr("DEFAULT_FROM_EMAIL") or "Wagenmenner <noreply@localhost>"
# Sign-up confirmation and password reset by e-mail exist only then; without, people get
# back in with their recovery codes (accounts/recovery.py).
EMAIL_CONFIGURED = bool(EMAIL_URL)
PASSWORD_RESET_TIMEOUT = 60 * 60  # a reset link works for one hour

# --- The partner space -----------------------------------------------------------------
# Where the quick-exit button goes: a neutral page outside the app.
QUICK_EXIT_URL = envstr("WAGENMENNER_QUICK_EXIT_URL") or "https://www.google.com/search?q=weer"

# --- Second factor (twofactor/): authenticator apps and passkeys ----------------------
# Passkeys belong to the site's host name; see twofactor/passkeys.py for the local install.
OTP_WEBAUTHN_RP_NAME = "Wagenmenner"
OTP_WEBAUTHN_RP_ID_CALLABLE = "twofactor.passkeys.rp_id"
OTP_WEBAUTHN_HELPER_CLASS = "twofactor.passkeys.Helper"
OTP_WEBAUTHN_ALLOWED_ORIGINS = ([SITE_URL.rstrip("/")] if HTTPS and SITE_URL.startswith("https://")
                                else ["http://localhost"])
# A passkey is a second factor here, never a way in without the password.
OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN = False
OTP_WEBAUTHN_EXCEPTION_LOGGER_NAME = "django_otp_webauthn"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": envstr("LOG_LEVEL") or "WARNING"},
}
