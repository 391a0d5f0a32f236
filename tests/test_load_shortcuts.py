"""Load's byte shortcuts against the plain regex searches they replace."""

from __future__ import annotations

from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articlekit import load as load_module

#: pieces that make the searched patterns likely, in any order and number
PIECES = st.sampled_from(
    [b"\xc2", b"\x80", b"\x9f", b"\xa0", b"\xc2\xab", b"<", b"!", b"<!", b"<!--", b"DocType", b"doctype"]
)
OTHERS = st.sampled_from([b" html", b"[", b"]", b">", b"a", b"\n", b"x" * 40])
PAGES = st.lists(PIECES | OTHERS, max_size=80).map(b"".join)


@pytest.mark.parametrize("tries", [0, 1, 2, 64])
@settings(max_examples=150, deadline=None)
@given(data=PAGES)
def test_c1_search_is_the_regex(data: bytes, tries: int) -> None:
    with mock.patch.object(load_module, "_C2_TRIES", tries):
        assert load_module._has_c1(data) == (load_module._UTF8_C1.search(data) is not None)


@pytest.mark.parametrize("tries", [0, 1, 2, 256])
@pytest.mark.parametrize("head", [None, 7, 60])
@settings(max_examples=150, deadline=None)
@given(data=PAGES)
def test_dtd_subset_search_is_the_regex(data: bytes, tries: int, head: int | None) -> None:
    # a short head too, so that matches cut by its end are tried
    end = load_module._HEAD_BYTES if head is None else head
    expected = load_module._DTD_SUBSET_BYTES.search(data, 0, end) is not None
    with (
        mock.patch.object(load_module, "_BANG_TRIES", tries),
        mock.patch.object(load_module, "_HEAD_BYTES", end),
    ):
        assert load_module._has_dtd_subset_bytes(data) == expected


def test_the_shortcuts_on_plain_cases() -> None:
    assert load_module._has_c1(b"caf\xc3\xa9 \xc2\xa0 \xc2\x85")
    assert not load_module._has_c1(b"\xc2\xab guillemets \xc2\xbb" * 100)
    assert load_module._has_dtd_subset_bytes(b'<!-- x --><!DOCTYPE html [ <!ENTITY a "b"> ]>')
    assert not load_module._has_dtd_subset_bytes(b"<!DOCTYPE html><!-- [if IE] --><p>!</p>")


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=64) | PAGES)
def test_control_bytes_are_those_translate_finds(data: bytes) -> None:
    deleted = data.translate(None, load_module._CONTROL_BYTES)
    assert load_module._has_control_bytes(data) == (len(deleted) != len(data))


def test_each_control_byte_is_found() -> None:
    for byte in range(256):
        page = b"<p>" + bytes((byte,)) + b"</p>"
        assert load_module._has_control_bytes(page) == (byte in load_module._CONTROL_BYTES)
