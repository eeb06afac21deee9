"""The parent side of a mock: starting the serving process, watching it and Prism end."""
