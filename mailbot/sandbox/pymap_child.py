"""The pymap child process: ``python -m mailbot.sandbox.pymap_child BASE_DIR --port N``.

Started by :class:`mailbot.sandbox.imap.PymapProcess`. It patches pymap where pymap
loses data, pins it to 127.0.0.1, prints one ready line, and exits on SIGTERM or when its
stdin closes (the parent died), so it never outlives the sandbox that started it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys
import threading

from mailbot.sandbox.imap import HOST, READY

PATCHED_VERSION = "0.36.7"  # the COPY fix is known-correct for exactly this release


def patch_maildir_copy() -> None:
    """Fix pymap 0.36.7's maildir COPY, which stores the metadata-only message (1 byte).

    ``MailboxData.copy`` adds ``get_message_metadata(key)`` to the destination; imap-tools'
    ``move()`` falls back to COPY, so without this a "moved" message loses its content.
    """
    from mailbox import MaildirMessage

    from pymap.backend.maildir import mailbox as pm
    from pymap.backend.maildir.uidlist import Record, UidList

    async def copy(
        self: pm.MailboxData, uid: int, destination: pm.MailboxData, *, recent: bool = False
    ) -> int | None:
        try:
            record, _ = await self._get_maildir_msg(uid)
            async with self.messages_lock.read_lock():
                full = self._maildir.get_message(record.key)
        except (KeyError, FileNotFoundError):
            return None
        copy_msg = MaildirMessage(full)
        copy_msg.set_subdir("new" if recent else "cur")
        async with destination.messages_lock.write_lock():
            dest_key = destination._maildir.add(copy_msg)
            dest_filename = dest_key + ":" + copy_msg.get_info()
        async with UidList.with_write(destination._path) as uidl:
            new_rec = Record(uidl.next_uid, record.fields, dest_filename)
            uidl.next_uid += 1
            uidl.set(new_rec)
        return new_rec.uid

    setattr(pm.MailboxData, "copy", copy)  # noqa: B010 - mypy forbids assigning methods


def _exit_on_stdin_eof(loop: asyncio.AbstractEventLoop) -> None:
    """Ask pymap's own SIGTERM handler to shut it down once the parent is gone.

    Scheduled through the loop, the signal is sent only after pymap's start-up code has
    run on to ``add_signal_handler`` (it does so without yielding after ``notify_ready``),
    so EOF right after "ready" still gets pymap's orderly shutdown.
    """
    # os.read, not sys.stdin: a daemon thread blocked inside a buffered reader aborts
    # interpreter shutdown ("could not acquire lock for <stdin>").
    while os.read(0, 4096):
        pass
    loop.call_soon_threadsafe(os.kill, os.getpid(), signal.SIGTERM)


def main(argv: list[str] | None = None) -> None:
    """Child entry point: patch pymap if needed, then run its maildir backend."""
    parser = argparse.ArgumentParser(description="pymap maildir server on 127.0.0.1")
    parser.add_argument("base_dir")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args(argv)

    import pymap.main
    from pymap.__about__ import __version__
    from pymap.service import services

    if __version__ == PATCHED_VERSION:
        patch_maildir_copy()

    def ready() -> None:
        loop = asyncio.get_running_loop()
        threading.Thread(target=_exit_on_stdin_eof, args=(loop,), daemon=True).start()
        print(f"{READY} {__version__} on {HOST}:{args.port} pid {os.getpid()}", flush=True)

    pymap.main.notify_ready = ready
    extra = [arg for name in services if name != "imap" for arg in ("--no-service", name)]
    # --host: pymap's default is every interface; the sandbox must stay on loopback.
    sys.argv = ["pymap", "--host", HOST, "--port", str(args.port), *extra]
    sys.argv += ["maildir", args.base_dir]
    pymap.main.main()


if __name__ == "__main__":
    main()
