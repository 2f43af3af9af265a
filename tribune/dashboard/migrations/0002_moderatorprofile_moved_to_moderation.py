# ModeratorProfile now belongs to moderation (moderation 0003); its table is unchanged.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("dashboard", "0001_initial"),
        ("moderation", "0003_moderatorprofile_moved_from_dashboard"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="ModeratorProfile")],
            database_operations=[],
        ),
    ]
