"""One piece of writing carries a tag once: earlier duplicates are merged, then constrained."""

from typing import Any

from django.conf import settings
from django.db import migrations, models


def drop_repeated_tags(apps: Any, schema_editor: Any) -> None:
    """Keep the first of each set of equal tags (the earliest confirmation); the rest were
    double submits and say nothing more."""
    tag_model = apps.get_model("insight", "Tag")
    seen: set[tuple[Any, ...]] = set()
    repeated: list[int] = []
    rows = tag_model.objects.order_by("created_at", "id").values_list(
        "id", "client_id", "source_type", "source_id", "label", "part_id"
    )
    for pk, *key in rows.iterator(chunk_size=2000):
        if tuple(key) in seen:
            repeated.append(pk)
        else:
            seen.add(tuple(key))
    for start in range(0, len(repeated), 500):
        tag_model.objects.filter(pk__in=repeated[start : start + 500]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("care", "0001_initial"),
        ("insight", "0002_suggestion_span_end_suggestion_span_start"),
        ("parts", "0002_status_change_merged_from"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(drop_repeated_tags, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="tag",
            constraint=models.UniqueConstraint(
                condition=models.Q(("part__isnull", True)),
                fields=("client", "source_type", "source_id", "label"),
                name="insight_tag_once_per_writing",
            ),
        ),
        migrations.AddConstraint(
            model_name="tag",
            constraint=models.UniqueConstraint(
                condition=models.Q(("part__isnull", False)),
                fields=("client", "source_type", "source_id", "label", "part"),
                name="insight_tag_once_per_writing_and_part",
            ),
        ),
    ]
