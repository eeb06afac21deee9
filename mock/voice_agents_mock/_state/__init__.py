"""The stateful layer: an in-memory store per workspace, one module per resource family."""
