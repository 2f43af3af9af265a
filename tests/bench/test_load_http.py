"""The load test's HTTP helpers: request bytes, response parsing, loopback-only addresses."""

from __future__ import annotations

import asyncio
import json

import pytest

from bench.load_http import HttpError, encode_request, parse_response, post_json, source_addresses


def test_encode_request_is_a_json_post_that_closes() -> None:
    raw = encode_request("127.0.0.1", 8120, "/api/articles/a/comments", {"body": "سلام"})
    head, _, body = raw.partition(b"\r\n\r\n")
    assert head.startswith(b"POST /api/articles/a/comments HTTP/1.1\r\n")
    assert b"Connection: close" in head
    assert json.loads(body) == {"body": "سلام"}
    assert f"Content-Length: {len(body)}".encode() in head  # bytes, not characters


def test_parse_response_reads_status_and_body() -> None:
    raw = b'HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: 9\r\n\r\n{"id": 7}'
    assert parse_response(raw) == (202, b'{"id": 7}')
    assert parse_response(b"HTTP/1.0 500 Oops\r\n\r\nboom") == (500, b"boom")  # read to close
    with pytest.raises(HttpError):
        parse_response(b"HTTP/1.1 202 Accepted\r\nContent-Length: 50\r\n\r\nshort")
    with pytest.raises(HttpError):
        parse_response(b"garbage")


def test_source_addresses_are_distinct_loopback() -> None:
    addresses = source_addresses(600)
    assert len(set(addresses)) == 600
    assert addresses[0] == "127.0.1.1"
    assert all(a.startswith("127.0.") and not a.endswith((".0", ".255")) for a in addresses)


def test_post_json_refuses_non_loopback_targets() -> None:
    with pytest.raises(ValueError, match="loopback"):
        asyncio.run(post_json("192.0.2.1", 80, "/", {}))
    with pytest.raises(ValueError, match="loopback"):
        asyncio.run(post_json("127.0.0.1", 8120, "/", {}, source="10.0.0.1"))
