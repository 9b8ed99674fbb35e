from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "selfled.audit"
    default_auto_field = "django.db.models.BigAutoField"
