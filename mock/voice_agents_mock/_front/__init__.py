"""The front: what the relay's handler does with one request (access rules, screening, CORS, the mock's steps)."""
