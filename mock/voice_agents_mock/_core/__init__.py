"""Bottom layer: constants, errors, options, the security policy (nothing else of the mock)."""
