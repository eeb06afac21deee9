"""Signed webhook sequences to a call's ``callbackUrl``."""
