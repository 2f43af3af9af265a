# The status link is the comment's receipt, so the model moved from appeals to comments.
# The table (appeals_statuslink) stays where it is: this only tells Django's state.

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0003_unmoderated_index"),
        ("appeals", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="StatusLink",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("token_digest", models.CharField(max_length=64, unique=True)),
                        ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                        (
                            "comment",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="status_link",
                                to="comments.comment",
                            ),
                        ),
                    ],
                    options={"db_table": "appeals_statuslink"},
                ),
            ],
            database_operations=[],
        ),
    ]
