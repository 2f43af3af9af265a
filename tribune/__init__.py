"""Tribune: pre-moderated, multilingual comments for a news site."""

__version__ = "0.1.0"
