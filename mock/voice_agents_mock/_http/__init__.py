"""HTTP plumbing: the relay (llhttp via httptools), the request/answer types it hands on, the keep-alive pool to an upstream."""
