"""What the insight tests share."""

from __future__ import annotations

from selfled.insight import services
from tests.conftest import World


def save_writing(
    world: World, text: str, source_id: str, source_type: str = "test.entry"
) -> services.Outcome:
    """The client saves `text` as one piece of writing (`source_type`, `source_id`)."""
    return services.analyze_text(
        client=world.client,
        text=text,
        source_type=source_type,
        source_id=source_id,
        by=world.client_user,
    )
