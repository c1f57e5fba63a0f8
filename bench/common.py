"""Shared pieces of the benchmarks: machine facts, databases, settings, timed child processes.

Every benchmark runs on loopback only, creates its own throw-away databases and mail
servers, and stops what it started. PostgreSQL is reached as ``postgres`` on
127.0.0.1:5432 (``MAILBOT_BENCH_PG_URL`` overrides the admin URL).
"""

from __future__ import annotations

import compileall
import functools
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[1]
ROUTING_FILE = ROOT / "routing" / "routing.toml"
SECRET = "bench-secret-key-0123456789abcdef"
PG_ADMIN_URL = os.environ.get(
    "MAILBOT_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


def machine() -> str:
    """One line naming the hardware, so a figure is never quoted without its machine."""
    model = "?"
    with open("/proc/cpuinfo", encoding="utf-8") as info:
        for line in info:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo", encoding="utf-8") as info:
        mem_kb = int(info.readline().split()[1])
    load = os.getloadavg()[0]
    return (
        f"{os.cpu_count()} CPU ({model}), {mem_kb / 2**20:.1f} GiB RAM, "
        f"Python {platform.python_version()}, load average {load:.2f} at start"
    )


def settings_env(database_url: str, data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment a benchmarked ``mailbot`` child runs with (plus ``extra``)."""
    env = {
        "MAILBOT_DATABASE_URL": database_url,
        "MAILBOT_DATA_DIR": str(data_dir),
        "MAILBOT_SECRET_KEY": SECRET,
        "MAILBOT_ROUTING_FILE": str(ROUTING_FILE),
        # The loop-breaking cap (50 mails per recipient per day) is for production; a
        # benchmark sends thousands of confirmations to the same six team members.
        "MAILBOT_DAILY_CAP": "10000000",
    }
    env.update(extra)
    return env


def create_postgres_database(prefix: str, template: str | None = None) -> str:
    """A new PostgreSQL database (empty, or a copy of ``template``'s); its URL."""
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        copy = f' TEMPLATE "{template}"' if template else ""
        conn.execute(text(f'CREATE DATABASE "{name}"{copy}'))
    admin.dispose()
    return PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"


def drop_postgres_database(url: str) -> None:
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)'))
    admin.dispose()


@contextmanager
def postgres_database(prefix: str = "mailbot_bench", template: str | None = None) -> Iterator[str]:
    """A fresh PostgreSQL database (empty, or a copy of ``template``); dropped on exit."""
    url = create_postgres_database(prefix, template)
    try:
        yield url
    finally:
        drop_postgres_database(url)


@dataclass(frozen=True)
class ChildRun:
    """What one timed child process cost.

    CPU and ``peak_rss_mb`` come from wait4 in a small launcher (see ``_LAUNCHER``): CPU
    includes the child's own children (a parse worker), but the kernel's peak RSS is that
    of the largest single process. So ``tree_rss_mb`` sums the peaks (VmHWM, polled every
    50 ms) of the child and each of its descendants: an upper bound on the memory the
    whole run held at once (it also counts a wrapper such as py-spy or /usr/bin/time when
    one is used).
    """

    wall_s: float
    cpu_s: float
    peak_rss_mb: float
    returncode: int
    stdout: str
    stderr: str
    tree_rss_mb: float = 0.0
    # The most the tree held at one poll: its processes' RSS summed, and their PSS summed
    # (shared pages, such as a library's code mapped by every process, counted once).
    held_rss_mb: float = 0.0
    held_pss_mb: float = 0.0
    # CPU seconds of each descendant at the last 50 ms poll (main process first); a
    # process's last 50 ms are not in it, so the sum is a little under ``cpu_s``.
    cpu_by_process: tuple[float, ...] = ()


_TICK = os.sysconf("SC_CLK_TCK")


def _tree_peaks_kb(
    pid: int,
    peaks: dict[int, int],
    cpu: dict[int, float] | None = None,
    now: dict[str, dict[int, int]] | None = None,
) -> None:
    """Record VmHWM (the kernel's own per-process peak RSS) of ``pid`` and descendants,
    into ``cpu`` each one's CPU seconds so far (the last poll before it exits), and into
    ``now`` (``"rss"``, ``"pss"``) what each holds at this poll."""
    todo = [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/status", encoding="ascii") as status:
                vm = dict(line.split(":", 1) for line in status if line.startswith("Vm"))
            hwm = vm.get("VmHWM", "0").split()
            peaks[current] = max(peaks.get(current, 0), int(hwm[0]) if hwm else 0)
            if now is not None:
                now["rss"][current] = int(vm.get("VmRSS", "0 kB").split()[0])
                now["pss"][current] = _pss_kb(current)
            if cpu is not None:
                with open(f"/proc/{current}/stat", encoding="ascii") as stat:
                    fields = stat.read().rpartition(")")[2].split()
                cpu[current] = (int(fields[11]) + int(fields[12])) / _TICK
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as kids:
                    todo += [int(k) for k in kids.read().split()]
        except (OSError, ValueError):
            continue


def _pss_kb(pid: int) -> int:
    with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
        return next((int(line.split()[1]) for line in rollup if line.startswith("Pss:")), 0)


class _TreeRss(threading.Thread):
    """Per-process peaks of a process tree, summed: an upper bound on the memory it held."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peaks, self.done = pid, dict[int, int](), threading.Event()
        self.cpu = dict[int, float]()
        self.held_rss_kb = self.held_pss_kb = 0

    def run(self) -> None:
        while not self.done.wait(0.05):
            now: dict[str, dict[int, int]] = {"rss": {}, "pss": {}}
            _tree_peaks_kb(self.pid, self.peaks, self.cpu, now)
            self.held_rss_kb = max(self.held_rss_kb, self._without_launcher(now["rss"]))
            self.held_pss_kb = max(self.held_pss_kb, self._without_launcher(now["pss"]))

    def _without_launcher(self, kb: dict[int, int]) -> int:
        return sum(value for pid, value in kb.items() if pid != self.pid)

    def total_with(self, child: int, child_peak_kb: int) -> int:
        """The sum without the launcher, with the child's peak from wait4 (a last peak
        between two polls)."""
        peaks = {pid: kb for pid, kb in self.peaks.items() if pid != self.pid}
        peaks[child] = max(peaks.get(child, 0), child_peak_kb)
        return sum(peaks.values())


# Starts the child and writes its pid, wait status and rusage to argv[1]. A child forked
# straight from the bench inherits the bench's own peak RSS in ru_maxrss: at exec the
# kernel keeps the old address space's high-water mark, and that is the bench's (the
# 10k-message mailbox, the bare limit's parsed copies: 163-199 MB, varying with when
# the bench's garbage was collected). This launcher's is ~10 MB, so the figure is the child's.
_LAUNCHER = """\
import os, sys
pid = os.posix_spawnp(sys.argv[2], sys.argv[2:], os.environ)
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as out:
    out.write(f"{pid} {status} {usage.ru_utime} {usage.ru_stime} {usage.ru_maxrss}")
"""


def run_timed(
    argv: Sequence[str], env: dict[str, str], cwd: Path = ROOT, log: Path | None = None
) -> ChildRun:
    """Run ``argv`` to completion; stdout/stderr go to files so a chatty child never blocks."""
    out_path = log or Path(f"/tmp/mailbot-bench-{uuid.uuid4().hex[:8]}.log")
    err_path, usage_path = out_path.with_suffix(".err"), out_path.with_suffix(".usage")
    full_env = {**os.environ, **env}
    launcher = [sys.executable, "-I", "-S", "-c", _LAUNCHER, str(usage_path), *argv]
    with out_path.open("wb") as out, err_path.open("wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(launcher, env=full_env, cwd=cwd, stdout=out, stderr=err)
        sampler = _TreeRss(proc.pid)
        sampler.start()
        _, launcher_status, _ = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        sampler.done.set()
        sampler.join()
    if os.waitstatus_to_exitcode(launcher_status) or not usage_path.exists():
        sys.exit(f"the launcher of {argv} failed:\n{err_path.read_text(errors='replace')}")
    pid, status, utime, stime, maxrss = usage_path.read_text().split()
    usage_path.unlink()
    proc.returncode = os.waitstatus_to_exitcode(int(status))
    return ChildRun(
        wall_s=wall,
        cpu_s=float(utime) + float(stime),
        peak_rss_mb=int(maxrss) / 1024,
        returncode=proc.returncode,
        stdout=out_path.read_text(errors="replace"),
        stderr=err_path.read_text(errors="replace"),
        tree_rss_mb=sampler.total_with(int(pid), int(maxrss)) / 1024,
        held_rss_mb=sampler.held_rss_kb / 1024,
        held_pss_mb=sampler.held_pss_kb / 1024,
        cpu_by_process=tuple(sampler.cpu[p] for p in sorted(sampler.cpu) if p != proc.pid),
    )


# Process names (``/proc/PID/stat``'s comm) of the servers a run leans on; Dovecot's
# children (imap, lmtp, auth…) are reaped by its master, whose cutime/cstime then hold them.
_SERVERS = {"postgres": "PostgreSQL", "dovecot": "Dovecot", "imap": "Dovecot",
            "imap-login": "Dovecot", "lmtp": "Dovecot", "auth": "Dovecot", "anvil": "Dovecot",
            "log": "Dovecot", "config": "Dovecot", "stats": "Dovecot"}  # fmt: skip


def server_cpu() -> dict[str, float]:
    """CPU seconds used so far by the machine's PostgreSQL and Dovecot processes (their own
    and their reaped children's): two readings around a run give what the run cost them.
    Anything else using those servers meanwhile counts too, so read it on a quiet machine."""
    ticks = os.sysconf("SC_CLK_TCK")
    totals: dict[str, float] = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat_file:
                stat = stat_file.read()
        except OSError:
            continue
        name = _SERVERS.get(stat[stat.find("(") + 1 : stat.rfind(")")])
        if name is not None:
            fields = stat[stat.rfind(")") + 2 :].split()
            used = sum(int(f) for f in fields[11:15]) / ticks  # utime stime cutime cstime
            totals[name] = totals.get(name, 0.0) + used
    return totals


@functools.cache
def bytecode_as_installed() -> None:
    """Compile mailbot's modules to bytecode once, as ``pip install`` does at install time.

    The child runs from this checkout, where nothing wrote ``__pycache__`` when the
    environment sets ``PYTHONDONTWRITEBYTECODE=1`` (these machines do): every run then
    compiled each of its ~150 modules from source, in the main process and again in the
    spawned parse worker (about 0.1-0.15 s of each start-up, more for the drafting rules
    after the pass), a cost no installed deployment pays and the peer, installed by pip,
    did not pay either. Python still reads bytecode under that setting.
    """
    compileall.compile_dir(ROOT / "mailbot", quiet=1)


def mailbot_argv(*args: str) -> list[str]:
    """``python -m mailbot ARGS`` with this interpreter (the project is not installed).

    With ``BENCH_TIME_V=1`` the child runs under ``/usr/bin/time -v``, whose report lands
    in the child's ``.err`` log (a second opinion on wall time and peak RSS). With
    ``BENCH_PROFILE=FILE`` it runs under pyinstrument (``pip install pyinstrument``) and
    writes the call tree to FILE; the figures are then the profiler's, not ours. With
    ``BENCH_PYSPY=FILE`` it runs under py-spy instead (``pip install py-spy``), which samples
    from outside the interpreter and so weighs call-heavy code fairly: FILE gets collapsed
    stacks (``--format raw``), one line per distinct stack with its sample count;
    ``BENCH_PYSPY_RATE`` sets samples a second (400) and ``BENCH_PYSPY_IDLE=1`` samples
    waits as well, which is how the IMAP MOVE and parse-worker waits were found.
    """
    bytecode_as_installed()
    argv = [sys.executable, "-m", "mailbot", *args]
    if os.environ.get("BENCH_PROFILE"):
        report = os.environ["BENCH_PROFILE"]
        argv = [sys.executable, "-m", "pyinstrument", "-r", "text", "-o", report, *argv[1:]]
    elif os.environ.get("BENCH_PYSPY"):
        rate = os.environ.get("BENCH_PYSPY_RATE", "400")
        # FILE.json: speedscope's format, whose samples keep their order (a timeline)
        fmt = "speedscope" if os.environ["BENCH_PYSPY"].endswith(".json") else "raw"
        spy = ["py-spy", "record", "--format", fmt, "--rate", rate, "--nonblocking"]
        if os.environ.get("BENCH_PYSPY_IDLE"):  # waits too (IMAP, the parse worker, fsync)
            spy.append("--idle")
        argv = [*spy, "-o", os.environ["BENCH_PYSPY"], "--", *argv]
    if os.environ.get("BENCH_TIME_V") == "1" and Path("/usr/bin/time").exists():
        return ["/usr/bin/time", "-v", *argv]
    return argv


def child_env() -> dict[str, str]:
    return {"PYTHONPATH": str(ROOT)}


def percentiles(values: Sequence[float]) -> dict[str, float]:
    """p50/p95/p99/max of ``values`` (inclusive method: no extrapolation past the data)."""
    ordered = sorted(values)
    cuts = statistics.quantiles(ordered, n=100, method="inclusive")
    return {"p50": cuts[49], "p95": cuts[94], "p99": cuts[98], "max": ordered[-1]}


def banner(title: str) -> None:
    print(f"\n=== {title} ===", flush=True)
    print(f"machine: {machine()}", flush=True)
