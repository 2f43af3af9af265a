"""The moderators' endpoints under ``/api/moderation``: the queue and decisions, appeals, bulk and author tools."""
