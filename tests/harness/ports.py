"""Random loopback ports for the test servers.

Fixed ports (10143, 10025…) collide with a developer's own services and with a second
test run on the same machine; a random port in 20000–40000 that we could bind a moment
ago almost never does. The small race between probe and use is accepted: the servers
fail loudly on a taken port rather than talking to a stranger.
"""

from __future__ import annotations

import random
import socket
from collections.abc import Iterable

LOW, HIGH = 20000, 40000


def is_free(port: int, host: str = "127.0.0.1") -> bool:
    """True when nothing listens on ``host:port`` and we may bind it."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def free_port(exclude: Iterable[int] = (), attempts: int = 200) -> int:
    """A port in [LOW, HIGH] that is free now and not in ``exclude``."""
    taken = set(exclude)
    rng = random.SystemRandom()
    for _ in range(attempts):
        port = rng.randint(LOW, HIGH)
        if port not in taken and is_free(port):
            return port
    raise RuntimeError(f"no free port in {LOW}-{HIGH} after {attempts} attempts")


def free_ports(count: int) -> list[int]:
    """``count`` distinct free ports."""
    ports: list[int] = []
    for _ in range(count):
        ports.append(free_port(exclude=ports))
    return ports
