"""Build the round: the member files, the superseded draft, the minutes, truth.csv and README.md."""
import csv
import shutil
import tempfile
from pathlib import Path

from . import content_a as A
from . import content_b as B
from . import shapes_other as O
from . import shapes_word as W
from . import shapes_word2 as W2
from .readme import write_readme

# (file name, member, rows, builder, shape)
FILES = [
    ("KD_regjeringens_tiltak_KPR_2047.docx", "Regjeringen", A.REGJERINGEN, W.regjeringen,
     "Word table, landscape; headers Delmål/Tiltak/Kort beskrivelse/Kategori/Ansvarlig/I samarbeid med"),
    ("LO_rapport_kompetansepolitisk_rad_2047.pdf", "LO", A.LO, W.lo,
     "prose report with headings per area and a heading per measure, delmål as words, no types; Word → PDF (LibreOffice)"),
    ("NHO_tiltak_2047.xlsx", "NHO", A.NHO, O.nho,
     "workbook: a cover sheet and one sheet per innsatsområde, header on row 4 below a title"),
    ("Unio_brev_rapportering_2047.odt", "Unio", A.UNIO, W.unio,
     "letter with numbered paragraphs, bold title, «(delmål 1.1, råd/utvalg)» at the end; Word → ODT"),
    ("KS_presentasjon_KPR_2047.pdf", "KS", A.KS, O.ks,
     "slide deck as PDF: title slide, contents slide, one slide per measure with bullets; area (sometimes code), no types"),
    ("YS_skannet_rapport_2047.pdf", "YS", A.YS, O.ys,
     "scan: image-only PDF of a table, tilted 0.9°, specks, blur, JPEG; no descriptions"),
    ("Virke_rapporteringsskjema_2047.docx", "Virke", A.VIRKE, W.virke,
     "reporting form: a two-column field/answer table per measure («Tiltakets navn», «Delmål (nr.)», …)"),
    ("Akademikerne_rapport_2047.rtf", "Akademikerne", B.AKADEMIKERNE, W.akademikerne,
     "bullets under area headings only (no delmål codes), type in brackets for some; Word → RTF"),
    ("Spekter_KPR_2047.doc", "Spekter", B.SPEKTER, W2.spekter,
     "transposed table: one column per measure, field names down the first column; Word → .doc"),
    ("VOFO_rapport_2047_endelig.docx", "VOFO", B.VOFO, W2.vofo,
     "final version; table Tiltak/Beskrivelse/Delmål/Type/«Ansvarlig / partnere» in one cell"),
    ("UHR_rapport_KPR_2047.docx", "UHR", B.UHR, W2.uhr,
     "table with merged section rows «Delmål 1.4 …» and no delmål column"),
    ("Vestland_fylkeskommune_rapport_2047.docx", "Vestland fylkeskommune", B.VESTLAND, W2.vestland,
     "Nynorsk table, two rows per measure (the second a merged «Skildring:» row)"),
    ("Fagskoleradet_epost_rapportering_2047.pdf", "Fagskolerådet", B.FAGSKOLERADET, O.fagskoleradet,
     "printed e-mail: header block, numbered list «1) title [type] – delmål 1.4. …», quoted original below"),
]
EXTRA = [
    ("VOFO_rapport_2047_utkast.docx", "VOFO", "superseded draft (UTKAST 19.01.2048), same table shape; no truth rows"),
    ("Referat_AU_2047-03-12.docx", "–", "not a member report: minutes of the working committee with numbered headings; "
                                       "no truth rows"),
]
HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig", "samarbeidspartnere",
          "beskrivelse"]


def build(out: Path) -> int:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    truth = []
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        for name, member, rows, builder, _shape in FILES:
            builder(rows, out, tmp)
            assert (out / name).exists(), name
            for r in rows:
                truth.append([name, member, r.t, r.m, r.d, r.ty, r.a, r.p, r.b])
        W2.minutes(out, tmp)
    with open(out / "truth.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(truth)
    write_readme(out, FILES, EXTRA, truth)
    return len(truth)
