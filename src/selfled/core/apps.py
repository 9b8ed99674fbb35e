from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "selfled.core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from selfled.core import checks  # noqa: F401  (registers system checks)
