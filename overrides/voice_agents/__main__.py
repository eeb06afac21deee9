"""``python -m voice_agents``: the library's command line (see :mod:`voice_agents._cli`)."""

from __future__ import annotations

import sys

from ._cli import main

if __name__ == "__main__":
    sys.exit(main())
