"""The moderation pipeline: an ordered list of small steps, run by ``runner.run``."""
