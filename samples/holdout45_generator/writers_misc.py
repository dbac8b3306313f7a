"""XLSX (file 03) and RTF (file 07)."""
import datetime
import io

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Font, PatternFill
from PIL import Image, ImageDraw, ImageFont

from .common import normalize_zip, rtf_escape as R
from .data import fill

FIXED = datetime.datetime(2066, 1, 15, 9, 0, 0)


def _logo():
    img = Image.new("RGB", (180, 60), (0, 45, 98))
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 34)
    d.text((30, 8), "NHO", font=f, fill=(255, 255, 255))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    return buf


def write_nho(fd, path):
    wb = Workbook()
    wb.properties.creator = "NHO Kompetanse"
    wb.properties.lastModifiedBy = "NHO Kompetanse"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.title = "NHO tiltak 2065"
    ws = wb.active
    ws.title = "Tiltak 2065"
    ws.add_image(XLImage(_logo()), "A1")
    ws["C1"] = "Næringslivets Hovedorganisasjon (NHO)"
    ws["C1"].font = Font(bold=True, size=14)
    ws["C2"] = "Rapportering til Kompetansepolitisk råd"
    ws["C3"] = "Rapporteringsår: 2065 – utfylt januar 2066"
    ws["C3"].font = Font(italic=True)
    hdr = ["Nr", "Delmål", "Tiltak", "Type (egen kategori)", "Ansvarlig", "Samarbeidspartnere", "Beskrivelse",
           "Budsjett 2065 (1000 kr)"]
    fillh = PatternFill("solid", fgColor="1F4E79")
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fillh
        c.alignment = Alignment(wrap_text=True, vertical="top")
    rowi = 6
    for i, r in enumerate(fd["rows"], 1):
        vals = [i, r["dm"].replace(".", ","), r["tiltak"], r["tw"], r["ansv"], r["partners"], r["desc"], r["budget"]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=rowi, column=j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=rowi, column=2).number_format = "@"
        rowi += 1
    last = rowi - 1
    ws.auto_filter.ref = f"A5:H{last}"
    ws.cell(row=rowi, column=7, value="Sum").font = Font(bold=True)
    c = ws.cell(row=rowi, column=8, value=f"=SUM(H6:H{last})")
    c.font = Font(bold=True)
    ws.freeze_panes = "A6"
    for col, w in zip("ABCDEFGH", [5, 8, 28, 18, 22, 30, 60, 14]):
        ws.column_dimensions[col].width = w
    ws.row_dimensions[1].height = 48
    info = wb.create_sheet("Kategorier")
    info.append(["NHOs kategori", "Forklaring"])
    for a, b in [("Utvalg", "Deltakelse i offentlige utvalg"), ("Rådsarbeid", "Plasser i råd oppnevnt av myndighetene"),
                 ("Utviklingsprosjekt", "Prosjekter med ekstern finansiering"), ("Kurs", "Opplæringstilbud"),
                 ("Kampanje", "Kommunikasjon og rekruttering")]:
        info.append([a, b])
    wb.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------- 07 Fagskolerådet RTF
ROMAN = {1: "I. Gode valg for den enkelte og for samfunnet",
         2: "II. Læring i arbeidslivet",
         3: "III. Styrke kompetansen til voksne med svak tilknytning til arbeidslivet"}


def write_fagskoleradet(fd, path):
    out = [r"{\rtf1\ansi\ansicpg1252\deff0\uc1",
           r"{\fonttbl{\f0\fswiss Calibri;}{\f1\froman Cambria;}}",
           r"{\info{\title " + R("Rapport 2065") + r"}{\author " + R("Fagskolerådet") + r"}"
           r"{\creatim\yr2066\mo1\dy15\hr9\min0}{\revtim\yr2066\mo1\dy15\hr9\min0}}",
           r"\paperw11906\paperh16838\margl1418\margr1418\margt1418\margb1418",
           r"\pard\sa200\f1\fs36\b " + R("Fagskolerådet") + r"\b0\par",
           r"\pard\sa200\f0\fs26 " + R("Rapport til Kompetansepolitisk råd for 2065") + r"\par",
           r"\pard\sa160\fs22 " + R("Fagskolerådet samler landets fagskoler. Her er rådets egne tiltak i 2065, "
                                    "sortert etter strategiens tre hovedinnsatsområder.") + r"\par"]
    for o in (1, 2, 3):
        out.append(r"\pard\sb240\sa120\fs26\b " + R(ROMAN[o]) + r"\b0\fs22\par")
        rows = [r for r in fd["rows"] if r["omr"] == o]
        if not rows:
            out.append(r"\pard\sa160 " + R("Rådet har ikke egne tiltak under dette området i 2065. Fagskolene "
                                           "deltar i fylkeskommunenes tiltak for voksne.") + r"\par")
        for r in rows:
            txt = fill(r)
            name = r["tiltak"]
            i = txt.index(name)
            out.append(r"\pard\sa160\li360 " + R(txt[:i]) + r"{\b " + R(name) + "}" + R(txt[i + len(name):]) + r"\par")
    out.append(r"\pard\sb240\sa120 " + R("Oslo, 18. januar 2066") + r"\par")
    out.append(r"\pard " + R("Daglig leder, Fagskolerådet") + r"\par}")
    with open(path, "w", encoding="ascii", newline="\r\n") as f:
        f.write("\n".join(out) + "\n")
