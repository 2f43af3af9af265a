from __future__ import annotations

import pytest
from django.http import HttpRequest, HttpResponse
from django.test import RequestFactory, override_settings

from tribune.core.client_address import ClientAddressMiddleware, forwarded_client


@pytest.mark.parametrize(
    ("header", "proxies", "expected"),
    [
        ("203.0.113.7", 1, "203.0.113.7"),
        ("6.6.6.6, 203.0.113.7", 1, "203.0.113.7"),  # the client wrote 6.6.6.6 itself
        ("6.6.6.6, 203.0.113.7, 10.0.0.2", 2, "203.0.113.7"),
        ("2001:db8::1", 1, "2001:db8::1"),
        ("203.0.113.7", 2, None),  # fewer hops than proxies: the header was not ours
        ("not-an-ip", 1, None),
        ("", 1, None),
        ("203.0.113.7", 0, None),
    ],
)
def test_forwarded_client(header: str, proxies: int, expected: str | None) -> None:
    assert forwarded_client(header, proxies) == expected


def _seen_address(request: HttpRequest) -> str:
    seen: list[str] = []

    def view(req: HttpRequest) -> HttpResponse:
        seen.append(req.META["REMOTE_ADDR"])
        return HttpResponse()

    ClientAddressMiddleware(view)(request)
    return seen[0]


def test_without_trusted_proxies_the_header_is_ignored() -> None:
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR="6.6.6.6", REMOTE_ADDR="198.51.100.1")
    with override_settings(TRIBUNE_TRUSTED_PROXIES=0):
        assert _seen_address(request) == "198.51.100.1"


def test_with_one_proxy_the_address_it_saw_is_used() -> None:
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7", REMOTE_ADDR="10.0.0.2")
    with override_settings(TRIBUNE_TRUSTED_PROXIES=1):
        assert _seen_address(request) == "203.0.113.7"


def test_a_bad_header_keeps_the_connection_address() -> None:
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR="garbage", REMOTE_ADDR="10.0.0.2")
    with override_settings(TRIBUNE_TRUSTED_PROXIES=1):
        assert _seen_address(request) == "10.0.0.2"
