"""Prism: finding or installing the pinned copy, and supervising the process that runs it."""
