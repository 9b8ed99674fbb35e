from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "selfled.accounts"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from selfled.accounts import signals  # noqa: F401  (connects receivers)
