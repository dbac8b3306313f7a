"""The stages of a batch run and the run itself: `pipeline.run(settings)`."""

from .batch import RunResult, run
from .settings import Settings

__all__ = ["RunResult", "Settings", "run"]
