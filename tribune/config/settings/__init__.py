"""Settings modules: ``base`` (embedded default), ``test``, ``production``."""
