"""The front: what the relay's handler does with one request (access, CORS, the mock's steps)."""
