"""Files converted with LibreOffice from generated .docx: an ODT letter
(Akademikerne), an RTF with bilingual Sami/Norwegian headers (Sametinget)
and a legacy .doc table (VOFO). soffice output is not byte-pinned."""
from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from .common import ZIP_TIME, Doc, Row, set_docx_core
from .docx_tables import put, set_widths, shade


def convert(docx_path: Path, fmt: str, out_dir: Path, final_name: str):
    with tempfile.TemporaryDirectory(prefix="h38lo_") as tmp:
        prof = Path(tmp) / "profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}",
               "--headless", "--convert-to", fmt, "--outdir", tmp,
               str(docx_path)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=180)
        ext = fmt.split(":")[0]
        made = Path(tmp) / (docx_path.stem + "." + ext)
        shutil.copyfile(made, out_dir / final_name)


def pin_odt(path: Path) -> None:
    """Fix the random rsids LibreOffice writes into settings.xml and the zip
    timestamps; 'mimetype' stays first and stored."""
    src = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "settings.xml":
                blob = re.sub(rb'(config:name="Rsid(?:Root)?" '
                              rb'config:type="int">)\d+', rb"\g<1>2058",
                              blob)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    path.write_bytes(out.getvalue())


AKA = [
    (Row("M03", "Vi har sete i Råd for samarbeid med arbeidslivet (RSA) ved "
         "seks universiteter og høyskoler.", "1.4", "Råd/utvalg/nettverk",
         "", "",
         "Representantene kommer fra Akademikernes foreninger og bidrar "
         "særlig i rådene for profesjonsutdanningene."),
     "Dette følger opp delmål 1.4."),
    (Row("M04", "Gjennom Legeforeningen deltar Akademikerne i "
         "UHR-Medisin og helse, en av UHRs fagstrategiske enheter.", "1.4",
         "Råd/utvalg/nettverk", "Legeforeningen", "",
         "Enheten har i år arbeidet med praksisplasser og "
         "arbeidslivsrelevans i medisinstudiet."),
     "Også dette hører til delmål 1.4."),
    (Row("R127", "Innspill til KBU-rapporten", "1.1", "Informasjon",
         "Akademikernes sekretariat", "",
         "Akademikerne leverte et skriftlig innspill til "
         "Kompetansebehovsutvalgets temarapport om behovet for arbeidskraft "
         "med høyere utdanning, basert på en undersøkelse blant "
         "medlemmene.", trap="input to a KBU report"),
     "(delmål 1.1)"),
    (Row("R128", "EVU-portalen for akademikere", "2.4", "Informasjon",
         "Akademikernes sekretariat", "Universitetet i Bergen, OsloMet",
         "Nettportal som samler etter- og videreutdanningstilbud for "
         "medlemmene, sortert etter fagområde og studieform. Lansert i "
         "september."),
     "(delmål 2.4)"),
]


def build_akademikerne(out_dir: Path, work: Path) -> Doc:
    fn = "Akademikerne_brev_tiltak_2058.odt"
    d = Document()
    set_docx_core(d, "Brev til Kompetansepolitisk råd", "Akademikerne")
    p = d.add_paragraph()
    r = p.add_run("AKADEMIKERNE")
    r.bold = True; r.font.size = Pt(18)
    d.add_paragraph("Fridtjof Nansens plass 6, 0160 Oslo")
    d.add_paragraph()
    d.add_paragraph("Kompetansepolitisk råd\nv/sekretariatet")
    p = d.add_paragraph("Vår ref.: 59/014\tDato: 14. januar 2059")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = d.add_paragraph()
    p.add_run("Akademikernes rapport om tiltak i 2058").bold = True
    d.add_paragraph(
        "Vi viser til sekretariatets henvendelse av 2. desember og sender "
        "med dette en kort oversikt over hva Akademikerne har gjort i 2058 "
        "for å følge opp strategien. Vi har ikke brukt malen, men håper "
        "oversikten er til hjelp.")
    for letter, (row, tail) in zip("abcd", AKA):
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.8)
        p.add_run(f"{letter})\t")
        if row.tiltak.endswith("."):
            p.add_run(row.tiltak + " ")
        else:
            p.add_run(row.tiltak + ". ").bold = True
        txt = row.beskrivelse
        if row.partners:
            txt += f" Vi samarbeider med {row.partners}."
        if row.ansvarlig:
            txt += f" Ansvarlig: {row.ansvarlig}."
        p.add_run(txt + " " + tail)
    d.add_paragraph(
        "Akademikerne er ikke medlem av Samarbeidsrådet for yrkesopplæring, "
        "men følger rådets arbeid med interesse.")
    d.add_paragraph("Med vennlig hilsen")
    d.add_paragraph("Akademikerne\n\nLars Øvrebø\nfagsjef")
    src = work / "Akademikerne_brev_tiltak_2058.docx"
    d.save(src)
    convert(src, "odt", out_dir, fn)
    pin_odt(out_dir / fn)
    return Doc(fn, "Akademikerne", "ODT letter (soffice from .docx): "
               "letterhead, lettered items a)–d), two items are plain "
               "sentences with no name, delmål as trailing phrase",
               [r for r, _ in AKA], soffice=True)


SAMI = [
    Row("M06", "Sametinget er med i Nasjonalt forum for karriereveiledning",
        "1.3", "Råd/utvalg/nettverk", "Opplærings- og språkavdelingen", "",
        "Sametinget deltar for å styrke kunnskapen om samisk språk, kultur "
        "og næringsliv i karriereveiledningen."),
    Row("R129", "Karriereveiledning med samisk kompetanse – kurs for "
        "veiledere", "1.3", "Kurs/utdanning",
        "Opplærings- og språkavdelingen",
        "Sámi allaskuvla, Karriere Troms og Finnmark",
        "Kursrekke for karriereveiledere i Nord-Norge og Trøndelag om "
        "samisk kultur- og næringsliv, inkludert reindrift og duodji."),
    Row("R130", "Kompetansepluss i samiske områder", "3.2", "Prosjekt",
        "Næringsavdelingen", "HK-dir",
        "Prosjekter i grunnleggende ferdigheter for ansatte i reindrift, "
        "fiske og duodji, med undervisning på samisk der det trengs."),
]
SAMI_DELMAL = {"M06": "1.3", "R129": "1.3 (karriereveiledning)",
               "R130": "3.2"}


def build_sametinget(out_dir: Path, work: Path) -> Doc:
    fn = "Sametinget_raporta_2058.rtf"
    d = Document()
    set_docx_core(d, "Sametinget – rapport 2058", "Sámediggi")
    d.add_heading("Sámediggi / Sametinget", 1)
    d.add_paragraph("Raporta Gelbbolašvuođapolitihkalaš rádđái 2058 – "
                    "Rapport til Kompetansepolitisk råd 2058")
    d.add_paragraph("Sametinget rapporterer tre tiltak. Tabellen er "
                    "tospråklig; teksten i tabellen er på norsk.")
    heads = ["Doaibmabidju / Tiltak", "Čilgehus / Beskrivelse",
             "Ulbmil / Delmål", "Ovddasvástádus / Ansvar",
             "Ovttasbargu / Samarbeid"]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        put(c, h, True, 9)
        shade(c, "D9E2D0")
    for r in SAMI:
        cells = t.add_row().cells
        for c, v in zip(cells, [r.tiltak, r.beskrivelse,
                                SAMI_DELMAL[r.label], r.ansvarlig,
                                r.partners]):
            put(c, v, False, 9)
    set_widths(t, [3.4, 5.2, 2.2, 2.6, 2.8])
    d.add_paragraph()
    d.add_paragraph("Kárášjohka/Karasjok, 17.01.2059")
    src = work / "Sametinget_raporta_2058.docx"
    d.save(src)
    convert(src, "rtf", out_dir, fn)
    return Doc(fn, "Sametinget", "RTF (soffice from .docx), table with "
               "bilingual North Sami/Norwegian headers, no type column",
               SAMI, soffice=True)


VOFO = [
    (Row("J05", "Lær mer frivillig", "3.6", "Prosjekt", "VOFO",
         "Innlandet fylkeskommune, studieforbundene",
         "Studieforbundene tilbyr kurs i lag og foreninger for voksne som har "
         "lite formell utdanning, med mål om å vekke lysten til å lære mer."),
     "3.6 – læringsmotivasjon i frivillig sektor", "Samarbeidsprosjekt"),
    (Row("R131", "Søknadsverksted for Kompetansepluss frivillighet", "3.2",
         "Arrangement", "VOFO", "",
         "Digitale verksteder der studieforbund og frivillige organisasjoner "
         "fikk hjelp til å søke midler fra Kompetansepluss frivillighet."),
     "3.2", "Verksted"),
    (Row("R132", "Frivillighetens læringsbarometer 2058", "3.6", "FoU",
         "VOFO", "Statistisk sentralbyrå",
         "Årlig undersøkelse av hvem som deltar i opplæring i frivillig "
         "sektor og hva de lærer."),
     "Læringsmotivasjon og læringsevne gjennom frivillig sektor",
     "Undersøkelse"),
]


def build_vofo(out_dir: Path, work: Path) -> Doc:
    fn = "VOFO_tiltaksrapport_2058.doc"
    d = Document()
    set_docx_core(d, "VOFO tiltaksrapport 2058", "VOFO")
    d.add_heading("VOFO – Voksenopplæringsforbundet: tiltaksrapport 2058", 1)
    d.add_paragraph("VOFO er paraplyorganisasjon for studieforbundene. "
                    "Tabellen viser våre tiltak i 2058.")
    heads = ["Hva", "Hvorfor (delmål)", "Slags tiltak", "Hvem gjør det",
             "Med hvem", "Kort fortalt"]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        put(c, h, True, 9)
    for r, dtxt, slags in VOFO:
        cells = t.add_row().cells
        for c, v in zip(cells, [r.tiltak, dtxt, slags, r.ansvarlig,
                                r.partners, r.beskrivelse]):
            put(c, v, False, 9)
    set_widths(t, [2.8, 2.6, 2.2, 1.8, 2.6, 4.2])
    d.add_paragraph()
    d.add_paragraph("VOFO, januar 2059")
    src = work / "VOFO_tiltaksrapport_2058.docx"
    d.save(src)
    convert(src, "doc:MS Word 97", out_dir, fn)
    return Doc(fn, "VOFO", "legacy Word 97 .doc (soffice from .docx), "
               "table with plain-language headers (Hva / Hvorfor / Slags "
               "tiltak ...), types in own words", [r for r, _, _ in VOFO],
               soffice=True)
