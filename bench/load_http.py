"""A minimal asyncio HTTP/1.1 client for the load test: one POST per connection, loopback only.

Each request opens its own connection from a rotating loopback source address
(``127.0.<i>.<j>``; Linux routes all of 127.0.0.0/8 to ``lo``), so the server
sees many readers, as a site would, instead of one address that its per-IP
rate limit would hold after ten comments. Raw sockets keep the client's own CPU
cost low on a 2-core machine that also runs the server.

    status, body = await post_json("127.0.0.1", 8120, "/api/articles/x/comments", {...}, source="127.0.3.7")
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
from typing import Any

LOOPBACK = ipaddress.ip_network("127.0.0.0/8")


class HttpError(Exception):
    """The server's answer could not be read as HTTP/1.1."""


def source_addresses(count: int) -> list[str]:
    """``count`` distinct loopback addresses from 127.0.1.1 upwards (x.0 and x.255 skipped)."""
    out: list[str] = []
    third = 1
    while len(out) < count:
        for fourth in range(1, 255):
            out.append(f"127.0.{third}.{fourth}")
            if len(out) == count:
                break
        third += 1
        if third > 255:
            raise ValueError("too many source addresses asked for")
    return out


def _check_loopback(host: str) -> None:
    if ipaddress.ip_address(host) not in LOOPBACK:
        raise ValueError(f"the load test only talks to loopback addresses, not {host}")


def encode_request(host: str, port: int, path: str, payload: dict[str, Any]) -> bytes:
    """The bytes of a JSON POST that asks the server to close the connection after answering."""
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    head = (
        f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


def parse_response(raw: bytes) -> tuple[int, bytes]:
    """Status code and body of one complete HTTP/1.1 response (Content-Length or read-to-close)."""
    head, sep, body = raw.partition(b"\r\n\r\n")
    if not sep:
        raise HttpError("response ended inside its headers")
    lines = head.split(b"\r\n")
    parts = lines[0].split(b" ", 2)
    if len(parts) < 2 or not parts[0].startswith(b"HTTP/1."):
        raise HttpError(f"not an HTTP/1.x status line: {lines[0][:80]!r}")
    status = int(parts[1])
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
            if len(body) < length:
                raise HttpError(f"body cut short: {len(body)} of {length} bytes")
            return status, body[:length]
    return status, body


async def post_json(
    host: str,
    port: int,
    path: str,
    payload: dict[str, Any],
    *,
    source: str | None = None,
    timeout: float = 30.0,
) -> tuple[int, bytes]:
    """POST ``payload`` as JSON and return ``(status, body)``; raises ``OSError``/``HttpError``/timeout."""
    _check_loopback(host)
    if source is not None:
        _check_loopback(source)

    async def exchange() -> bytes:
        reader, writer = await asyncio.open_connection(host, port, local_addr=(source, 0) if source else None)
        try:
            writer.write(encode_request(host, port, path, payload))
            await writer.drain()
            return await reader.read()  # the server closes after its answer (Connection: close)
        finally:
            writer.close()

    raw = await asyncio.wait_for(exchange(), timeout)
    return parse_response(raw)
