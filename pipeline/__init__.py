"""The stages of a batch run and the run itself: `pipeline.run(settings)`."""

__all__ = ["RunResult", "Settings", "run"]


def __getattr__(name: str) -> object:
    # Loaded on first use (and nothing imported here), so `tiltak` handles Ctrl-C from its first instant.
    if name in ("RunResult", "run"):
        from . import batch

        return getattr(batch, name)
    if name == "Settings":
        from .settings import Settings

        return Settings
    raise AttributeError(name)
