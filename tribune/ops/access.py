"""Who may read ``/metrics``: listed addresses, or a bearer token when one is configured.

    TRIBUNE_METRICS_ALLOWED_IPS = ["127.0.0.1", "::1", "10.0.0.0/8"]   # "*" allows everyone
    TRIBUNE_METRICS_TOKEN = "long-random-string"    # Authorization: Bearer long-random-string

Only the connecting address (``REMOTE_ADDR``) counts; forwarded-for headers are
ignored, since any client can write them.
"""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Iterable

from django.conf import settings
from django.http import HttpRequest


def address_allowed(address: str, allowed: Iterable[str]) -> bool:
    """Whether ``address`` is one of ``allowed`` (IPs or CIDR networks; ``*`` is everyone)."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    for entry in allowed:
        if entry == "*":
            return True
        try:
            if ip in ipaddress.ip_network(entry, strict=False):
                return True
        except ValueError:
            continue
    return False


def token_matches(header: str, token: str) -> bool:
    """Whether an ``Authorization`` header carries ``Bearer <token>`` (constant-time compare)."""
    if not token or not header.startswith("Bearer "):
        return False
    return hmac.compare_digest(header[len("Bearer ") :].strip().encode(), token.encode())


def metrics_allowed(request: HttpRequest) -> bool:
    if token_matches(request.headers.get("Authorization", ""), settings.TRIBUNE_METRICS_TOKEN):
        return True
    return address_allowed(request.META.get("REMOTE_ADDR", ""), settings.TRIBUNE_METRICS_ALLOWED_IPS)
