"""HTTP plumbing: the relay (llhttp), the request/answer it hands on, the upstream pool."""
