"""Bytes to text: encodings, binary detection, HTML."""

import pytest

from corpus.decoding import Rejected, decode, html_to_text, looks_like_html


def test_utf8():
    assert decode("Gaza – “truce”".encode()) == "Gaza – “truce”"


def test_utf8_bom_is_removed():
    assert decode(b"\xef\xbb\xbfTalks resumed.") == "Talks resumed."


def test_utf16_with_bom():
    assert decode("Talks “resumed”.".encode("utf-16")) == "Talks “resumed”."


def test_utf16_big_endian_with_bom():
    assert decode(b"\xfe\xff" + "Talks resumed.".encode("utf-16-be")) == "Talks resumed."


def test_utf16_with_broken_bytes_is_a_decode_reject():
    with pytest.raises(Rejected) as info:
        decode(b"\xff\xfeT\x00a\x00\x00\xd8")  # a lone surrogate half
    assert info.value.reason == "decode"


def test_cp1252_curly_quotes():
    assert decode(b"\x93ready\x94 and \x91no\x92") == "“ready” and ‘no’"


def test_latin1_accent():
    assert decode(b"caf\xe9") == "café"


def test_bytes_undefined_in_cp1252_still_decode():
    assert decode(b"a\x81b") == "a\x81b"


def test_png_signature_is_binary():
    with pytest.raises(Rejected) as info:
        decode(b"\x89PNG\r\n\x1a\nrest")
    assert info.value.reason == "binary"


def test_nul_bytes_are_binary():
    with pytest.raises(Rejected, match="binary"):
        decode(b"text\x00more")


def test_mostly_control_bytes_are_binary():
    with pytest.raises(Rejected):
        decode(bytes(range(1, 9)) * 50)


def test_text_starting_with_capital_b_m_is_text():
    assert decode(b"BMW said nothing.") == "BMW said nothing."


def test_html_detection():
    assert looks_like_html("<!DOCTYPE html><html><body>x</body></html>")
    assert not looks_like_html("He said <b> is a tag name.")


def test_html_to_text_keeps_blocks_as_lines_and_drops_scripts():
    text, meta = html_to_text(
        "<html><head><title>T</title><script>x=1</script></head>"
        "<body><p>One &amp; two.</p><p>Three.</p></body></html>"
    )
    assert text == "One & two.\nThree."
    assert meta == {"title": "T"}


def test_html_meta_tags():
    _, meta = html_to_text(
        '<meta property="og:site_name" content="Example News">'
        '<meta property="article:published_time" content="2024-05-06T08:00:00Z">'
        '<meta name="author" content="Jane Roe">'
    )
    assert meta == {
        "outlet": "Example News",
        "published": "2024-05-06T08:00:00Z",
        "author": "Jane Roe",
    }
