"""The front's input checks (voice_agents_mock._screen), without a server."""

from __future__ import annotations

import pytest
from voice_agents_mock._front import screen as _screen
from voice_agents_mock._front.screen import Rejection


def test_json_accepts_what_javascript_accepts() -> None:
    body, value = _screen.check_json('\ufeff{"a": [1, 2.5e3, "é", "\\ud83d\\ude00"]}'.encode())
    assert not body.startswith(b"\xef\xbb\xbf")  # the byte-order mark is dropped
    assert value == {"a": [1, 2500.0, "é", "😀"]}


@pytest.mark.parametrize(
    "body",
    [b"", b"{", b"NaN", b'{"a": Infinity}', b"{'a': 1}", b'{"a": "\x01"}', b"\xff"],
)
def test_json_rejections(body: bytes) -> None:
    with pytest.raises(Rejection) as caught:
        _screen.check_json(body)
    assert caught.value.status == 400


def test_escaped_nul_is_valid_json() -> None:
    assert _screen.check_json(b'{"a\\u0000": "\\u0000"}')[1] == {"a\x00": "\x00"}


def test_path_checks() -> None:
    assert _screen.check_path(b"/v1/admin/assistant/get/%E6%97%A5") == "/v1/admin/assistant/get/日"
    assert _screen.check_path(b"/a%00b") == "/a\x00b"
    for bad in (b"/a/../b", b"/a/%2E%2e/b", b"/a/./b", b"/a/..%5Cb", b"/%ff"):
        with pytest.raises(Rejection):
            _screen.check_path(bad)


def test_multipart_round_trip_is_canonical() -> None:
    body = (
        b"preamble\r\n--b\r\n"
        b'Content-Disposition: form-data; name="chunk"; filename="a=b;\\"c.bin"\r\n\r\n'
        b"\x00\x01\r\n--b\r\n"
        b"content-disposition: FORM-DATA; name=chunkIndex\r\n\r\n0\r\n--b--\r\nepilogue"
    )
    parts = _screen.parse_multipart(body, "b")
    assert [(p.name, p.filename, p.data) for p in parts] == [
        ("chunk", 'a=b;"c.bin', b"\x00\x01"),
        ("chunkIndex", None, b"0"),
    ]
    canonical, content_type = _screen.serialize_multipart(parts)
    boundary = content_type.split("boundary=")[1]
    assert b'name="chunk"; filename="a_b__c.bin"\r\nContent-Type: application/octet-stream' in (
        canonical
    )
    again = _screen.parse_multipart(canonical, boundary)
    assert [p.data for p in again] == [b"\x00\x01", b"0"]


@pytest.mark.parametrize(
    "body",
    [
        b"--b\r\n\r\nno headers\r\n--b--",
        b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--",
        b'--b\r\nContent-Disposition: attachment; name="x"\r\n\r\nx\r\n--b--',
        b"--b\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b--",
        b'--b\r\nContent-Disposition: form-data; name="x"\r\n\r\nnever closed',
        b"no boundary at all",
        b"--b--",
    ],
)
def test_multipart_rejections(body: bytes) -> None:
    with pytest.raises(Rejection):
        _screen.parse_multipart(body, "b")


def test_form_checks() -> None:
    _screen.check_form(b"a=1&b=%C3%A9+x")
    _screen.check_form(b"a=%00")
    for bad in (b"%E0%A4%A=1", b"a=%ff"):
        with pytest.raises(Rejection):
            _screen.check_form(bad)


def test_media_type_parsing() -> None:
    assert _screen.parse_media_type('Multipart/Form-Data; boundary="a b"; charset=UTF-8') == (
        "multipart/form-data",
        {"boundary": "a b", "charset": "UTF-8"},
    )
    assert _screen.is_json_media_type("application/problem+json")
    assert not _screen.is_json_media_type("text/json")
