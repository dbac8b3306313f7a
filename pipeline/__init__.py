"""The stages of a batch run and the run itself: `pipeline.run(settings)`."""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    # Imported lazily: parsers import pipeline.errors, and the batch imports the parsers.
    if name == "run":
        from .batch import run

        return run
    if name == "Settings":
        from .settings import Settings

        return Settings
    raise AttributeError(name)
