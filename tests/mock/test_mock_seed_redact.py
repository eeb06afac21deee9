"""What a snapshot redacts before it writes: each rule of docs/mock.md's "Your own data"."""

from __future__ import annotations

from voice_agents_mock._seed.redact import REDACTED, Redactor

KEY = "sk_live_" + "ab12" * 12


def test_keys_go_everywhere_even_with_keep_pii() -> None:
    for keep in (False, True):
        redactor = Redactor([KEY, "pk"], keep_pii=keep)  # too short to be a key: left alone
        out = redactor({"a": [f"x{KEY}y"], "b": {"c": KEY}, "pk": "pk"})
        assert out == {"a": [f"x{REDACTED}y"], "b": {"c": REDACTED}, "pk": "pk"}
        assert redactor.counts["keys"] == 2


def test_credential_headers_in_both_shapes_and_url_users() -> None:
    redactor = Redactor([], keep_pii=True)
    tool = {
        "config": {
            "headers": [
                {"key": "Authorization", "value": "Bearer live-token"},
                {"key": "X-Shop-Api-Key", "value": "k-123"},
                {"key": "Accept", "value": "application/json"},
            ]
        }
    }
    plan = {"apiPlan": {"headers": {"Cookie": "sid=1", "X-Session-Id": "s", "Accept": "*/*"}}}
    out = redactor({"tool": tool, "plan": plan, "url": "https://bob:pw@crm.example.com/x"})
    assert [h["value"] for h in out["tool"]["config"]["headers"]] == [
        REDACTED,
        REDACTED,
        "application/json",
    ]
    assert out["plan"]["apiPlan"]["headers"] == {
        "Cookie": REDACTED,
        "X-Session-Id": REDACTED,
        "Accept": "*/*",
    }
    assert out["url"] == f"https://{REDACTED}@crm.example.com/x"
    assert redactor.counts == {"credential headers": 4, "URL credentials": 1}


def test_phone_numbers_and_addresses_get_stable_fakes() -> None:
    redactor = Redactor([])
    value = {
        "supportContacts": {"phoneNumber": "+91-98765-43210", "email": "Care@Shop.in"},
        "prompt": "Call +91 98765 43210, or +1 (415) 555-0100; mail care@shop.in.",
        "number": "9876543210",
        "createdAt": "2026-03-02T12:04:43.086Z",
        "timezone": "+05:30",
        "_id": "69b954f86ee9a7796fa57891",
        "orderTotal": "12345678",
        "count": 12345678901,
    }
    out = redactor(value)
    assert out["supportContacts"] == {"phoneNumber": "+155500000001", "email": "user1@example.com"}
    assert out["prompt"] == "Call +155500000001, or +15550000002; mail user1@example.com."
    assert out["number"] == "+1555000003"  # a phone-named field: the digits alone are enough
    untouched = ("createdAt", "timezone", "_id", "orderTotal", "count")
    assert {name: out[name] for name in untouched} == {name: value[name] for name in untouched}
    assert redactor.counts == {"phone numbers": 4, "e-mail addresses": 2}


def test_keep_pii_keeps_them() -> None:
    value = {"phone": "+919876543210", "email": "care@shop.in"}
    assert Redactor([], keep_pii=True)(value) == value
