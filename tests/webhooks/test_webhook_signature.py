"""``verify_signature``, ``compute_signature`` and the signature half of ``construct_event``.

Property tests (hypothesis) cover the rules of the scheme: the hex HMAC-SHA256 of the exact raw
bytes keyed with the private key verifies; any change to a byte, the key, the length or the case
of the signature does not; and nothing odd ever makes ``verify_signature`` raise.
"""

from __future__ import annotations

import email.message
import hashlib
import hmac
import json
import pickle
from typing import Any

import httpx
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from voice_agents import errors, webhooks
from voice_agents.errors import (
    ConfigurationError,
    VoiceAgentsError,
    WebhookError,
    WebhookPayloadError,
    WebhookSignatureError,
)
from voice_agents.webhooks import compute_signature, construct_event, verify_signature

PRIVATE_KEY = "sk_" + "8e1f4a7d0c3b6e9f2a5d8c1b4e7f0a3d6c9b2e5f8a1d4c7b0e3f6a9d2c5b8e1f"
OTHER_KEY = "sk_" + "0" * 64
PUBLIC_KEY = "pk_3f9a7c2e5b1d4806a9e3c7f1b2d5e8a4"
BODY = json.dumps(
    {
        "metadata": {"internalOrderId": "8842"},
        "event": {
            "type": "call.completed",
            "data": {"call": {"id": "68f0a1b2c3d4e5f600000900", "status": "completed"}},
        },
    },
    separators=(",", ":"),
).encode()

keys = st.text(min_size=1, max_size=80)
bodies = st.binary(max_size=512)


def reference_signature(payload: bytes, key: str) -> str:
    """The scheme as the vendor documents it, written independently of the library."""
    return hmac.new(key.encode("utf-8"), payload, hashlib.sha256).hexdigest()


# --- verify_signature / compute_signature


@given(payload=bodies, key=keys)
def test_valid_signature_verifies(payload: bytes, key: str) -> None:
    signature = reference_signature(payload, key)
    assert compute_signature(payload, key) == signature
    assert verify_signature(payload, signature, key) is True
    assert verify_signature(bytearray(payload), signature, key) is True
    assert verify_signature(memoryview(payload), signature.encode(), key.encode()) is True


@given(text=st.text(max_size=200), key=keys)
def test_str_payload_is_its_utf8_bytes(text: str, key: str) -> None:
    signature = reference_signature(text.encode("utf-8"), key)
    assert verify_signature(text, signature, key) is True


@given(payload=st.binary(min_size=1, max_size=512), key=keys, data=st.data())
def test_tampered_byte_fails(payload: bytes, key: str, data: st.DataObject) -> None:
    signature = reference_signature(payload, key)
    index = data.draw(st.integers(0, len(payload) - 1), label="index")
    flip = data.draw(st.integers(1, 255), label="xor")
    tampered = bytearray(payload)
    tampered[index] ^= flip
    assert verify_signature(bytes(tampered), signature, key) is False


@given(payload=bodies, key=keys, extra=st.binary(min_size=1, max_size=8))
def test_appended_or_removed_bytes_fail(payload: bytes, key: str, extra: bytes) -> None:
    signature = reference_signature(payload + extra, key)
    assert verify_signature(payload, signature, key) is False
    assert verify_signature(payload + extra + extra, signature, key) is False


@given(payload=bodies, key=keys, other=keys)
def test_wrong_key_fails(payload: bytes, key: str, other: str) -> None:
    assume(key != other)
    assert verify_signature(payload, reference_signature(payload, key), other) is False


@given(payload=bodies, key=keys, cut=st.integers(0, 63))
def test_truncated_signature_fails(payload: bytes, key: str, cut: int) -> None:
    signature = reference_signature(payload, key)
    assert verify_signature(payload, signature[:cut], key) is False
    assert verify_signature(payload, signature + "0", key) is False
    assert verify_signature(payload, signature + signature, key) is False


@given(payload=bodies, key=keys, data=st.data())
def test_other_case_fails(payload: bytes, key: str, data: st.DataObject) -> None:
    """The API sends lower-case hex and the vendor documents an exact comparison."""
    signature = reference_signature(payload, key)
    assume(any(c in "abcdef" for c in signature))
    assert verify_signature(payload, signature.upper(), key) is False
    letters = [i for i, c in enumerate(signature) if c in "abcdef"]
    i = data.draw(st.sampled_from(letters), label="position")
    one_upper = signature[:i] + signature[i].upper() + signature[i + 1 :]
    assert verify_signature(payload, one_upper, key) is False


@given(payload=bodies, key=keys)
def test_surrounding_blanks_fail(payload: bytes, key: str) -> None:
    signature = reference_signature(payload, key)
    assert verify_signature(payload, f" {signature}", key) is False
    assert verify_signature(payload, f"{signature}\n", key) is False


odd_signatures = st.one_of(
    st.none(),
    st.text(max_size=100),
    st.binary(max_size=100),
    st.text(alphabet="0123456789abcdef", min_size=64, max_size=64),
    st.text(alphabet="0123456789ABCDEFXYZ\u00e9\u0660", min_size=64, max_size=64),
    st.integers(),
    st.lists(st.integers(), max_size=3),
)
odd_payloads = st.one_of(
    st.binary(), st.text(), st.none(), st.integers(), st.dictionaries(st.text(), st.text())
)
odd_keys = st.one_of(st.text(), st.binary(), st.none(), st.integers())


@given(payload=odd_payloads, signature=odd_signatures, key=odd_keys)
def test_never_raises_on_odd_input(payload: Any, signature: Any, key: Any) -> None:
    assert verify_signature(payload, signature, key) in (True, False)


@pytest.mark.parametrize(
    "signature",
    ["", "0", "not-hex", "g" * 64, "\u0660" * 64, "a" * 63, "a" * 65, "a" * 128],
)
def test_odd_signatures_are_false(signature: str) -> None:
    assert verify_signature(BODY, signature, PRIVATE_KEY) is False


def test_empty_key_never_verifies() -> None:
    """An empty key would let anyone sign: refused even with its own valid HMAC."""
    assert verify_signature(BODY, reference_signature(BODY, ""), "") is False


def test_compare_is_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    assert verify_signature(BODY, reference_signature(BODY, PRIVATE_KEY), PRIVATE_KEY)
    assert len(calls) == 1


def test_compute_signature_refuses_a_decoded_object() -> None:
    with pytest.raises(TypeError, match="raw body"):
        compute_signature({"event": {}}, PRIVATE_KEY)  # type: ignore[arg-type]


# --- construct_event: headers


def signed(body: bytes = BODY, key: str = PRIVATE_KEY) -> dict[str, str]:
    return {"x-signature": reference_signature(body, key), "x-public-key": PUBLIC_KEY}


@pytest.mark.parametrize("name", ["x-signature", "X-Signature", "X-SIGNATURE", "x-SiGnAtUrE"])
def test_header_names_are_case_insensitive(name: str) -> None:
    headers = {name: reference_signature(BODY, PRIVATE_KEY), "X-Public-Key": PUBLIC_KEY}
    event = construct_event(BODY, headers, PRIVATE_KEY)
    assert event.type == "call.completed"


def test_header_containers() -> None:
    signature = reference_signature(BODY, PRIVATE_KEY)
    message = email.message.Message()  # what http.server's handler.headers is
    message["X-Signature"] = signature
    containers: list[webhooks.HeadersLike] = [
        httpx.Headers({"X-Signature": signature}),
        message,
        [(b"x-signature", signature.encode())],  # ASGI scope["headers"]
        [("X-Signature", signature)],
    ]
    for headers in containers:
        assert construct_event(BODY, headers, PRIVATE_KEY).call_id == "68f0a1b2c3d4e5f600000900"


def test_header_value_blanks_are_ignored() -> None:
    headers = {"x-signature": f"  {reference_signature(BODY, PRIVATE_KEY)}\t"}
    assert construct_event(BODY, headers, PRIVATE_KEY).type == "call.completed"


def test_str_body() -> None:
    text = BODY.decode()
    assert construct_event(text, signed(), PRIVATE_KEY).type == "call.completed"


@pytest.mark.parametrize("headers", [{}, {"x-public-key": PUBLIC_KEY}, {"x-signature": ""}])
def test_missing_signature_header(headers: dict[str, str]) -> None:
    with pytest.raises(WebhookSignatureError, match="missing x-signature") as info:
        construct_event(BODY, headers, PRIVATE_KEY)
    assert info.value.reason == "missing"


def test_malformed_signature() -> None:
    headers = {"x-signature": reference_signature(BODY, PRIVATE_KEY).upper()}
    with pytest.raises(WebhookSignatureError, match="lower-case hex") as info:
        construct_event(BODY, headers, PRIVATE_KEY)
    assert info.value.reason == "malformed"


def test_mismatch() -> None:
    with pytest.raises(WebhookSignatureError, match="does not match") as info:
        construct_event(BODY + b" ", signed(), PRIVATE_KEY)
    assert info.value.reason == "mismatch"
    with pytest.raises(WebhookSignatureError):
        construct_event(BODY, signed(), OTHER_KEY)


def test_conflicting_duplicate_headers() -> None:
    good = reference_signature(BODY, PRIVATE_KEY)
    pairs = [("x-signature", good), ("X-Signature", "0" * 64)]
    with pytest.raises(WebhookSignatureError) as info:
        construct_event(BODY, pairs, PRIVATE_KEY)
    assert info.value.reason == "ambiguous"
    same = [("x-signature", good), ("X-Signature", good)]
    assert construct_event(BODY, same, PRIVATE_KEY).type == "call.completed"


def test_signature_is_checked_before_parsing() -> None:
    garbage = b"not json"
    with pytest.raises(WebhookSignatureError):
        construct_event(garbage, signed(BODY), PRIVATE_KEY)
    with pytest.raises(WebhookPayloadError):
        construct_event(garbage, signed(garbage), PRIVATE_KEY)


def test_empty_private_key_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError):
        construct_event(BODY, signed(), "")


# --- construct_event: one endpoint, several organizations


def test_key_function_picks_the_key_by_public_key() -> None:
    keyring = {PUBLIC_KEY: PRIVATE_KEY}
    event = construct_event(BODY, signed(), keyring.get)
    assert event.call_id == "68f0a1b2c3d4e5f600000900"


def test_key_function_unknown_public_key() -> None:
    headers = signed() | {"x-public-key": "pk_ffffffffffffffffffffffffffffffff"}
    with pytest.raises(WebhookSignatureError, match="no private key") as info:
        construct_event(BODY, headers, {PUBLIC_KEY: PRIVATE_KEY}.get)
    assert info.value.reason == "unknown_key"
    assert "pk_ffffffffffffffffffffffffffffffff" not in str(info.value)  # masked


def test_key_function_needs_the_public_key_header() -> None:
    headers = {"x-signature": reference_signature(BODY, PRIVATE_KEY)}
    with pytest.raises(WebhookSignatureError, match="missing x-public-key") as info:
        construct_event(BODY, headers, lambda _pk: PRIVATE_KEY)
    assert info.value.reason == "missing"


# --- errors


def test_error_hierarchy() -> None:
    assert issubclass(WebhookError, VoiceAgentsError)
    assert issubclass(WebhookSignatureError, WebhookError)
    assert issubclass(WebhookPayloadError, WebhookError)
    assert issubclass(WebhookPayloadError, ValueError)
    assert {"WebhookError", "WebhookSignatureError", "WebhookPayloadError"} <= set(errors.__all__)


def test_errors_survive_pickling() -> None:
    sig = pickle.loads(pickle.dumps(WebhookSignatureError("m", reason="malformed")))
    assert (str(sig), sig.reason) == ("m", "malformed")
    pay = pickle.loads(pickle.dumps(WebhookPayloadError("m", path="event.data")))
    assert (str(pay), pay.path) == ("m", "event.data")


@given(key=st.text(alphabet="0123456789abcdef", min_size=16, max_size=64), payload=bodies)
def test_messages_never_show_the_key_or_the_expected_signature(key: str, payload: bytes) -> None:
    private_key = f"sk_{key}"
    expected = reference_signature(payload, private_key)
    attempts: list[dict[str, str]] = [
        {},
        {"x-signature": "0" * 64},
        {"x-signature": expected.upper()},
        {"x-signature": "zz"},
    ]
    for headers in attempts:
        try:
            construct_event(payload, headers, private_key)
        except WebhookSignatureError as exc:
            text = f"{exc} {exc!r}"
            assert private_key not in text
            assert key not in text
            assert expected not in text
        else:  # pragma: no cover - the check above must fail
            pytest.fail("an unsigned delivery was accepted")
