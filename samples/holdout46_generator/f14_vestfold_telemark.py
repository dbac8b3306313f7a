"""14 Vestfold og Telemark fylkeskommune: DOCX. A checklist-style annual note:
coloured headings that paraphrase the delmål (no codes), under each a line per
measure starting with a status symbol (✔ gjennomført / ◐ pågår), the bold name,
an em dash and the description, followed by a small grey 'Ansvar · Samarbeid' line."""
import os

from docx.shared import Pt

from .common import T, FileResult, save_docx
from . import docxutil as du

FILENAME = "14_VestfoldogTelemark_fk_arsmelding_2066.docx"
MEMBER = "Vestfold og Telemark fylkeskommune"

GROUPS = [
    ("Samarbeid mellom utdanning og arbeidsliv i hele regionen", [
        ("✔", "Rådet for samarbeid med arbeidslivet ved USN",
         "Fylkeskommunen har ett medlem i RSA ved Universitetet i Sørøst-Norge og har tatt opp behovet "
         "for flere studieplasser innen prosessindustri.",
         "Seksjon for kompetanse og karriere", "",
         T("Rådet for samarbeid med arbeidslivet ved USN", "M03", "1.4", "Råd/utvalg/nettverk")),
    ]),
    ("Bedre karrieremuligheter i yrkesfagene", [
        ("✔", "Norgesmesterskapet i yrkesfag (Yrkes-NM) i Skien",
         "Vertsfylke for Yrkes-NM 2066 med 180 deltakere og 9 000 besøkende, de fleste elever fra "
         "ungdomsskolen.",
         "Seksjon for fag- og yrkesopplæring", "WorldSkills Norway, NHO, LO",
         T("Norgesmesterskapet i yrkesfag (Yrkes-NM) i Skien", "J07", "2.3", "Arrangement")),
    ]),
    ("Digital kompetanse i hele arbeidsstyrken", [
        ("◐", "DigiKomm II",
         "Andre fase med digital kompetanseheving for ansatte i kommunene i Vestfold og Telemark startet "
         "høsten 2066, med utgangspunkt i erfaringene fra DigiKomm. 14 kommuner deltar.",
         "Seksjon for kompetanse og karriere", "KS Vestfold og Telemark",
         T("DigiKomm II", "U1401", "2.1", "Kurs/utdanning")),
    ]),
    ("Etter- og videreutdanning koblet til næringslivets behov", [
        ("✔", "Industriløftet Grenland",
         "Prosjekt der prosessindustrien i Grenland og USN utvikler korte videreutdanninger i hydrogen og "
         "karbonfangst. Seks nye emner ble tilbudt i 2066.",
         "Seksjon for næring", "Universitetet i Sørøst-Norge, Industriforeningen i Grenland",
         T("Industriløftet Grenland", "U1402", "2.4", "Prosjekt")),
    ]),
    ("Fleksibel opplæring for voksne", [
        ("◐", "Modulstrukturert videregående opplæring for voksne",
         "Tilbudet er utvidet til elektrofag og helsearbeiderfaget; 320 voksne deltok i 2066.",
         "Voksenopplæringen", "NAV Vestfold og Telemark",
         T("Modulstrukturert videregående opplæring for voksne", "U1403", "3.1", "Kurs/utdanning")),
    ]),
]


def build(out_dir: str) -> FileResult:
    doc = du.new_doc(font="Calibri", size=11, margins_cm=2.2)
    p = doc.add_paragraph()
    du.add_runs(p, [("Vestfold og Telemark fylkeskommune", {"bold": True, "size": 11, "color": "00677F"})])
    p = doc.add_paragraph()
    du.add_runs(p, [("Årsmelding 2066 – kompetansepolitiske tiltak", {"bold": True, "size": 18})])
    doc.add_paragraph("Innspill til Kompetansepolitisk råd. Overskriftene følger målene i den nasjonale "
                      "strategien. Status: ✔ = gjennomført, ◐ = pågår, ✖ = ikke startet.")
    rows = []
    for head, items in GROUPS:
        hp = doc.add_paragraph()
        hp.paragraph_format.space_before = Pt(10)
        du.add_runs(hp, [(head, {"bold": True, "size": 12.5, "color": "00677F"})])
        for sym, name, desc, ansv, partn, truth in items:
            ip = doc.add_paragraph()
            ip.paragraph_format.left_indent = Pt(18)
            ip.paragraph_format.first_line_indent = Pt(-18)
            ip.paragraph_format.space_after = Pt(0)
            du.add_runs(ip, [(sym + "  ", {"color": "00677F"}), (name, {"bold": True}),
                             (" — " + desc, {})])
            meta = doc.add_paragraph()
            meta.paragraph_format.left_indent = Pt(18)
            txt = f"Ansvar: {ansv}"
            if partn:
                txt += f"  ·  Samarbeid: {partn}"
            du.add_runs(meta, [(txt, {"size": 9, "color": "7F7F7F", "italic": True})])
            truth.ansvarlig, truth.partnere, truth.beskrivelse = ansv, partn, desc
            rows.append(truth)
    doc.add_paragraph()
    doc.add_paragraph("Skien, januar 2067")
    save_docx(doc, os.path.join(out_dir, FILENAME), "Vestfold og Telemark fylkeskommune",
              "Årsmelding 2066 kompetanse")
    return FileResult(FILENAME, MEMBER, "DOCX (python-docx)",
                      "Checklist: headings paraphrasing the delmål (no codes); per measure a status "
                      "symbol (✔/◐), bold name, em dash, description; grey 'Ansvar · Samarbeid' line; "
                      "no type", rows)
