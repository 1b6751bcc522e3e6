"""A served app ends itself when its browser tab is gone.

`ctguide serve` runs one app process per tab and talks to it through its stdin and stdout. When the
tab vanishes without a goodbye (lid closed, network gone, a server killed hard), nobody may ever ask
the process to quit. The lifeline notices that stdin was closed (the pipe hangs up) or that the
parent process died (we are re-parented), asks the app to exit, and ends the process for sure after
a grace period: every answer is already saved, so nothing is lost.
"""

from __future__ import annotations

import contextlib
import os
import select
import threading
import time
from collections.abc import Callable

POLL_SECONDS = 0.5
GRACE_SECONDS = 3.0
_HANGUP = select.POLLHUP | select.POLLERR | select.POLLNVAL


def stdin_hung_up(fd: int = 0) -> bool:
    """True when nobody can write to our stdin any more (checked without reading from it)."""
    poller = select.poll()
    poller.register(fd, 0)
    return any(events & _HANGUP for _, events in poller.poll(0))


def orphaned(parent: int, fd: int = 0) -> bool:
    return os.getppid() != parent or stdin_hung_up(fd)


def start_lifeline(request_exit: Callable[[], None], *, fd: int = 0) -> threading.Thread:
    """Watch in a daemon thread; call `request_exit` once when orphaned, then end the process."""
    parent = os.getppid()

    def watch() -> None:
        while not orphaned(parent, fd):
            time.sleep(POLL_SECONDS)
        with contextlib.suppress(Exception):  # the app may be half torn down already; we exit regardless
            request_exit()
        time.sleep(GRACE_SECONDS)
        os._exit(0)

    thread = threading.Thread(target=watch, name="ctguide-lifeline", daemon=True)
    thread.start()
    return thread
