"""One module per step; importing this package registers them all."""

from tribune.moderation.pipeline.steps import (  # noqa: F401
    article_open,
    author_standing,
    classifier,
    duplicate,
    length,
    promotion,
    rate_limit,
)
