"""A wall-clock cap on converting one document.

Parsers (trafilatura, pdfminer) run long loops we cannot pass a timeout to, so the cap is a SIGALRM
timer that raises DocumentTimeout inside them. Signals reach only the main thread of a process, so
elsewhere (a Dask worker thread) the cap is not enforced here; the PDF reader still checks its own
clock between pages.
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Iterator
from types import FrameType

from .document import DocumentTimeout


class _Expired(BaseException):
    """Raised by the timer. A BaseException, like KeyboardInterrupt, because parsers wrap their
    stages in `except Exception` and would otherwise swallow it and carry on."""


# After the cap, the timer keeps firing at this interval until the conversion gives up: a parser can
# lose one interrupt (an exception raised inside a callback it calls from C), not all of them.
_REPEAT_SECONDS = 0.02


@contextlib.contextmanager
def time_limit(seconds: float, what: str) -> Iterator[None]:
    if (
        seconds <= 0
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return
    active = True

    def expired(signum: int, frame: FrameType | None) -> None:
        if active:
            raise _Expired

    previous = signal.signal(signal.SIGALRM, expired)
    started = time.monotonic()
    outer_delay, outer_interval = signal.setitimer(signal.ITIMER_REAL, seconds, _REPEAT_SECONDS)
    timed_out = False
    try:
        try:
            yield
        except _Expired:
            timed_out = True
    finally:
        active = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_delay > 0:  # someone else's timer (a test runner's timeout) was running: put it back
            remaining = max(outer_delay - (time.monotonic() - started), 0.001)
            signal.setitimer(signal.ITIMER_REAL, remaining, outer_interval)
    if timed_out:
        raise DocumentTimeout(f"converting the {what} took longer than {seconds:g} s")
