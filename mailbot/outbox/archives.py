"""What a zip archive holds, by name: an executable inside an archive is as dangerous as
one beside it, and a zipped ``invoice.exe`` is the oldest trick there is.

Only the archive's directory is read (names, sizes, flags), so a zip bomb costs nothing.
A nested zip is opened only when it is small enough to unpack in memory, two levels
deep at most; one that is larger, deeper, password-protected or damaged cannot be
checked, and a file that cannot be checked is not forwarded: the brief lists it with
the reason, and the team can ask the customer for it another way. Other archive formats
(.rar, .7z, .tar.gz) are not opened: the standard library reads none of them.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

_ZIP_MAGIC = b"PK\x03\x04"
_ZIP_TYPES = frozenset(
    {"application/zip", "application/x-zip-compressed", "application/x-zip", "multipart/x-zip"}
)
_MAX_DEPTH = 2
_MAX_NESTED_BYTES = 16 * 1024 * 1024  # a nested zip unpacked in memory, at most
_ENCRYPTED = 0x1


_UNREADABLE = "it is a damaged archive, so the files in it cannot be checked"


def _says_zip(filename: str, content_type: str) -> bool:
    return filename.lower().rstrip(". ").endswith(".zip") or content_type.lower() in _ZIP_TYPES


def claims_zip(filename: str, content_type: str, data: bytes) -> bool:
    """Whether the file says it is a zip archive (by name or type) or starts like one."""
    return _says_zip(filename, content_type) or data.startswith(_ZIP_MAGIC)


def unsafe_member(
    filename: str, content_type: str, data: bytes, blocked_name: Callable[[str], str]
) -> str:
    """Why the archive must not be forwarded ("" when it may be).

    ``blocked_name`` says why a member's name is dangerous ("" when it is not). Data that
    only starts like a zip (an Office document) and cannot be read is left to the other
    checks; a file that calls itself a zip and cannot be read is refused.
    """
    why = _inspect(data, blocked_name, depth=1)
    if why == _UNREADABLE and not _says_zip(filename, content_type):
        return ""
    return why


def _inspect(data: bytes, blocked_name: Callable[[str], str], depth: int) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for member in archive.infolist():
                why = _member(archive, member, blocked_name, depth)
                if why:
                    return why
    except Exception:  # hostile bytes may fail anywhere in zipfile; unreadable is the answer
        return _UNREADABLE
    return ""


def _member(
    archive: zipfile.ZipFile,
    member: zipfile.ZipInfo,
    blocked_name: Callable[[str], str],
    depth: int,
) -> str:
    leaf = member.filename.replace("\\", "/").rsplit("/", 1)[-1]
    if member.is_dir() or not leaf:
        return ""
    named = blocked_name(leaf)
    if named:
        return f"it holds {leaf!r}, {named}"
    if member.flag_bits & _ENCRYPTED:
        return "it is password-protected, so the files in it cannot be checked"
    if not leaf.lower().endswith(".zip"):
        return ""
    if depth >= _MAX_DEPTH or member.file_size > _MAX_NESTED_BYTES:
        return f"it holds another archive, {leaf!r}, too deep or too large to check"
    with archive.open(member) as inner:
        nested = inner.read(_MAX_NESTED_BYTES + 1)  # a lying size stops here, unpacked
    if len(nested) > _MAX_NESTED_BYTES:
        return f"it holds another archive, {leaf!r}, too large to check"
    why = _inspect(nested, blocked_name, depth + 1)
    return f"{why} (inside {leaf!r})" if why else ""
