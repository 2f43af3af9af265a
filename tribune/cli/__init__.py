"""The ``tribune`` command line.

tribune serve                      # set up SQLite, demo data, run http://127.0.0.1:8000
tribune score comments.jsonl --output judged.jsonl
tribune train / tribune evaluate   # build and measure the model bundle
tribune train --with-decisions     # retrain with moderators' decisions; promote only if not worse
tribune models list|rollback       # model versions in the store
tribune manage migrate             # any Django management command
tribune worker [celery options]    # a Celery worker (TRIBUNE_TASKS_BACKEND=celery)
tribune beat [celery options]      # the one scheduler: re-enqueues comments left unmoderated
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from tribune.cli.helptext import (
    BEAT_HELP,
    DEFAULT_BATCH_SIZE,
    SCORE_DESCRIPTION,
    SCORE_EPILOG,
    WORKER_HELP,
    wants_help,
)


def _run_score(args: argparse.Namespace, rest: list[str]) -> int:
    from tribune.cli.score import score_command

    return score_command(args.input, args.output, batch_size=args.batch_size, bundle=args.bundle)


def _run_serve(args: argparse.Namespace, rest: list[str]) -> int:
    from tribune.cli.serve import serve_command

    return serve_command(host=args.host, port=args.port, demo=not args.no_demo)


def _forward(module: str) -> Callable[[argparse.Namespace, list[str]], int]:
    def run(args: argparse.Namespace, rest: list[str]) -> int:
        import importlib

        return int(importlib.import_module(module).main(rest) or 0)

    return run


def _run_train(args: argparse.Namespace, rest: list[str]) -> int:
    if "--with-decisions" in rest:
        from tribune.cli.retrain import retrain_command

        return retrain_command([a for a in rest if a != "--with-decisions"])
    return _forward("tribune.ml.training.train")(args, rest)


def _run_models(args: argparse.Namespace, rest: list[str]) -> int:
    from tribune.cli.models import models_command

    return models_command(rest)


def _run_manage(args: argparse.Namespace, rest: list[str]) -> int:
    from tribune.cli.serve import django_setup

    django_setup()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["tribune manage", *rest])
    return 0


def _run_worker(args: argparse.Namespace, rest: list[str]) -> int:
    if wants_help(rest):
        print(WORKER_HELP, end="")
        return 0
    from tribune.cli.serve import django_setup

    django_setup()
    from tribune.tasks.celery_app import celery_app

    app = celery_app()

    app.worker_main(["worker", "--loglevel=INFO", *rest])
    return 0


def beat_argv(rest: list[str], var_dir: str) -> list[str]:
    """Celery beat's arguments: the schedule file lives in Tribune's var directory unless given."""
    given = any(a == "-s" or a.startswith(("--schedule", "-s")) for a in rest)
    schedule = [] if given else [f"--schedule={var_dir}/celerybeat-schedule"]
    return ["beat", "--loglevel=INFO", *schedule, *rest]


def _run_beat(args: argparse.Namespace, rest: list[str]) -> int:
    if wants_help(rest):
        print(BEAT_HELP, end="")
        return 0
    from tribune.cli.serve import django_setup

    django_setup()
    from django.conf import settings

    from tribune.tasks.celery_app import celery_app

    app = celery_app()

    settings.VAR_DIR.mkdir(parents=True, exist_ok=True)
    app.start(beat_argv(rest, str(settings.VAR_DIR)))
    return 0


def _positive(raw: str) -> int:
    value = int(raw) if raw.strip().lstrip("+").isdigit() else 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {raw!r}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tribune", description="Tribune: pre-moderated news comments.")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser(
        "serve",
        help="set up the embedded site with demo data and run it",
        description="Migrate the SQLite database, load the demo newsroom (articles, readers' comments, two "
        "weeks of history, the moderator account, whose login is printed), finish any moderation an "
        "earlier run left unfinished, then run the site. No other service is needed.",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    serve.add_argument("--no-demo", action="store_true", help="do not load demo articles and comments")
    serve.set_defaults(run=_run_serve)

    score = sub.add_parser(
        "score",
        help="judge comments from JSONL (one JSON line out per line in)",
        description=SCORE_DESCRIPTION,
        epilog=SCORE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    score.add_argument("input", help="JSONL file, or - for standard input")
    score.add_argument("--output", "-o", default="-", help="output JSONL file (default: standard output)")
    score.add_argument(
        "--batch-size",
        type=_positive,
        default=DEFAULT_BATCH_SIZE,
        metavar="N",
        help=f"comments scored together; larger is faster and uses more memory (default: {DEFAULT_BATCH_SIZE})",
    )
    score.add_argument(
        "--bundle", default=None, help="model bundle directory (default: the live one, as the site loads it)"
    )
    score.set_defaults(run=_run_score)

    train = sub.add_parser(
        "train",
        help="train the model bundle (--with-decisions: retrain with moderators' decisions)",
        add_help=False,
    )
    train.set_defaults(run=_run_train)
    evaluate = sub.add_parser("evaluate", help="evaluate the model bundle on the test splits", add_help=False)
    evaluate.set_defaults(run=_forward("tribune.ml.training.evaluate"))
    models = sub.add_parser("models", help="list or roll back model versions", add_help=False)
    models.set_defaults(run=_run_models)

    manage = sub.add_parser("manage", help="run a Django management command", add_help=False)
    manage.set_defaults(run=_run_manage)
    worker = sub.add_parser("worker", help="run a moderation worker (scale mode, Celery)", add_help=False)
    worker.set_defaults(run=_run_worker)
    beat = sub.add_parser(
        "beat", help="run the scheduler that re-enqueues unmoderated comments (one per site)", add_help=False
    )
    beat.set_defaults(run=_run_beat)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args, rest = build_parser().parse_known_args(list(sys.argv[1:] if argv is None else argv))
    if rest and args.command in ("serve", "score"):
        build_parser().error(f"unrecognized arguments: {' '.join(rest)}")
    return int(args.run(args, rest))
