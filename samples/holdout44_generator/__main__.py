"""Build round 43 (reporting year 2064): python -m samples.holdout44_generator OUTDIR"""
import csv
import os
import sys
from collections import OrderedDict

from . import data1, data2
from .fmt_docx1 import build_lo, build_akademikerne, build_note
from .fmt_docx2 import build_sametinget, build_ks, build_regjeringen
from .fmt_pdf1 import build_nho, build_uhr
from .fmt_pdf2 import build_email, build_slides, build_agenda
from .fmt_odf import build_vestland, build_innlandet
from .fmt_misc import build_trondelag, build_fagskoleradet
from .fmt_scan import build_agder

# (number, file, member, rows, builder, format/how made, shape)
FILES = [
    ("01", "01_lo_rapport_kompetansetiltak_2064.docx", "LO", data1.LO,
     build_lo, "DOCX (python-docx)",
     "one 2-column table; each measure a block of 7 rows (header + label/value)"),
    ("02", "02_nho_tiltaksmatrise_2064.pdf", "NHO", data1.NHO, build_nho,
     "PDF (reportlab), landscape",
     "matrix: delmål 1.1–3.6 as column groups per hovedområde with X; no type"),
    ("03", "03_vestland_fk_rapport_2064.odt", "Vestland fylkeskommune",
     data1.VESTLAND, build_vestland, "ODT (hand-written XML), Nynorsk",
     "lettered outline a) b) … under hovudområde headings; "
     "delmål as «hovudområde 1, punkt 3»; type in own words or none"),
    ("04", "04_trondelag_fk_kompetansetiltak_2064.xlsx",
     "Trøndelag fylkeskommune", data1.TRONDELAG, build_trondelag,
     "XLSX (openpyxl)",
     "delmål as vertically merged cells with words; own type words; "
     "status 2064 + plan 2065 columns"),
    ("05", "05_uhr_nytt_1_2065.pdf", "UHR", data1.UHR, build_uhr,
     "PDF (reportlab), two-column newsletter",
     "articles with headlines; delmål only as words (strategiområde); "
     "no type; editorial + calendar are not measures"),
    ("06", "06_sametinget_rapporteringsskjema_2064.docx", "Sametinget",
     data1.SAMETINGET, build_sametinget, "DOCX with content controls",
     "Word form, one small table per measure, values in w:sdt text/dropdown "
     "controls; one empty control shows placeholder text"),
    ("07", "07_kompetanseforbundet_epost_2064.pdf", "Kompetanseforbundet",
     data1.KOMPETANSEFORBUNDET, build_email,
     "PDF (reportlab), printed e-mail",
     "prose reply with measures only inside sentences; delmål partly as "
     "code, partly as words; quoted original message"),
    ("08", "08_agder_fk_skannet_brev_2064.pdf", "Agder fylkeskommune",
     data2.AGDER, build_agder, "PDF, image only (Pillow scan, skew/noise)",
     "scanned letter with a printed table; no text layer"),
    ("09", "09_virke_presentasjon_2064.pdf", "Virke", data2.VIRKE,
     build_slides, "PDF (reportlab), 16:9 slide deck",
     "title + agenda slides, one slide per measure with tag «Delmål x.y · "
     "own type»"),
    ("10", "10_ks_rapportering_2064.doc", "KS", data2.KS, build_ks,
     "DOC (python-docx → soffice MS Word 97)",
     "table Tiltak/Delmål/Beskrivelse/Ansvar+samarbeid/Status; no type; "
     "abbreviations KS-AGP/KS-D; long row runs over the page break"),
    ("11", "11_fagskoleradet_arsrapport_2064.rtf", "Fagskolerådet",
     data2.FAGSKOLERADET, build_fagskoleradet, "RTF (hand-written)",
     "overview table (name+delmål) followed by one section per measure "
     "with label lines; measures thus appear twice"),
    ("12", "12_innlandet_fk_tiltak_2062-2064.ods", "Innlandet fylkeskommune",
     data2.INNLANDET, build_innlandet, "ODS (hand-written XML)",
     "columns are years 2062/2063/2064; delmål as numeric cells shown "
     "with decimal comma (1,4)"),
    ("13", "13_regjeringen_kd_tiltak_2064.pdf", "Regjeringen",
     data2.REGJERINGEN, build_regjeringen,
     "PDF (python-docx → soffice)",
     "report with numbered headings per hovedområde/delmål; measures as "
     "bold run-in names in paragraphs; no type"),
    ("14", "14_akademikerne_tiltak_2064.docx", "Akademikerne",
     data2.AKADEMIKERNE, build_akademikerne, "DOCX (python-docx), landscape",
     "transposed table: measures are columns, attributes are rows"),
    ("15", "15_kpr_saksliste_mote1_2065.pdf", None, [], build_agenda,
     "PDF (reportlab)", "NOT a report: meeting agenda of the council"),
    ("16", "16_notat_voksnes_laering_2065.docx", None, [], build_note,
     "DOCX (python-docx)",
     "NOT a report: research note with numbered sections 1.1, 2.1, 3.2 …"),
]

HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type",
          "ansvarlig", "samarbeidspartnere", "beskrivelse"]


def truth_rows():
    for num, fn, member, rows, *_ in FILES:
        for r in rows:
            yield [fn, member, r["name"], r["seed"], r["dm"], r["type"],
                   r["ans"], r["par"], r["desc"]]


def write_readme(out, rows):
    L = ["# Held-out round 43 — reporting year 2064 (samples/holdout44)", "",
         "These files were written from the domain brief only, without "
         "reading the extraction program, its tests or other samples. "
         "Round 43, reporting year 2064; regenerate with "
         "`python -m samples.holdout44_generator samples/holdout44` and check "
         "with `python -m samples.holdout44_generator.verify "
         "samples/holdout44`.", "",
         "| # | file | member | format / how made | shape | truth rows |",
         "|---|---|---|---|---|---|"]
    for num, fn, member, rs, _b, fmt, shape in FILES:
        L.append("| %s | `%s` | %s | %s | %s | %d |"
                 % (num, fn, member or "— (not a member report)", fmt, shape,
                    len(rs)))
    kinds = {"M": 0, "J": 0, "U": 0}
    seeds = OrderedDict()
    for r in rows:
        kinds[r[3][0]] += 1
        seeds.setdefault(r[3], []).append(r)
    members = sorted({r[1] for r in rows})
    L += ["", "## Counts", "",
          "- truth rows: %d (M: %d, J: %d, U: %d)" % (
              len(rows), kinds["M"], kinds["J"], kinds["U"]),
          "- distinct measures (seed ids): %d (M: %d, J: %d, U: %d)" % (
              len(seeds), sum(1 for s in seeds if s[0] == "M"),
              sum(1 for s in seeds if s[0] == "J"),
              sum(1 for s in seeds if s[0] == "U")),
          "- member reports: %d, members: %d; non-report files: 2 "
          "(15, 16; no truth rows)" % (
              sum(1 for f in FILES if f[2]), len(members)), "",
          "## Multi-member measures (each member's wording)", ""]
    for sid in sorted(s for s in seeds if s[0] in "MJ"):
        rs = seeds[sid]
        L.append("- **%s** (delmål %s, %s):" % (sid, rs[0][4], rs[0][5]))
        for r in rs:
            L.append("  - %s (`%s`): «%s»" % (r[1], r[0][:2], r[2]))
    L += ["", "## Traps (single-member measures that mention a council)", "",
          "- U0101 LO: course for LO's own representatives in SRY",
          "- U0201 NHO: hearing input to the KBU report",
          "- U0301 Vestland: statement (fråsegn) on the report of Nasjonalt "
          "forum for karriererettleiing",
          "- U1101 Fagskolerådet: evaluation of Nasjonalt fagskoleråd",
          "- U1401 Akademikerne: breakfast seminar about the KBU report", "",
          "## Notes", "",
          "- Byte-stable: DOCX/XLSX/ODT/ODS zips normalised, fixed metadata, "
          "reportlab invariant mode; the soffice PDF (13) has its dates, IDs "
          "and checksum overwritten. 10 (.doc) and 13 were byte-identical "
          "across repeated builds here, but depend on the installed "
          "LibreOffice version and fonts.",
          "- 12 stores delmål as numeric cells (office:value 1.4) whose "
          "stored display text uses a decimal comma (1,4).",
          "- 06 keeps values inside Word content controls; the empty "
          "partner field shows Word's placeholder text (truth: empty).",
          "- 08 is image-only; verify uses tesseract `-l nor` with fuzzy "
          "matching."]
    open(os.path.join(out, "README.md"), "w", encoding="utf-8").write(
        "\n".join(L) + "\n")


def main(argv):
    out = argv[1] if len(argv) > 1 else "samples/holdout44"
    os.makedirs(out, exist_ok=True)
    for num, fn, member, rows, builder, *_ in FILES:
        builder(os.path.join(out, fn))
        print("built", fn)
    rows = list(truth_rows())
    with open(os.path.join(out, "truth.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(rows)
    write_readme(out, rows)
    print("truth rows:", len(rows))


if __name__ == "__main__":
    main(sys.argv)
