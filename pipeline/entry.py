"""The `tiltak` command's entry point: the program with Ctrl-C, at any moment, ending in one line and exit 130.

Light on purpose (the package itself loads lazily): the handling is in place before the libraries load.
"""

from __future__ import annotations

import gc
import os
import signal
import sys

INTERRUPTED = ("Avbrutt med Ctrl-C. Utdatamappen og historikken er hele: som før kjøringen, eller helt oppdatert "
               "om den var kommet så langt.")


class Interrupted(BaseException):
    """Ctrl-C, raised past the command-line library (which would end the program silently) to main()."""


def _raise(signum: int, frame: object) -> None:
    # Raised inside a finalizer, the exception is dropped (see _unraisable): ask again shortly, until heard.
    if hasattr(signal, "setitimer"):
        signal.signal(signal.SIGALRM, lambda *_: signal.raise_signal(signal.SIGINT))
        signal.setitimer(signal.ITIMER_REAL, 0.5)
    raise Interrupted


def _unraisable(unraisable: "sys.UnraisableHookArgs") -> None:
    if not isinstance(unraisable.exc_value, Interrupted):
        sys.__unraisablehook__(unraisable)


def main() -> None:
    signal.signal(signal.SIGINT, _raise)
    sys.unraisablehook = _unraisable
    try:
        from .cli import app

        code = app(standalone_mode=False)
    except (Interrupted, KeyboardInterrupt):
        _interrupted()
    except BaseException as exc:
        import typer  # usage errors are told by the command itself (cli_args), in Norwegian

        if isinstance(exc, typer.Abort):
            if isinstance(exc.__context__, (Interrupted, KeyboardInterrupt)):
                _interrupted()
            sys.stderr.write("Avbrutt.\n")
            sys.exit(1)
        raise
    # What the run built is never looked at again: the collector skips it while the interpreter shuts down,
    # which otherwise walks the whole heap for most of a second after a run has written everything.
    gc.freeze()
    sys.exit(code if isinstance(code, int) else 0)


def _interrupted() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C while this is said changes nothing
    try:
        sys.stdout.flush()
        sys.stderr.write("\n" + INTERRUPTED + "\n")
        sys.stderr.flush()
    except OSError:
        pass
    os._exit(130)
