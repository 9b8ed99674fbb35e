"""SelfLed settings: one file, every value from SELFLED_* environment variables."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from csp.constants import NONCE, NONE, SELF

from selfled import conf

BASE_DIR = Path(__file__).resolve().parent
SELFLED_HOME = conf.home_dir()
SECRET_KEY = conf.secret_key(SELFLED_HOME)
DEBUG = conf.env_bool("SELFLED_DEBUG", False)
# Plain-HTTP mode is for the loopback demo and tests only; production always runs behind TLS.
HTTPS = conf.env_bool("SELFLED_HTTPS", True)
# Encryption keys live outside the database. When SELFLED_KEY_FILE is given it must exist (a
# system check says so); otherwise a key file is generated in SELFLED_HOME on first run.
SELFLED_KEY_FILE_GIVEN = bool(conf.env_str("SELFLED_KEY_FILE"))
SELFLED_KEY_FILE = Path(conf.env_str("SELFLED_KEY_FILE") or SELFLED_HOME / "keys.json")
SELFLED_BENCH = conf.env_bool("SELFLED_BENCH", False)

ALLOWED_HOSTS = conf.env_list("SELFLED_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = conf.env_list("SELFLED_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "django_htmx",
    "template_partials",
    "csp",
    "selfled.core",
    "selfled.audit",
    "selfled.accounts",
    "selfled.care",
    "selfled.parts",
    "selfled.selfenergy",
    "selfled.insight",
    "selfled.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "selfled.core.middleware.NoStoreMiddleware",
    "selfled.core.csp.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "selfled.accounts.middleware.SessionLimitsMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "selfled.accounts.middleware.RequireTwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",
    "selfled.core.middleware.NotAllowedPageMiddleware",
    "selfled.audit.middleware.NotFoundAuditMiddleware",
]
if SELFLED_BENCH:
    MIDDLEWARE.insert(0, "selfled.core.middleware.QueryCountMiddleware")

ROOT_URLCONF = "selfled.urls"
WSGI_APPLICATION = "selfled.wsgi.application"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "core:home"
LOGOUT_REDIRECT_URL = "accounts:login"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            # {% url %} with a per-process cache of reversals (same syntax and results).
            # and |day / |when, the two date formats (selfled.core.templatetags.dates).
            "builtins": [
                "selfled.core.templatetags.cached_url",
                "selfled.core.templatetags.cached_static",
                "selfled.core.templatetags.dates",
            ],
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "selfled.core.context_processors.selfled",
            ],
        },
    }
]

# Configuration mistakes are collected here and reported by the "selfled.E001" system check,
# which `selfled serve` / `selfled demo` run before anything else.
SELFLED_CONFIG_ERRORS: list[str] = []
try:
    DATABASES = {
        "default": conf.database_config(conf.env_str("SELFLED_DATABASE_URL"), SELFLED_HOME)
    }
except conf.ConfigError as exc:
    SELFLED_CONFIG_ERRORS.append(str(exc))
    DATABASES = {"default": conf.sqlite_config(SELFLED_HOME / "unconfigured.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "selfled.accounts.backends.SelfLedBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        # the person's name too (this project's user has one full_name, not first and last)
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
        "OPTIONS": {"user_attributes": ("email", "full_name")},
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Lockout keyed on username + IP so one clinic behind NAT cannot lock everyone out.
AXES_FAILURE_LIMIT = conf.env_int("SELFLED_LOCKOUT_FAILURES", 3)
# A looser limit per address alone (any usernames): failed sign-ins per minute.
SELFLED_LOGIN_FAILURES_PER_ADDRESS_MINUTE = conf.env_int("SELFLED_ADDRESS_FAILURES_PER_MINUTE", 30)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_COOLOFF_TIME = "selfled.accounts.lockout.cool_off"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "selfled.accounts.lockout.locked_out"
AXES_USERNAME_FORM_FIELD = "username"
AXES_IPWARE_META_PRECEDENCE_ORDER = ["REMOTE_ADDR"]
AXES_ENABLE_ACCESS_FAILURE_LOG = True

OTP_TOTP_ISSUER = "SelfLed"
# One adjacent 30-second step is accepted so a code typed at a step boundary still works;
# each code is single-use (TOTPDevice.last_t). See README "Security".
OTP_TOTP_TOLERANCE = 1

SESSION_ENGINE = "selfled.accounts.sessions"
SESSION_COOKIE_AGE = 30 * 60  # idle limit: renewed at most once a minute while active
SESSION_SAVE_EVERY_REQUEST = False
SESSION_ABSOLUTE_LIMIT = timedelta(hours=12)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_FAILURE_VIEW = "selfled.core.views.csrf_failure"
# Flash messages can name a part; keep them in the server-side session, not in a cookie.
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if HTTPS:
    SESSION_COOKIE_NAME = "__Host-sessionid"
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_NAME = "__Host-csrftoken"
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = conf.env_bool("SELFLED_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = 31536000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = conf.env_bool("SELFLED_HSTS_PRELOAD", True)
    if conf.env_bool("SELFLED_BEHIND_PROXY", False):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REDIRECT_EXEMPT = [r"^health/$"]

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:"],
        "connect-src": [SELF],
        "font-src": [SELF],
        "form-action": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
    }
}

LANGUAGE_CODE = "en-us"
TIME_ZONE = conf.env_str("SELFLED_TIME_ZONE") or "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = SELFLED_HOME / "static"
STATIC_ROOT.mkdir(exist_ok=True)
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

EMAIL_BACKEND = conf.env_str("SELFLED_EMAIL_BACKEND") or (
    "django.core.mail.backends.smtp.EmailBackend"
    if conf.env_str("SELFLED_EMAIL_HOST")
    else "django.core.mail.backends.filebased.EmailBackend"
)
EMAIL_FILE_PATH = SELFLED_HOME / "outbox"
EMAIL_HOST = conf.env_str("SELFLED_EMAIL_HOST") or "localhost"
EMAIL_PORT = conf.env_int("SELFLED_EMAIL_PORT", 587)
EMAIL_HOST_USER = conf.env_str("SELFLED_EMAIL_USER")
EMAIL_HOST_PASSWORD = conf.env_str("SELFLED_EMAIL_PASSWORD")
EMAIL_USE_TLS = conf.env_bool("SELFLED_EMAIL_TLS", True)
DEFAULT_FROM_EMAIL = conf.env_str("SELFLED_EMAIL_FROM") or "SelfLed <no-reply@localhost>"
SELFLED_BASE_URL = conf.env_str("SELFLED_BASE_URL") or "http://127.0.0.1:8000"
INVITATION_LIFETIME = timedelta(days=conf.env_int("SELFLED_INVITATION_DAYS", 7))
# A sign-in reset link (forgotten password, lost phone) works once, for this long.
SIGN_IN_RESET_LIFETIME = timedelta(hours=conf.env_int("SELFLED_SIGN_IN_RESET_HOURS", 24))
BREAK_GLASS_LIFETIME = timedelta(hours=conf.env_int("SELFLED_BREAK_GLASS_HOURS", 4))

NINJA_PAGINATION_PER_PAGE = 50
# "rules" (default, no extra dependency) or "ml" (embedding-assisted; needs the ml extra).
SELFLED_INSIGHT_MODE = conf.env_str("SELFLED_INSIGHT_MODE") or "rules"
if SELFLED_INSIGHT_MODE not in {"rules", "ml"}:
    SELFLED_CONFIG_ERRORS.append("SELFLED_INSIGHT_MODE must be rules or ml")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "filters": {"redact_tokens": {"()": "selfled.core.logfilters.RedactTokens"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["redact_tokens"],
        }
    },
    "root": {"handlers": ["console"], "level": conf.env_str("SELFLED_LOG_LEVEL") or "WARNING"},
    "loggers": {"axes": {"level": "WARNING"}},
}
