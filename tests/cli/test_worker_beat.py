from __future__ import annotations

from tribune.cli import beat_argv, build_parser


def test_worker_and_beat_take_celery_options() -> None:
    args, rest = build_parser().parse_known_args(["worker", "-P", "solo", "-c", "1"])
    assert args.command == "worker" and rest == ["-P", "solo", "-c", "1"]
    args, rest = build_parser().parse_known_args(["beat", "--loglevel=DEBUG"])
    assert args.command == "beat" and rest == ["--loglevel=DEBUG"]


def test_beat_keeps_its_schedule_in_var_unless_told() -> None:
    assert beat_argv([], "/srv/var") == ["beat", "--loglevel=INFO", "--schedule=/srv/var/celerybeat-schedule"]
    assert "--schedule=/srv/var/celerybeat-schedule" not in beat_argv(["-s", "/tmp/s"], "/srv/var")
    assert beat_argv(["--schedule=/tmp/s"], "/srv/var")[-1] == "--schedule=/tmp/s"
