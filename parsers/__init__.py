"""One parser per format; importing this package fills the registry."""

from . import convert, docx, ocr, pdf, xlsx  # noqa: F401
