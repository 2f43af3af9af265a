"""The dashboard stores nothing of its own: a moderator's languages are ``moderation.ModeratorProfile``."""
