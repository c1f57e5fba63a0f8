"""Bytes to text as mail clients do it: superset charsets, UTF-8 first, detection last.

Mail in the wild lies about its charset. Clients (and the WHATWG encoding standard that
browsers follow) read a label as its superset: GB2312 as GB18030, Shift_JIS as CP932,
ISO-8859-1 and US-ASCII as Windows-1252, so the characters senders' software actually
wrote come out instead of U+FFFD. Text that is valid UTF-8 under a legacy label is read
as UTF-8 (a Latin-1 label on UTF-8 gives ``Ã¤``, never what anyone meant). Only bytes
that fail the strict decode reach detection, so the common case costs one decode.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

# WHATWG "encodings" table, as far as Python has the codec (label -> what is really meant).
_SUPERSET = {
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "l1": "cp1252",
    "cp819": "cp1252",
    "ibm819": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "csgb2312": "gb18030",
    "chinese": "gb18030",
    "euc-cn": "gb18030",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ms_kanji": "cp932",
    "csshiftjis": "cp932",
    "windows-31j": "cp932",
    "big5": "big5hkscs",
    "x-x-big5": "big5hkscs",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "iso-2022-jp": "iso2022_jp_ext",
    "iso-8859-8-i": "iso-8859-8",
}
_STATEFUL = ("iso2022", "utf_7", "utf_16", "utf_32", "hz")  # 7-bit or 16-bit: no fast path
_UTF8_SEQ = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_WESTERN_MARKS = frozenset("€‚„…†‡‰‹›‘’“”•–—™¡¢£§©«®°±²³´µ·¹º»¿×÷ ")
# Detection candidates: legacy charsets that are not Windows-1252 (tried first, by hand).
_DETECT = [
    "gb18030", "big5hkscs", "cp932", "euc_jp", "cp949", "cp1251", "koi8_r", "cp1250",
    "cp1253", "cp1255", "cp1256", "cp1257", "cp874", "iso8859_2",
]  # fmt: skip


def codec_for(label: str | None) -> str:
    """Python codec name for a MIME charset label, widened to its superset; "" if unknown."""
    if not label:
        return ""
    name = label.strip().strip("\"'").lower()
    name = _SUPERSET.get(name, name)
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):
        return ""


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_text(data: bytes, label: str | None, fallback: str | None = None) -> str:
    """Decode ``data`` labelled ``label``; never raises, U+FFFD only as a last resort.

    ``fallback`` is the charset to try for unlabelled bytes (a header's 8-bit bytes are
    most likely in the charset of the message's body).
    """
    codec = codec_for(label)
    if data.isascii() and not codec.startswith(_STATEFUL):
        return data.decode("ascii")
    if codec and not codec.startswith(("utf", *_STATEFUL)) and _is_utf8(data):
        return data.decode("utf-8")  # UTF-8 under a legacy label
    stateful = codec.startswith(_STATEFUL)  # its bytes are ASCII: UTF-8 would "succeed"
    for name in (codec,) if stateful else (codec, "utf-8", codec_for(fallback)):
        if name:
            try:
                return data.decode(name)
            except Exception:  # UnicodeDecodeError, or an exotic codec failing its own way
                continue
    return _repair(data, codec)


def _repair(data: bytes, codec: str) -> str:
    """Bytes that fit no strict reading: the nearest reading with the fewest losses."""
    if codec.startswith("iso2022_jp"):
        widened = _iso2022jp_as_cp932(data)
        if widened is not None:
            return widened.decode("cp932", errors="replace")
    if _UTF8_SEQ.search(data) and codec in ("", "utf-8"):
        return data.decode("utf-8", errors="mailbot-cp1252")  # mostly UTF-8, stray bytes
    if codec and codec != "utf-8":
        try:
            text = data.decode(codec, errors="replace")
        except Exception:
            text = "\ufffd"
        if text.count("\ufffd") <= len(text) // 200:
            return text  # a stray bad byte in a right label: keep the label
    return _guess(data, codec)


def _western(text: str) -> bool:
    """Whether a Windows-1252 reading looks like Western text (few accents, no junk)."""
    letters = accented = 0
    for ch in text:
        if ch.isascii():
            letters += ch.isalpha()
        elif ch in _WESTERN_MARKS:
            continue
        elif (ch <= "\u00ff" and unicodedata.category(ch).startswith("L")) or ch in "ŠšŽžŒœŸƒ":
            accented += 1
            letters += 1
        else:
            return False
    return accented <= max(2, letters // 3)


def _guess(data: bytes, codec: str) -> str:
    """Undeclared or lying 8-bit text: Windows-1252 if it reads as Western, else detect."""
    western = data.decode("cp1252", errors="replace")
    if "\ufffd" not in western and _western(western):
        return western
    from charset_normalizer import from_bytes  # only here: most mail never gets this far

    best = from_bytes(data[:65536], cp_isolation=_DETECT).best()
    if best is not None and best.encoding:
        return data.decode(best.encoding, errors="replace")
    if codec:
        return data.decode(codec, errors="replace")
    return western


def _iso2022jp_as_cp932(data: bytes) -> bytes | None:
    """ISO-2022-JP re-coded as Shift_JIS bytes, so CP932 (as CP50220 does) reads the NEC
    and IBM extensions (①, №, ㈱) that Python's ISO-2022-JP codecs reject."""
    if not data.isascii():
        return None  # 8-bit bytes: not ISO-2022-JP at all
    out = bytearray()
    mode, i, n = "ascii", 0, len(data)
    while i < n:
        if data[i] == 0x1B:
            seq = data[i + 1 : i + 3]
            mode = {b"(B": "ascii", b"(J": "ascii", b"$B": "jis", b"$@": "jis", b"(I": "kana"}.get(
                bytes(seq), ""
            )
            if not mode:
                return None
            i += 3
        elif mode == "jis" and data[i] > 0x20 and i + 1 < n:
            j1, j2 = data[i], data[i + 1]
            out.append((j1 + 1) // 2 + (0x70 if j1 <= 0x5E else 0xB0))
            out.append(j2 + (0x1F + (j2 >= 0x60) if j1 % 2 else 0x7E))
            i += 2
        else:
            out.append(data[i] + (0x80 if mode == "kana" and 0x20 < data[i] < 0x60 else 0))
            i += 1
    return bytes(out)


def _cp1252_errors(exc: UnicodeError) -> tuple[str, int]:
    """Error handler: each byte UTF-8 rejects is read as Windows-1252 instead."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    chunk = exc.object[exc.start : exc.end]
    return bytes(chunk).decode("cp1252", errors="replace"), exc.end


codecs.register_error("mailbot-cp1252", _cp1252_errors)
