"""Shared helpers for the held-out round 47 generator (reporting year 2068).

Everything here is deterministic: fixed dates, fixed zip timestamps, no clocks.
"""
import io
import os
import zipfile
from xml.sax.saxutils import escape as _xesc

FIXED_ZIP_DT = (2069, 1, 30, 9, 15, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def xesc(s):
    return _xesc(s, {'"': "&quot;"})


def truth_row(source_file, member, seed_row, delmal, typ, tiltak, ansvarlig="",
              partnere="", beskrivelse=""):
    return {
        "source_file": source_file,
        "member": member,
        "tiltak": tiltak,
        "seed_row": seed_row,
        "delmal": delmal,
        "type": typ,
        "ansvarlig": ansvarlig,
        "samarbeidspartnere": partnere,
        "beskrivelse": beskrivelse,
    }


def write_zip(path, entries):
    """entries: list of (name, bytes|str). 'mimetype' is stored uncompressed."""
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in entries:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.create_system = 0
            zi.external_attr = 0
            if name == "mimetype":
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(zi, data)


def normalise_zip(path):
    """Rewrite a zip (xlsx/docx from a library) with fixed timestamps."""
    with open(path, "rb") as fh:
        raw = fh.read()
    entries = []
    with zipfile.ZipFile(io.BytesIO(raw)) as zf:
        for info in zf.infolist():
            entries.append((info.filename, zf.read(info.filename)))
    write_zip(path, entries)


_FONTS_DONE = False


def register_fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    fams = {
        "DejaVuSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
                       "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
        "DejaVuSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf",
                        "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
        "DejaVuSansCondensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
                                "DejaVuSansCondensed-Oblique.ttf",
                                "DejaVuSansCondensed-BoldOblique.ttf"),
    }
    for fam, files in fams.items():
        names = [fam, fam + "-Bold", fam + "-Italic", fam + "-BoldItalic"]
        for n, f in zip(names, files):
            pdfmetrics.registerFont(TTFont(n, os.path.join(FONT_DIR, f)))
        addMapping(fam, 0, 0, names[0])
        addMapping(fam, 1, 0, names[1])
        addMapping(fam, 0, 1, names[2])
        addMapping(fam, 1, 1, names[3])
    _FONTS_DONE = True


def fix_pdf_meta(doc_or_canvas, title, author, subject=""):
    c = doc_or_canvas
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject)
    c.setCreator("")
    c.setProducer("")


def save_xlsx(wb, path, creator="", created="2069-01-20T08:00:00Z", modified="2069-01-30T13:20:00Z"):
    """Save an openpyxl workbook with fixed core properties and fixed zip timestamps."""
    import re
    bio = io.BytesIO()
    wb.save(bio)
    entries = []
    with zipfile.ZipFile(io.BytesIO(bio.getvalue())) as zf:
        for info in zf.infolist():
            data = zf.read(info.filename)
            if info.filename == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"<dcterms:created([^>]*)>[^<]*</dcterms:created>",
                           r"<dcterms:created\1>%s</dcterms:created>" % created, s)
                s = re.sub(r"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                           r"<dcterms:modified\1>%s</dcterms:modified>" % modified, s)
                s = re.sub(r"<dc:creator>[^<]*</dc:creator>", "<dc:creator>%s</dc:creator>" % xesc(creator), s)
                data = s.encode("utf-8")
            entries.append((info.filename, data))
    write_zip(path, entries)
