from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "selfled.core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from selfled.core import checks  # noqa: F401  (registers system checks)
        from selfled.core.crisis import forget_sole_practice

        # a practice added, changed or removed: pages before sign-in read it afresh
        for signal in (post_save, post_delete):
            signal.connect(forget_sole_practice, sender="accounts.Practice", weak=False)
