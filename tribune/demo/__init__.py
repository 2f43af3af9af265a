"""The demo newsroom for ``tribune serve``: articles, readers' comments, two weeks of history, a moderator.

The top of the stack: it may import every app, and nothing imports it.

    seed_demo()          # idempotent; what ``tribune manage seed_demo`` runs
"""
