"""Proxy mode: real traffic to a real upstream, validated by Prism on the way."""
