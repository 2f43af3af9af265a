"""Gunicorn settings for the web side: ``gunicorn -c python:tribune.config.gunicorn tribune.config.wsgi``.

Every value can be overridden on the command line or by the ``TRIBUNE_WEB_*``
variables below. The web processes never moderate (workers do), so they are
small: sync workers, one per core plus one, recycled now and then to bound
memory; requests that hang past the timeout are killed and logged.
"""

from __future__ import annotations

import multiprocessing
import os

bind = os.environ.get("TRIBUNE_WEB_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("TRIBUNE_WEB_WORKERS", str(multiprocessing.cpu_count() + 1)))
threads = int(os.environ.get("TRIBUNE_WEB_THREADS", "1"))
timeout = int(os.environ.get("TRIBUNE_WEB_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
max_requests = int(os.environ.get("TRIBUNE_WEB_MAX_REQUESTS", "5000"))
max_requests_jitter = max_requests // 10
accesslog = os.environ.get("TRIBUNE_WEB_ACCESS_LOG", "-")
errorlog = "-"
# Behind a proxy on this host only; set TRIBUNE_WEB_FORWARDED_ALLOW_IPS for others.
forwarded_allow_ips = os.environ.get("TRIBUNE_WEB_FORWARDED_ALLOW_IPS", "127.0.0.1")
raw_env = [
    f"DJANGO_SETTINGS_MODULE={os.environ.get('DJANGO_SETTINGS_MODULE', 'tribune.config.settings.production')}"
]
