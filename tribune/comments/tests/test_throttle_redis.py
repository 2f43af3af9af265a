"""The door's flood counters in a shared Redis cache: two web processes see one count.

Skipped, saying so, when Redis is not reachable. Uses ``$TRIBUNE_TEST_REDIS_URL``
(default database 3) and deletes only the keys it wrote.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from django.core.cache import caches
from django.test import override_settings

from tests.factories import redis_test_url, redis_up
from tribune.comments.throttle import comment_door_check
from tribune.core.errors import ApplicationError

REDIS_URL = redis_test_url(3)


pytestmark = [
    pytest.mark.services,
    pytest.mark.skipif(not redis_up(REDIS_URL), reason=f"Redis is not running at {REDIS_URL}"),
]


@pytest.fixture
def redis_cache() -> Iterator[str]:
    prefix = f"tribune-test-{uuid.uuid4().hex[:8]}"
    backend = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    with override_settings(CACHES={"default": {**backend, "KEY_PREFIX": prefix}}):
        yield prefix
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


@override_settings(TRIBUNE_DOOR={"PER_IP": 100, "PER_AUTHOR": 2, "WINDOW_SECONDS": 60})
def test_the_count_is_shared_through_redis(redis_cache: str) -> None:
    import redis

    comment_door_check(ip_address="203.0.113.9", author_key="ava", now=120.0)
    comment_door_check(ip_address="203.0.113.9", author_key="ava", now=121.0)
    caches["default"].close()  # another process: a fresh connection, the same counters

    with pytest.raises(ApplicationError) as refused:
        comment_door_check(ip_address="203.0.113.9", author_key="ava", now=122.0)

    assert refused.value.status == 429
    assert any(redis.Redis.from_url(REDIS_URL).scan_iter(f"{redis_cache}:*tribune:door:author:*"))
