from __future__ import annotations

from tribune.ops.access import address_allowed, token_matches


def test_addresses_and_networks() -> None:
    allowed = ["127.0.0.1", "::1", "10.0.0.0/8"]
    assert address_allowed("127.0.0.1", allowed)
    assert address_allowed("::1", allowed)
    assert address_allowed("10.20.30.40", allowed)
    assert not address_allowed("192.0.2.7", allowed)
    assert not address_allowed("not an ip", allowed)
    assert not address_allowed("192.0.2.7", ["garbage", ""])
    assert address_allowed("192.0.2.7", ["*"])


def test_bearer_token() -> None:
    assert token_matches("Bearer s3cret", "s3cret")
    assert not token_matches("Bearer wrong", "s3cret")
    assert not token_matches("s3cret", "s3cret")
    assert not token_matches("Bearer ", "")  # no token configured: tokens never match
