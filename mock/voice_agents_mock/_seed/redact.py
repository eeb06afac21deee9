"""What a snapshot removes before anything is written: keys, credentials, phone numbers, e-mails.

Internal module. :class:`Redactor` returns a redacted copy of a JSON value and counts what it
replaced. The rules (docs/mock.md, "Your own data", spells them out for users):

* the keys the snapshot was made with, anywhere in any string: ``[redacted]``, always;
* credentials, always: the value of a header whose name looks like one (``Authorization``,
  ``Cookie``, anything with ``key``, ``token``, ``secret``, ``passw``, ``auth``, ``session``,
  ``signature`` or ``credential`` in it), in a ``headers`` list of ``{key, value}`` items (an
  API tool's) or a ``headers`` mapping (a pre-call lookup's); and the user and password of a
  URL (``https://user:pass@host`` becomes ``https://[redacted]@host``);
* unless ``keep_pii``: e-mail addresses anywhere in a string become ``user1@example.com``,
  ``user2@...``; phone numbers become ``+1555`` and a serial number, as many digits as the
  original (555 numbers with a 0 exchange are dialled nowhere): any ``+`` and 8 to 15 digits
  (spaces, dots, dashes and brackets between them allowed) anywhere in a string, and the
  whole value of a field named like a phone (``phone``, ``mobile``, ``msisdn``, ``number``,
  ``contact``) that holds 7 to 15 digits and nothing but separators besides.

Fakes are stable within a snapshot: the same address or number (compared by its digits) gets
the same fake everywhere, so an assistant and the file it refers to still agree. They are
handed out in order of appearance, never derived from the value: a hash of a phone number is
reversible by trying every number.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

__all__ = ["REDACTED", "Redactor"]

REDACTED = "[redacted]"
_CREDENTIAL = re.compile(r"auth|token|secret|passw|key|cookie|session|signature|credential", re.I)
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_PLUS_PHONE = re.compile(r"\+\d(?:[\s().-]{0,2}\d){7,14}(?!\d)")
_PHONE_FIELD = re.compile(r"phone|mobile|msisdn|number|contact", re.I)
_SEPARATED_DIGITS = re.compile(r"\+?[\d\s().-]+")
_URL_USER = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*://)[^/@\s]+@")


class Redactor:
    """Redacted copies of JSON values; ``counts`` says what was replaced, by kind.

    Args:
        secrets: strings that must not appear anywhere (the keys in use).
        keep_pii: leave phone numbers and e-mail addresses as they are.
    """

    def __init__(self, secrets: Sequence[str], *, keep_pii: bool = False) -> None:
        self.secrets = tuple(sorted({s for s in secrets if len(s) >= 4}, key=len, reverse=True))
        self.keep_pii = keep_pii
        self.counts: Counter[str] = Counter()
        self._emails: dict[str, str] = {}
        self._phones: dict[str, str] = {}

    def __call__(self, value: Any, field: str = "") -> Any:
        if isinstance(value, dict):
            return {key: self._member(key, item) for key, item in value.items()}
        if isinstance(value, list):
            return [self(item, field) for item in value]
        if isinstance(value, str):
            return self._text(value, field)
        return value

    def _member(self, key: str, value: Any) -> Any:
        if key.lower() == "headers":
            return self._headers(value)
        return self(value, key)

    def _headers(self, value: Any) -> Any:
        if isinstance(value, dict):
            return {
                name: self._credential() if _CREDENTIAL.search(str(name)) else self(item, name)
                for name, item in value.items()
            }
        if isinstance(value, list):
            out = []
            for item in value:
                name = item.get("key", item.get("name")) if isinstance(item, dict) else None
                if isinstance(name, str) and _CREDENTIAL.search(name) and "value" in item:
                    item = {**self(item), "value": self._credential()}
                else:
                    item = self(item)
                out.append(item)
            return out
        return self(value, "headers")

    def _credential(self) -> str:
        self.counts["credential headers"] += 1
        return REDACTED

    def _text(self, text: str, field: str) -> str:
        for secret in self.secrets:
            if secret in text:
                self.counts["keys"] += text.count(secret)
                text = text.replace(secret, REDACTED)
        text, found = _URL_USER.subn(rf"\g<scheme>{REDACTED}@", text)
        if found:
            self.counts["URL credentials"] += found
        if self.keep_pii:
            return text
        text = _EMAIL.sub(self._fake_email, text)
        if _PHONE_FIELD.search(field) and _SEPARATED_DIGITS.fullmatch(text.strip()):
            digits = re.sub(r"\D", "", text)
            if 7 <= len(digits) <= 15:
                return self._fake_phone(digits)
        return _PLUS_PHONE.sub(lambda m: self._fake_phone(re.sub(r"\D", "", m.group())), text)

    def _fake_email(self, match: re.Match[str]) -> str:
        real = match.group().lower()
        fake = self._emails.get(real)
        if fake is None:
            fake = self._emails[real] = f"user{len(self._emails) + 1}@example.com"
        self.counts["e-mail addresses"] += 1
        return fake

    def _fake_phone(self, digits: str) -> str:
        fake = self._phones.get(digits)
        if fake is None:
            serial = str(len(self._phones) + 1)
            width = max(len(digits) - 4, len(serial))
            fake = self._phones[digits] = "+1555" + serial.zfill(width)
        self.counts["phone numbers"] += 1
        return fake
