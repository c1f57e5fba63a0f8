"""The fast base32 is byte for byte the standard library's (lowercase, unpadded)."""

from __future__ import annotations

import base64
import random

import pytest

from mailbot.signing import base32


def _stdlib(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=").lower()


@pytest.mark.parametrize("size", [0, 1, 2, 3, 4, 5, 6, 15, 16, 17, 31, 32, 33, 40])
def test_encode_and_decode_match_the_standard_library(size: int) -> None:
    rng = random.Random(size)
    samples = [bytes(size), b"\xff" * size] + [rng.randbytes(size) for _ in range(300)]
    for data in samples:
        text = base32.encode(data)
        assert text == _stdlib(data)
        assert base32.decode(text, size) == data


def test_a_second_spelling_of_the_same_bytes_is_refused() -> None:
    # 32 bytes take 52 characters, whose last 4 bits are padding; b32decode ignores them
    text = base32.encode(bytes(range(32)))
    other = text[:-1] + base32.ALPHABET[base32.ALPHABET.index(text[-1]) | 1]
    assert base64.b32decode(other.upper() + "====") == bytes(range(32))
    assert base32.decode(other, 32) is None


@pytest.mark.parametrize(
    "bad",
    ["A" + "a" * 51, "0" + "a" * 51, "8" + "a" * 51, "_" + "a" * 51, " " + "a" * 51,
     "=" + "a" * 51, "a" * 51, "a" * 53, "ä" + "a" * 51],
)  # fmt: skip
def test_anything_but_exact_lowercase_characters_is_refused(bad: str) -> None:
    assert base32.decode(bad, 32) is None
