"""Bottom layer: constants, errors, options, the security policy; imports nothing else of the mock."""
