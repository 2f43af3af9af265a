"""Each ``tribune … --help`` says what the command does, in Tribune's words."""

from __future__ import annotations

import pytest

from tribune.cli import main


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    try:
        assert main([*argv, "--help"]) == 0
    except SystemExit as stop:
        assert stop.code == 0
    return capsys.readouterr().out


def test_train_help_lists_with_decisions(capsys: pytest.CaptureFixture[str]) -> None:
    assert "--with-decisions" in _help(capsys, "train")


def test_train_with_decisions_help_does_not_require_an_export(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys, "train", "--with-decisions")
    assert "[--decisions FILE]" in text
    assert "instead of exporting" in " ".join(text.split())


@pytest.mark.parametrize("command", ["worker", "beat"])
def test_worker_and_beat_describe_tribunes_commands(capsys: pytest.CaptureFixture[str], command: str) -> None:
    text = _help(capsys, command)
    assert text.startswith(f"usage: tribune {command}")
    assert "--app=proj" not in text and "moderat" in text


def test_serve_help_says_what_it_sets_up(capsys: pytest.CaptureFixture[str]) -> None:
    text = " ".join(_help(capsys, "serve").split())
    assert "demo newsroom" in text and "(default: 8000)" in text and "(default: 127.0.0.1)" in text
