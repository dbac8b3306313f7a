"""05 YS - the secretariat's fillable PDF form (AcroForm), filled in; values live in form fields."""
import os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from .common import register_fonts, truth_row

FILE = "05_YS_rapporteringsskjema_utfylt_2068.pdf"
MEMBER = "YS"
FORMAT = "PDF (reportlab AcroForm), fillable form filled in"
SHAPE = ("The secretariat's fillable PDF form, filled in by YS: static labels are page text, every answer "
         "(name, delmål, type drop-down, ansvarlig, partners, description) is an AcroForm field value with "
         "its own appearance stream; seven blocks, the last left empty; comment field mentions a 2069 plan")

TYPES = ["- velg -", "FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]

# seed, delmal, type, name, ansvar, partnere, desc
BLOCKS = [
    ("M02", "2.3", "Råd/utvalg/nettverk", "Plass i Samarbeidsrådet for yrkesopplæring",
     "YS Samfunnspolitisk avdeling", "",
     "YS har ett fast medlem og ett varamedlem i SRY. Vi har særlig fulgt opp arbeidet med fagbrev for "
     "voksne og praksiskandidater."),
    ("M05", "1.4", "Råd/utvalg/nettverk", "Nasjonalt fagskoleråd - YS-representant", "Delta", "",
     "YS er representert i rådet ved forbundsleder i Delta. Rådet ga i 2068 innspill til ny "
     "finansieringsmodell for fagskolene."),
    ("J02", "2.1", "Kurs/utdanning", "Kurs i digital kompetanse for ansatte i kommunene", "Delta og Parat", "KS",
     "YS-forbundene Delta og Parat har hatt ansvaret for opplæringen av tillitsvalgte i KS' program for "
     "digital kompetanse i kommunene. 1 900 deltakere."),
    ("J08", "2.4", "Kurs/utdanning", "Sirkulær industri - partsprogram for etter- og videreutdanning", "YS",
     "NHO, Norsk Industri",
     "YS er med i styringsgruppen for programmet og har rekruttert deltakere fra mindre bedrifter."),
    ("U0501", "2.2", "FoU", "YS Arbeidslivsbarometer - kompetansedelen", "YS Samfunnspolitisk avdeling", "",
     "Spørsmål om læring på jobb og arbeidsgivers satsing på kompetanse i den årlige undersøkelsen blant "
     "4 000 arbeidstakere."),
    ("U0502", "2.2", "Arrangement", "Frokostseminar: Seniorer og læring i arbeidslivet", "YS",
     "Senter for seniorpolitikk",
     "Seminar i Oslo, også strømmet, om hvordan eldre arbeidstakere kan få tilgang til etter- og "
     "videreutdanning. 350 deltakere."),
    None,
]

W, H = A4
LX = 56
FX = 190
FW = W - FX - 50


def _wrap(text, width, font="Helvetica", size=9):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width - 6:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return "\n".join(lines)


def _label(c, x, y, text, size=8.5, bold=False):
    c.setFont("DejaVuSans-Bold" if bold else "DejaVuSans", size)
    c.setFillColor(colors.black)
    c.drawString(x, y, text)


def _block(c, y, n, blk):
    f = c.acroForm
    c.setFillColor(colors.HexColor("#DDE6F0"))
    c.rect(LX - 6, y - 4, W - LX - 44, 18, stroke=0, fill=1)
    _label(c, LX, y + 1, "Tiltak %d" % n, 10, True)
    y -= 26
    vals = blk or (None, "", "- velg -", "", "", "", "")
    seed, delmal, typ, name, ansvar, partn, desc = vals
    common = dict(borderColor=colors.HexColor("#7F7F7F"), fillColor=colors.HexColor("#F7F9FC"),
                  textColor=colors.black, borderWidth=0.6, fontName="Helvetica", fontSize=9)
    _label(c, LX, y + 5, "Navn på tiltaket")
    f.textfield(name="t%d_navn" % n, value=name, x=FX, y=y, width=FW, height=17, **common)
    y -= 24
    _label(c, LX, y + 5, "Delmål (nr. 1.1–3.6)")
    f.textfield(name="t%d_delmal" % n, value=delmal, x=FX, y=y, width=50, height=17, **common)
    _label(c, FX + 70, y + 5, "Type tiltak")
    f.choice(name="t%d_type" % n, value=typ if blk else "- velg -", options=TYPES, x=FX + 130, y=y,
             width=FW - 130, height=17, **common)
    y -= 24
    _label(c, LX, y + 5, "Ansvarlig")
    f.textfield(name="t%d_ansvar" % n, value=ansvar, x=FX, y=y, width=FW, height=17, **common)
    y -= 24
    _label(c, LX, y + 5, "Samarbeidspartnere")
    f.textfield(name="t%d_partnere" % n, value=partn, x=FX, y=y, width=FW, height=17, **common)
    y -= 62
    _label(c, LX, y + 46, "Kort beskrivelse av")
    _label(c, LX, y + 35, "tiltaket og resultater i 2068")
    f.textfield(name="t%d_beskrivelse" % n, value=_wrap(desc, FW), x=FX, y=y, width=FW, height=55,
                fieldFlags="multiline", **common)
    return y - 30


def _footer(c, page):
    c.setFont("DejaVuSans", 7)
    c.setFillColor(colors.HexColor("#666666"))
    c.drawString(LX, 30, "Kompetansepolitisk råd · Rapporteringsskjema 2068 · versjon 1.2 (sekretariatet)")
    c.drawRightString(W - 50, 30, "Side %d av 3" % page)


def build(outdir):
    register_fonts()
    path = os.path.join(outdir, FILE)
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Rapporteringsskjema 2068")
    c.setAuthor("Sekretariatet for Kompetansepolitisk råd")
    c.setCreator("")
    c.setProducer("")
    y = H - 60
    c.setFont("DejaVuSans-Bold", 15)
    c.setFillColor(colors.HexColor("#1F3864"))
    c.drawString(LX, y, "Kompetansepolitisk råd")
    y -= 20
    c.setFont("DejaVuSans", 11.5)
    c.drawString(LX, y, "Rapporteringsskjema for medlemmene – rapporteringsår 2068")
    y -= 24
    c.setFillColor(colors.black)
    instr = [
        "Skjemaet fylles ut elektronisk og sendes sekretariatet innen 1. februar 2069. Før opp ett tiltak per",
        "blokk. Velg type i nedtrekkslisten og oppgi delmål med nummer. Tiltak som er planlagt for 2069, skal",
        "ikke tas med. Deltakelse i nasjonale råd og utvalg føres som egne tiltak.",
    ]
    c.setFont("DejaVuSans", 8.5)
    for line in instr:
        c.drawString(LX, y, line)
        y -= 12
    y -= 10
    f = c.acroForm
    common = dict(borderColor=colors.HexColor("#7F7F7F"), fillColor=colors.HexColor("#F7F9FC"),
                  textColor=colors.black, borderWidth=0.6, fontName="Helvetica", fontSize=9)
    _label(c, LX, y + 5, "Medlemsorganisasjon")
    f.textfield(name="medlem", value="YS - Yrkesorganisasjonenes Sentralforbund", x=FX, y=y, width=FW,
                height=17, **common)
    y -= 24
    _label(c, LX, y + 5, "Kontaktperson")
    f.textfield(name="kontakt", value="Siri Bakke, rådgiver", x=FX, y=y, width=200, height=17, **common)
    _label(c, FX + 215, y + 5, "Dato")
    f.textfield(name="dato", value="28.01.2069", x=FX + 245, y=y, width=FW - 245, height=17, **common)
    y -= 40
    page = 1
    per_page = {1: [0, 1], 2: [2, 3, 4], 3: [5, 6]}
    for p in (1, 2, 3):
        if p > 1:
            y = H - 60
        for i in per_page[p]:
            y = _block(c, y, i + 1, BLOCKS[i])
        if p == 3:
            _label(c, LX, y + 5, "Andre kommentarer")
            f.textfield(name="kommentar", value="Vi planlegger en ny seminarserie om seniorer og læring i 2069.",
                        x=FX, y=y - 20, width=FW, height=36, fieldFlags="multiline", **common)
        _footer(c, p)
        c.showPage()
    c.save()
    rows = [truth_row(FILE, MEMBER, b[0], b[1], b[2], b[3], b[4], b[5], b[6]) for b in BLOCKS if b]
    return {"file": FILE, "member": MEMBER, "format": FORMAT, "shape": SHAPE, "rows": rows}
