"""Which of the thread's files go to the team with the routed brief, and why not the rest.

Pure rules, no I/O: the caller hands over the files read from the stored raw forward.
Executables, scripts and macro-enabled documents are never forwarded (by name, by the
declared type and by their first bytes, since a sender controls all three); the rest go
in thread order while the total stays within the cap, and every file is listed in the
brief with what was done with it. Only names, types and sizes are shown: no file's
content is extracted, and none reaches the LLM.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from mailbot.inbound.message import AttachedFile
from mailbot.outbox import archives
from mailbot.outbox.mail import MailAttachment

_EXTENSIONS = """exe bat cmd com scr pif cpl dll sys drv ocx msi msp mst msc jar class js jse mjs
    vbs
    vbe wsf wsh wsc hta ps1 psm1 psd1 ps1xml sh bash csh ksh zsh fish command py pyw pl rb
    php lnk url reg inf scf gadget application appref-ms apk app dmg pkg deb rpm run
    iso img vhd vhdx docm dotm xlsm xltm xlam xlsb pptm potm ppsm ppam sldm"""
_TYPES = """application/x-msdownload application/x-msdos-program application/x-dosexec
    application/x-executable application/x-elf application/x-sharedlib application/x-mach-binary
    application/vnd.microsoft.portable-executable application/x-ms-installer application/x-msi
    application/java-archive application/x-java-archive
    application/java-vm application/x-sh application/x-shellscript application/x-csh
    application/x-bat application/bat application/x-javascript application/javascript
    application/ecmascript text/javascript text/ecmascript text/vbscript application/x-vbscript
    application/hta application/x-powershell text/x-sh text/x-shellscript text/x-python
    text/x-perl text/x-ruby application/x-python-code application/x-perl application/x-ruby
    application/x-apple-diskimage application/vnd.android.package-archive"""
BLOCKED_EXTENSIONS = frozenset(_EXTENSIONS.split())
BLOCKED_TYPES = frozenset(_TYPES.split())
_EXECUTABLE_MAGIC = (
    (b"MZ", "a Windows executable"),
    (b"\x7fELF", "a Linux executable"),
    (b"\xfe\xed\xfa\xce", "a macOS executable"),
    (b"\xfe\xed\xfa\xcf", "a macOS executable"),
    (b"\xce\xfa\xed\xfe", "a macOS executable"),
    (b"\xcf\xfa\xed\xfe", "a macOS executable"),
    (b"\xca\xfe\xba\xbe", "a macOS or Java executable"),
    (b"#!", "a script"),
)
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OLE_MACROS = "_VBA_PROJECT".encode("utf-16-le")

ATTACHED, BLOCKED, OVER_CAP = "attached", "not attached: blocked", "not attached: over the cap"


@dataclass(frozen=True)
class Listed:
    """One line of the brief's attachment list."""

    filename: str
    content_type: str
    size: int
    origin: str
    status: str  # ATTACHED, BLOCKED or OVER_CAP
    why: str = ""

    def context(self, *, approved: bool = True, unsent: str = "will be attached") -> dict[str, Any]:
        """Template fields; before approval an allowed file says ``unsent`` instead."""
        status = self.status if approved or self.status != ATTACHED else unsent
        return {
            "name": self.filename or "(no name)",
            "type": self.content_type,
            "size": human_size(self.size),
            "origin": self.origin or "the forward itself",
            "status": status,
            "why": self.why,
        }


@dataclass(frozen=True)
class AttachmentPlan:
    listed: tuple[Listed, ...] = ()
    send: tuple[MailAttachment, ...] = ()

    def context(
        self, *, approved: bool = True, unsent: str = "will be attached"
    ) -> list[dict[str, Any]]:
        return [item.context(approved=approved, unsent=unsent) for item in self.listed]


def blocked_name(filename: str) -> str:
    """Why a file of this name must not be forwarded ("" when its name is harmless)."""
    name = filename.lower().rstrip(". ")
    extension = name.rsplit(".", 1)[-1] if "." in name else ""
    if extension in BLOCKED_EXTENSIONS:
        return f"a .{extension} file (executable, script or macro-enabled document)"
    return ""


def dangerous(file: AttachedFile) -> str:
    """Why ``file`` must not be forwarded ("" when it may be): name, type or content."""
    named = blocked_name(file.filename)
    if named:
        return named
    ctype = file.content_type.lower()
    if ctype in BLOCKED_TYPES or "macroenabled" in ctype:
        return f"declared as {ctype} (executable, script or macro-enabled document)"
    for magic, what in _EXECUTABLE_MAGIC:
        if file.data.startswith(magic):
            return f"its content is {what}"
    if file.data.startswith(_ZIP) and b"vbaProject.bin" in file.data:
        return "its content is a macro-enabled Office document"
    if file.data.startswith(_ZIP) and b"META-INF/MANIFEST.MF" in file.data:
        return "its content is a Java archive"
    if file.data.startswith(_OLE) and _OLE_MACROS in file.data:
        return "its content is an Office document with macros"
    if archives.claims_zip(file.filename, file.content_type, file.data):
        return archives.unsafe_member(file.filename, file.content_type, file.data, blocked_name)
    return ""


def plan(files: Sequence[AttachedFile], cap_bytes: int) -> AttachmentPlan:
    """Allowed files in thread order while the total stays within ``cap_bytes``.

    A file that does not fit is skipped, not the end of the list: a smaller one after it
    may still fit, and the team gets as much of the thread as the cap allows.
    """
    listed: list[Listed] = []
    send: list[MailAttachment] = []
    total = 0
    for file in files:
        item = Listed(file.filename, file.content_type, len(file.data), file.origin, ATTACHED)
        why = dangerous(file)
        if why:
            listed.append(_with(item, BLOCKED, why))
            continue
        if total + len(file.data) > cap_bytes:
            why = f"the attachments together would exceed {human_size(cap_bytes)}"
            listed.append(_with(item, OVER_CAP, why))
            continue
        total += len(file.data)
        listed.append(_with(item, ATTACHED, file.note))
        send.append(MailAttachment(file.filename, file.content_type, file.data))
    return AttachmentPlan(tuple(listed), tuple(send))


def _with(item: Listed, status: str, why: str) -> Listed:
    return Listed(item.filename, item.content_type, item.size, item.origin, status, why)


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"
