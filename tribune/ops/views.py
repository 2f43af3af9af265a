"""Liveness, readiness and metrics endpoints for load balancers, orchestrators and Prometheus.

GET /health/live    200 {"status": "ok"} while the process serves requests
GET /health/ready   200 {"status": "ready", "checks": {...}} or 503 naming what failed
GET /metrics        Prometheus text format; 403 unless the caller is allowed (tribune.ops.access)
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from tribune.ops.access import metrics_allowed
from tribune.ops.checks import readiness_checks
from tribune.ops.metrics import render_metrics

# The classic text format, which every Prometheus version reads (our names need no escaping).
PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8"


@never_cache
@require_GET
def health_live(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


@never_cache
@require_GET
def health_ready(request: HttpRequest) -> JsonResponse:
    results = readiness_checks()
    failed = [r.name for r in results if not r.ok]
    body = {
        "status": "unavailable" if failed else "ready",
        "failed": failed,
        "checks": {r.name: r.detail for r in results},
    }
    return JsonResponse(body, status=503 if failed else 200)


@never_cache
@require_GET
def metrics(request: HttpRequest) -> HttpResponse:
    if not metrics_allowed(request):
        return HttpResponse(
            _("Metrics are not available to this address."), status=403, content_type="text/plain"
        )
    return HttpResponse(render_metrics(), content_type=PROMETHEUS_TEXT)
