"""One parser per format; importing this package fills the registry."""

from . import pdf  # noqa: F401
