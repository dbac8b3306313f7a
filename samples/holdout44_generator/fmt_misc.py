"""04 Trøndelag (XLSX, delmål as merged cells, status/plan columns) and
11 Fagskolerådet (hand-written RTF with overview table + sections)."""
import re
import zipfile
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side

from .common import FIXED_DT, normalise_zip
from .data1 import TRONDELAG
from .data2 import FAGSKOLERADET

DM_WORDS = {"1.2": "Regionalt samarbeid", "1.3": "Karriereveiledning",
            "2.3": "Karrieremuligheter i yrkesfag",
            "2.4": "Relevant etter- og videreutdanning",
            "3.1": "Fleksibel opplæring for voksne"}


def _fix_core(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        if name == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                          rb"\g<1>2065-01-20T10:00:00Z", data)
        out.append((name, data))
    tmp = path + ".t"
    with zipfile.ZipFile(tmp, "w") as z:
        for name, data in out:
            z.writestr(name, data)
    os.replace(tmp, path)


def build_trondelag(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Tiltak 2064"
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Trøndelag fylkeskommune – kompetansetiltak 2064"
    ws["A1"].font = Font(size=14, bold=True)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Innrapportering til Kompetansepolitisk råd. Tiltakene er "
                "gruppert etter delmål i strategien.")
    ws.merge_cells("A2:G2")
    heads = ["Delmål", "Tiltak", "Tiltaksform", "Ansvar", "Partnere",
             "Status 2064", "Videre plan 2065"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = border
    row = 4
    groups = []
    for r in TRONDELAG:
        if groups and groups[-1][0] == r["dm"]:
            groups[-1][2] = row
        else:
            groups.append([r["dm"], row, row])
        vals = [None, r["name"], r["x"]["own"], r["ans"], r["par"],
                r["desc"], r["x"]["plan"]]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=row, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
        row += 1
    for dm, a, b in groups:
        c = ws.cell(row=a, column=1, value="%s %s" % (dm, DM_WORDS[dm]))
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        if b > a:
            ws.merge_cells(start_row=a, start_column=1, end_row=b,
                           end_column=1)
    widths = [18, 34, 16, 24, 30, 46, 26]
    for col, w in zip("ABCDEFG", widths):
        ws.column_dimensions[col].width = w
    for rr in range(4, row):
        lines = 1
        for i, w in enumerate(widths[1:], 2):
            v = ws.cell(row=rr, column=i).value or ""
            lines = max(lines, -(-len(v) * 11 // (w * 10)))
        ws.row_dimensions[rr].height = 15 * lines + 3
    ws.freeze_panes = "B4"
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws2 = wb.create_sheet("Forklaring")
    ws2["A1"] = "Tiltaksform er fylkeskommunens egen inndeling."
    ws2["A2"] = "Kontakt: Avdeling for utdanning, Trøndelag fylkeskommune."
    wb.properties.creator = "Trøndelag fylkeskommune"
    wb.properties.lastModifiedBy = "Trøndelag fylkeskommune"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.save(path)
    _fix_core(path)
    normalise_zip(path)


def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def build_fagskoleradet(path):
    L = []
    a = L.append
    a(r"{\rtf1\ansi\ansicpg1252\deff0\uc1")
    a(r"{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\froman\fcharset0 "
      r"Georgia;}}")
    a(r"{\colortbl;\red0\green0\blue0;\red31\green78\blue121;}")
    a(r"{\info{\title " + rtf_esc("Årsrapport tiltak 2064") +
      r"}{\author " + rtf_esc("Fagskolerådet") +
      r"}{\creatim\yr2065\mo1\dy20\hr10\min0}{\revtim\yr2065\mo1\dy20\hr10"
      r"\min0}}")
    a(r"\paperw11906\paperh16838\margl1417\margr1417\margt1417\margb1417")
    a(r"\pard\sa120\f1\fs36\cf2\b " + rtf_esc("Fagskolerådet") +
      r"\b0\cf1\par")
    a(r"\pard\sa240\f0\fs28\b " + rtf_esc(
        "Årsrapport om tiltak i Nasjonal kompetansepolitisk strategi – 2064")
      + r"\b0\par")
    a(r"\pard\sa160\fs21 " + rtf_esc(
        "Fagskolerådet organiserer fagskolene og arbeider for at "
        "fagskoleutdanning skal være et attraktivt valg for voksne i arbeid. "
        "Under følger først en oversikt, deretter en omtale av hvert tiltak.")
      + r"\par")
    a(r"\pard\sa120\b " + rtf_esc("Oversikt") + r"\b0\par")

    def trow(cells, bold=False):
        s = (r"\trowd\trgaph70\trleft0\clbrdrt\brdrs\clbrdrl\brdrs\clbrdrb"
             r"\brdrs\clbrdrr\brdrs\cellx700\clbrdrt\brdrs\clbrdrl\brdrs"
             r"\clbrdrb\brdrs\clbrdrr\brdrs\cellx6800\clbrdrt\brdrs\clbrdrl"
             r"\brdrs\clbrdrb\brdrs\clbrdrr\brdrs\cellx9000")
        for c in cells:
            s += r"\pard\intbl\fs19" + (r"\b " if bold else " ") + \
                rtf_esc(c) + (r"\b0" if bold else "") + r"\cell"
        return s + r"\row"
    a(trow(["Nr.", "Tiltak", "Delmål"], bold=True))
    for n, r in enumerate(FAGSKOLERADET, 1):
        a(trow([str(n), r["name"], r["dm"]]))
    a(r"\pard\sa200\par")
    for n, r in enumerate(FAGSKOLERADET, 1):
        a(r"\pard\sb240\sa120\keepn\fs24\b " +
          rtf_esc("Tiltak %d: %s" % (n, r["name"])) + r"\b0\fs21\par")
        lines = [("Delmål", "%s – %s" % (r["dm"], r["x"]["dmt"])),
                 ("Tiltakstype", r["x"]["own"]), ("Ansvar", r["ans"])]
        if r["par"]:
            lines.append(("Samarbeidspartnere", r["par"]))
        lines.append(("Beskrivelse", r["desc"]))
        for k, v in lines:
            a(r"\pard\sa60\li284\b " + rtf_esc(k + ":") + r"\b0  " +
              rtf_esc(v) + r"\par")
    a(r"\pard\sb360 " + rtf_esc("Oslo, januar 2065. Fagskolerådets "
                                "sekretariat.") + r"\par")
    a("}")
    with open(path, "w", encoding="ascii", newline="\r\n") as f:
        f.write("\n".join(L) + "\n")
