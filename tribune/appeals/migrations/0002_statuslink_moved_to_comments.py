# The status link model now belongs to comments (comments 0004); its table is unchanged.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("appeals", "0001_initial"),
        ("comments", "0004_statuslink_moved_from_appeals"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="StatusLink")],
            database_operations=[],
        ),
    ]
