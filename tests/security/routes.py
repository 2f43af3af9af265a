"""Every URL the site serves, found by walking the resolver, with a concrete example path.

    for route in site_routes(samples):
        route.path      # "/moderation/comments/7/decide/"
        route.pattern   # "moderation/comments/<int:comment_id>/decide/"
        route.namespace, route.name

New views are found without editing anything here: the walk covers every
``path()``/``re_path()`` under ``ROOT_URLCONF``, including included apps,
the admin and django-ninja's routers. Parameters are filled from ``samples``
(by name, then by converter); a pattern that cannot be filled so that the path
resolves back to the same view raises, so no route is silently skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404

_ROUTE_PARAM = re.compile(r"<(?:(?P<conv>[^>:]+):)?(?P<name>[^>]+)>")
_REGEX_GROUP = re.compile(r"\(\?P<(?P<name>\w+)>(?P<body>(?:[^()]|\([^()]*\))*)\)")
_LITERAL_ALTERNATIVES = re.compile(r"^[\w-]+(?:\|[\w-]+)*$")
CONVERTER_SAMPLES = {"int": "1", "slug": "sample", "str": "sample", "path": "sample", "uuid": "0" * 32}


@dataclass(frozen=True)
class Route:
    """One served URL: its pattern, namespace, name and an example ``path`` that resolves to it."""

    pattern: str
    namespace: str
    name: str
    path: str

    def __str__(self) -> str:
        label = f"{self.namespace}:{self.name}" if self.namespace else self.name
        return f"{self.path} ({label or 'unnamed'})"


def _fill_route(pattern: str, samples: Mapping[str, str]) -> str:
    def value(match: re.Match[str]) -> str:
        name, conv = match["name"], match["conv"] or "str"
        return samples.get(name, CONVERTER_SAMPLES.get(conv, "sample"))

    return _ROUTE_PARAM.sub(value, pattern)


def _fill_regex(pattern: str, samples: Mapping[str, str]) -> str:
    def value(match: re.Match[str]) -> str:
        name, body = match["name"], match["body"]
        if _LITERAL_ALTERNATIVES.match(body):  # e.g. app_label: (auth|articles|...)
            return body.split("|")[0]
        return samples.get(name, "sample")

    return _REGEX_GROUP.sub(value, pattern).replace("^", "").replace("$", "").replace("\\", "")


def _walk(resolver: URLResolver, prefix: str, namespaces: tuple[str, ...]) -> Iterator[tuple[str, str, str]]:
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = (*namespaces, entry.namespace) if entry.namespace else namespaces
            yield from _walk(entry, prefix + str(entry.pattern), inner)
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), ":".join(namespaces), entry.name or ""


def example_path(route: Route, samples: Mapping[str, str]) -> str:
    """``route``'s pattern with ``samples`` filled in (e.g. ids of rows a test created)."""
    pattern = route.pattern
    filled = _fill_regex(pattern, samples) if "(?P<" in pattern or "^" in pattern else pattern
    return "/" + _fill_route(filled, samples)


def site_routes(samples: Mapping[str, str]) -> list[Route]:
    """Every distinct URL pattern of the site with a resolvable example path."""
    routes: dict[str, Route] = {}
    for pattern, namespace, name in _walk(get_resolver(), "", ()):
        path = example_path(Route(pattern, namespace, name, ""), samples)
        if path in routes:  # one path, several methods (django-ninja lists each operation)
            continue
        try:
            match = resolve(path)
        except Resolver404 as error:
            raise AssertionError(f"cannot build an example URL for {pattern!r} (tried {path!r})") from error
        if (match.namespace, match.url_name or "") != (namespace, name) and name:
            raise AssertionError(f"example {path!r} for {pattern!r} resolves to {match.view_name!r}")
        routes[path] = Route(pattern, namespace, name or (match.url_name or ""), path)
    return list(routes.values())
