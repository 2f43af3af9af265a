"""``tribune serve``: one command from a fresh checkout to a running demo site."""

from __future__ import annotations

import os


def django_setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tribune.config.settings.base")
    import django

    django.setup()


def serve_command(*, host: str, port: int, demo: bool) -> int:
    """Migrate, load the demo, finish interrupted moderation, then run the web server."""
    django_setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    if demo:
        call_command("seed_demo")  # tribune/demo: articles, comments, history, moderator
    from tribune.ml import get_scorer
    from tribune.ml.sentence import get_sentence_encoder

    print(f"moderation model: {get_scorer().version}", flush=True)  # load once, before the first comment
    embeddings = "on" if get_sentence_encoder() is not None else "off (lexical overlap only)"
    print(f"sentence embeddings (meaning stage, English relevance): {embeddings}", flush=True)
    call_command("moderate_pending")
    print(f"Tribune is running at http://{host}:{port}/ (moderation dashboard: /moderation/)", flush=True)
    call_command("runserver", f"{host}:{port}", use_reloader=False)
    return 0
