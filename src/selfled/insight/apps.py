from django.apps import AppConfig


class InsightConfig(AppConfig):
    name = "selfled.insight"
    default_auto_field = "django.db.models.BigAutoField"
