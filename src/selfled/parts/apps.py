from django.apps import AppConfig


class PartsConfig(AppConfig):
    name = "selfled.parts"
    default_auto_field = "django.db.models.BigAutoField"
