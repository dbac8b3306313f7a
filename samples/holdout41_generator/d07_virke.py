"""07 Virke: a letter (Word 97 .doc via LibreOffice); measures named in prose,
no types and no delmål codes."""
import os

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from .common import R, must_contain, save_docx, lo_export

FILE = "07_Virke_brev_2061.doc"
MEMBER = "Virke"
FORMAT = "DOC (Word 97) converted from DOCX by LibreOffice"
SHAPE = ("Formal letter to the secretariat; four measures named in running prose, no types and "
         "no delmål given (inferred); a KBU mention that is not a measure")

S_SRY = ("Virke har fast plass i Samarbeidsrådet for yrkesopplæring, der vi representerer arbeidsgivere i "
         "handel og tjenesteyting. I 2061 har vi særlig tatt opp behovet for flere læreplasser i "
         "salgsfaget og i logistikk.")
S_YRK = ("Vi har også stilt oss bak yrkesfagkampanjen Yrkesløftet og bidratt med innhold om karriereveier i "
         "varehandelen, blant annet filmer med tidligere lærlinger som i dag er butikksjefer.")
S_DGA = ("Virke har vært pådriver for at handelsnæringen tar i bruk Digitalt grunnløft i arbeidslivet. "
         "Gjennom ordningen har om lag 900 ansatte i Virke-bedrifter tatt kurs i grunnleggende digitale "
         "ferdigheter i 2061.")
S_BP = ("Sammen med Fagskolen Viken og Høgskolen i Østfold har Virke utviklet Bransjeprogram for varehandelen, "
        "et etter- og videreutdanningstilbud i samlingsbasert form for ansatte uten formell kompetanse. "
        "Første kull på 60 studenter startet i august.")

ROWS = [
    R("M03", "2.3", "Råd/utvalg/nettverk", "Virke har fast plass i Samarbeidsrådet for yrkesopplæring",
      beskrivelse=S_SRY),
    R("J01", "2.3", "Informasjon", "yrkesfagkampanjen Yrkesløftet", beskrivelse=S_YRK),
    R("J02", "2.1", "Kurs/utdanning", "Digitalt grunnløft i arbeidslivet", beskrivelse=S_DGA),
    R("U12", "2.4", "Kurs/utdanning", "Bransjeprogram for varehandelen",
      partnere="Fagskolen Viken; Høgskolen i Østfold", beskrivelse=S_BP),
]


def build(outdir, tmpdir):
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    d.styles["Normal"].font.name = "Times New Roman"
    hp = d.add_paragraph()
    hp.add_run("Hovedorganisasjonen Virke").bold = True
    d.add_paragraph("Postboks 2900 Solli, 0230 Oslo")
    d.add_paragraph("")
    d.add_paragraph("Sekretariatet for Kompetansepolitisk råd\nv/ Kompetanse Norge\nPostboks 1500\n0180 Oslo")
    ref = d.add_paragraph("Deres ref.: 2061/3318     Vår ref.: 62/0087/KOMP     Dato: 21. januar 2062")
    ref.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("")
    t = d.add_paragraph()
    t.add_run("Virkes rapportering til Kompetansepolitisk råd for 2061").bold = True
    body = [
        "Vi viser til brev fra sekretariatet av 1. desember 2061 med invitasjon til å rapportere tiltak som "
        "bidrar til Nasjonal kompetansepolitisk strategi. Virke har valgt å svare i brevs form, og vi "
        "beskriver nedenfor de viktigste tiltakene våre i 2061.",
        S_SRY + " " + S_YRK,
        S_DGA,
        S_BP,
        "Vi ser fram til Kompetansebehovsutvalgets neste rapport og håper den vil belyse varehandelens "
        "behov bedre enn tidligere. Vi bidro ikke med egne analyser i 2061, men stiller gjerne opp i "
        "videre dialog.",
        "Ta gjerne kontakt dersom sekretariatet trenger utdypende opplysninger.",
    ]
    for b in body:
        d.add_paragraph(b)
    d.add_paragraph("")
    d.add_paragraph("Med vennlig hilsen")
    d.add_paragraph("Hovedorganisasjonen Virke")
    d.add_paragraph("")
    d.add_paragraph("direktør for kompetanse og arbeidsliv\t\tseniorrådgiver")
    d.add_paragraph("Dokumentet er elektronisk godkjent og har derfor ikke håndskrevne signaturer.").runs[0].italic = True
    whole = " ".join(p.text for p in d.paragraphs)
    for r in ROWS:
        must_contain(whole, r["tiltak"], r["beskrivelse"], *r["partnere"].split("; "))
    src = os.path.join(tmpdir, "07_Virke_brev_2061.docx")
    save_docx(d, src, "Virke", "Rapportering 2061")
    lo_export(src, os.path.join(outdir, FILE), "doc", tmpdir)
