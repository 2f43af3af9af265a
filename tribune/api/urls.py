"""``/api/``: the django-ninja API (docs at ``/api/docs``)."""

from __future__ import annotations

from django.urls import path

from tribune.api.api import api

urlpatterns = [path("", api.urls)]
