from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InsightsConfig(AppConfig):
    name = "tribune.insights"
    verbose_name = _("Moderation insights")

    def ready(self) -> None:
        # Moderation reads the overrides through its own seam; the tuning screen's store plugs in here.
        from tribune.insights.thresholds import threshold_overrides_source
        from tribune.moderation.overrides import overrides_reader_set

        overrides_reader_set(threshold_overrides_source)
