"""What each ``tribune`` command's ``--help`` says, in Tribune's words (kept here so the parser stays short)."""

from __future__ import annotations

DEFAULT_BATCH_SIZE = 256

SCORE_DESCRIPTION = (
    "Judge comments without the site or a database: the live model and its thresholds, as the site loads them. "
    "Reads JSONL, one comment per line, and writes one JSON line per input line, in the same order."
)

SCORE_EPILOG = """\
input fields (one JSON object per line; blank lines are skipped):
  text     required: the comment, as the reader wrote it; empty text, or text
           over the site's limit (TRIBUNE_MAX_COMMENT_LENGTH, default 5000
           characters), is refused, as the site refuses it
  id       optional: any JSON value, echoed in the output (default: the line number)
  article  optional: the article's text (title, lead and body), used to judge
           whether the comment is relevant (off_topic); a single word with no
           spaces (a slug, an id or an address) is refused, since relevance
           needs the words of the article
  lang     optional: one of ckb, kmr, en, ar, tr, fa (default: detected from the text)

output fields: id, decision (approve | reject | review), guidelines (the ones
  that caused a reject or review), scores (one per guideline, 0 to 1, and
  reject), language (given or detected).

errors: every line is checked before any is scored; a file with any bad line,
  or with no comments at all, is refused whole with the line numbers at fault,
  nothing is written and the exit status is 2.

example:
  echo '{"id": 1, "text": "Thanks for the clear report."}' | tribune score -
"""

WORKER_HELP = """\
usage: tribune worker [celery worker options]

Run a moderation worker (scale mode, TRIBUNE_TASKS_BACKEND=celery): it takes the
comments the site queued and runs the moderation pipeline on them. Start as many as the load needs, on any machines that reach the
database and the broker. Each process loads the model once; restart workers
after `tribune models rollback` or a promotion.

environment:
  DJANGO_SETTINGS_MODULE  tribune.config.settings.production in scale mode
  DATABASE_URL            the site's PostgreSQL database
  CELERY_BROKER_URL       redis://host:6379/0 or amqp://user:pass@host:5672//
  TRIBUNE_TASK_QUEUE      the queue to take comments from (default: tribune)

common options (everything after `worker` goes to Celery's worker):
  -c, --concurrency N     worker processes (default: one per CPU core)
  -Q, --queues NAMES      queues to consume (default: TRIBUNE_TASK_QUEUE)
  -n, --hostname NAME     this worker's name, e.g. mod1@%h
  -l, --loglevel LEVEL    DEBUG, INFO (default), WARNING, ERROR

example:
  tribune worker --concurrency 2 --hostname mod1@%h

Every other option is Celery's own: `.venv/bin/celery worker --help`.
"""

BEAT_HELP = """\
usage: tribune beat [celery beat options]

Run the one scheduler of a scale-mode site: every TRIBUNE_SWEEP_INTERVAL seconds
(default 60) it re-enqueues the comments left pending and never moderated for
longer than TRIBUNE_SWEEP_GRACE seconds (default 120), for example when the
broker was down as they arrived, so none waits for ever. Run exactly one per site, beside the
workers (`tribune worker`), with the same environment.

common options (everything after `beat` goes to Celery's beat):
  -s, --schedule FILE     where beat keeps its schedule (default: $TRIBUNE_VAR_DIR/celerybeat-schedule)
  -l, --loglevel LEVEL    DEBUG, INFO (default), WARNING, ERROR

Every other option is Celery's own: `.venv/bin/celery beat --help`.
"""


def wants_help(rest: list[str]) -> bool:
    return any(arg in ("-h", "--help") for arg in rest)
