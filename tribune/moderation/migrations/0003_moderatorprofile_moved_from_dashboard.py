# A moderator's languages are read by the API and the dashboard alike, so the model moved from
# dashboard to moderation. The table (dashboard_moderatorprofile) stays: this only tells Django's state.

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0002_author_actions_and_notes"),
        ("dashboard", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ModeratorProfile",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("languages", models.JSONField(blank=True, default=list, verbose_name="languages read")),
                        ("updated_at", models.DateTimeField(auto_now=True)),
                        (
                            "user",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="moderator_profile",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "moderator profile",
                        "verbose_name_plural": "moderator profiles",
                        "db_table": "dashboard_moderatorprofile",
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
