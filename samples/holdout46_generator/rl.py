"""reportlab setup shared by the PDF builders (invariant mode, DejaVu fonts)."""
from reportlab import rl_config

rl_config.invariant = 1

from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402

_FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
_done = False


def fonts() -> None:
    global _done
    if _done:
        return
    for name, fn in [
        ("DV", "DejaVuSans.ttf"),
        ("DV-B", "DejaVuSans-Bold.ttf"),
        ("DV-I", "DejaVuSans-Oblique.ttf"),
        ("DV-BI", "DejaVuSans-BoldOblique.ttf"),
        ("DVS", "DejaVuSerif.ttf"),
        ("DVS-B", "DejaVuSerif-Bold.ttf"),
        ("DVS-I", "DejaVuSerif-Italic.ttf"),
        ("DVS-BI", "DejaVuSerif-BoldItalic.ttf"),
        ("DVC", "DejaVuSansCondensed.ttf"),
        ("DVC-B", "DejaVuSansCondensed-Bold.ttf"),
    ]:
        pdfmetrics.registerFont(TTFont(name, _FONT_DIR + fn))
    addMapping("DV", 0, 0, "DV")
    addMapping("DV", 1, 0, "DV-B")
    addMapping("DV", 0, 1, "DV-I")
    addMapping("DV", 1, 1, "DV-BI")
    addMapping("DVS", 0, 0, "DVS")
    addMapping("DVS", 1, 0, "DVS-B")
    addMapping("DVS", 0, 1, "DVS-I")
    addMapping("DVS", 1, 1, "DVS-BI")
    addMapping("DVC", 0, 0, "DVC")
    addMapping("DVC", 1, 0, "DVC-B")
    addMapping("DVC", 0, 1, "DVC")
    addMapping("DVC", 1, 1, "DVC-B")
    _done = True


def fix_doc_meta(doc, title: str, author: str) -> None:
    doc.title = title
    doc.author = author
    doc.subject = "Rapportering til Kompetansepolitisk råd 2066"
    doc.creator = author
    doc.producer = "ReportLab (invariant)"
