"""The reader's own address when Tribune runs behind reverse proxies.

Rate limits, the door's flood counters, login lock-outs (django-axes) and the
comment's stored ``ip_address`` all read ``REMOTE_ADDR``. Behind a load balancer
that is the balancer's address, so one lock-out would block every reader. With
``TRIBUNE_TRUSTED_PROXIES=N`` (the number of proxies in front of Tribune, each
appending to ``X-Forwarded-For``), this middleware puts the address the outermost
trusted proxy saw into ``REMOTE_ADDR``. Entries left of it are written by the
client and never trusted. ``N=0`` (the default) leaves ``REMOTE_ADDR`` alone.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse


def forwarded_client(header: str, proxies: int) -> str | None:
    """The address ``proxies`` hops from the right of ``X-Forwarded-For``, if it is a valid IP.

    >>> forwarded_client("6.6.6.6, 203.0.113.7, 10.0.0.2", 2)
    '203.0.113.7'
    """
    hops = [part.strip() for part in header.split(",") if part.strip()]
    if proxies <= 0 or len(hops) < proxies:
        return None
    candidate = hops[-proxies]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return None


class ClientAddressMiddleware:
    """Replace ``REMOTE_ADDR`` by the client's address as the trusted proxies report it."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        proxies = getattr(settings, "TRIBUNE_TRUSTED_PROXIES", 0)
        if proxies:
            client = forwarded_client(request.META.get("HTTP_X_FORWARDED_FOR", ""), proxies)
            if client is not None:
                request.META["REMOTE_ADDR"] = client
        return self.get_response(request)
