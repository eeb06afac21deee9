"""``python -m voice_agents_mock`` runs the ``voice-agents-mock`` CLI."""

from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
