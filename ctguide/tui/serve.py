"""`ctguide serve`: the same app in a browser, for workshops (textual-serve, the `serve` extra).

Every browser tab gets its own ctguide process. textual-serve stops a process by asking it to
quit and waiting for it; a tab that connects and closes within a fraction of a second can leave
the process busy and deaf to that request, running forever. Here a process that has not quit
within a grace period after its tab closed is killed.
"""

from __future__ import annotations

import asyncio
import contextlib
import shlex
import sys
from pathlib import Path

STOP_GRACE_SECONDS = 3.0


def app_command(kb_dir: Path | None = None) -> str:
    """The shell command that runs one app per browser tab (exec: no shell left behind to orphan)."""
    parts = ["exec", sys.executable, "-m", "ctguide", "--new"]
    if kb_dir is not None:
        parts += ["--kb", str(Path(kb_dir).resolve())]
    return " ".join(shlex.quote(part) for part in parts)


def reaping_service_class():  # noqa: ANN201 - a textual_serve AppService subclass
    from textual_serve.app_service import AppService

    class ReapingAppService(AppService):
        """An AppService whose stop() ends the process for sure."""

        async def stop(self) -> None:
            process = self._process
            if self._task is None:
                return
            try:
                await asyncio.wait_for(super().stop(), timeout=STOP_GRACE_SECONDS)
            except (TimeoutError, ConnectionError, RuntimeError):
                if process is not None and process.returncode is None:
                    with contextlib.suppress(ProcessLookupError):
                        process.kill()
                    await process.wait()
                self._task = None

    return ReapingAppService


def serve(host: str = "127.0.0.1", port: int = 8000, kb_dir: Path | None = None) -> None:
    from textual_serve import server as textual_server

    textual_server.AppService = reaping_service_class()
    textual_server.Server(app_command(kb_dir), host=host, port=port, title="ctguide").serve()
