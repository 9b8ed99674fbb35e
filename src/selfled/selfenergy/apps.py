from django.apps import AppConfig


class SelfenergyConfig(AppConfig):
    name = "selfled.selfenergy"
    default_auto_field = "django.db.models.BigAutoField"
