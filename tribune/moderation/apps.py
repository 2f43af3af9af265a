from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "tribune.moderation"
    verbose_name = "Moderation"

    def ready(self) -> None:
        # Registers the steps, the background task and the system checks.
        from tribune.moderation import checks, tasks, threshold_checks  # noqa: F401
        from tribune.moderation.pipeline import steps  # noqa: F401
