"""Path parameters shared by the endpoints: object ids the database can hold.

An id outside 1..2**63-1 cannot name a row; refusing it in the schema answers 422
instead of letting the database driver overflow into a 500.

    def notes(request, comment_id: ObjectId): ...
"""

from __future__ import annotations

from typing import Annotated

from ninja import Path

MAX_ID = 2**63 - 1
"""The largest primary key PostgreSQL's bigint and SQLite's INTEGER hold."""

ObjectId = Annotated[int, Path(ge=1, le=MAX_ID)]
