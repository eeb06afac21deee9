"""Contains all the data models used in inputs/outputs"""

from .error import Error
from .support_contacts import SupportContacts

__all__ = (
    "Error",
    "SupportContacts",
)
