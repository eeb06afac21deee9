"""The serving process: bind, launch Prism, wire the parts and serve until stopped."""
