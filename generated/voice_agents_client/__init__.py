"""A client library for accessing Mirai Minds Voice Agents API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
