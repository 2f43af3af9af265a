"""``python -m tribune`` is the ``tribune`` command."""

import sys

from tribune.cli import main

sys.exit(main())
