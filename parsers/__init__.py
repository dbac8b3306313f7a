"""One parser per format; importing this package fills the registry."""

from . import docx, pdf  # noqa: F401
