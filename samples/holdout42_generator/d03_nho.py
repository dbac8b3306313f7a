"""03 NHO: slide deck (16:9) printed to PDF with reportlab; one measure per slide."""
from reportlab.lib.colors import HexColor, white
from reportlab.pdfgen import canvas

from .common import m

FILE = "03_NHO_presentasjon_2062.pdf"
MEMBER = "NHO"
W, H = 960, 540
BLUE = HexColor("#0B2E59")
ACC = HexColor("#E0A526")

MEASURES = [
    m("J01", "Kompetanseløftet for grønn industri", "2.4", "Prosjekt",
      "Bransjeforeningene i NHO har meldt inn behov og rekruttert bedrifter til modulene. 610 ansatte "
      "fra NHO-bedrifter fullførte minst én modul.",
      ["Kunnskapsdepartementet"], ["LO", "Norsk Industri"]),
    m("M01", "Kompetansebehovsutvalget (KBU)", "1.1", "Råd/utvalg/nettverk",
      "NHO sitter i utvalget og har bidratt med tall fra NHOs kompetansebarometer til analysene av "
      "regionale behov.",
      ["NHO"], []),
    m("M03", "SRY – Samarbeidsrådet for yrkesopplæring", "2.3", "Råd/utvalg/nettverk",
      "NHO leder SRY i perioden 2061–2063 og har prioritert tilgangen på læreplasser i teknologi- og "
      "industrifag.",
      ["NHO"], ["LO", "KS", "Spekter", "Virke"]),
    m("J04", "ReKoM", "2.5", "Prosjekt",
      "Felles modell for vurdering av kompetanse ervervet i arbeidslivet. NHO har prøvd ut modellen i "
      "byggenæringen og i reiselivet.",
      ["NHO"], ["LO", "Fagskolerådet", "Unio"]),
    m("J02", "Yrkesfagdagen 2062", "2.3", "Arrangement",
      "Over 400 medlemsbedrifter åpnet dørene for elever fra ungdomsskolen den 23. april.",
      ["NHO"], ["LO", "fylkeskommunene"]),
    m("U04", "Kompetansemotoren for små bedrifter", "2.4", "Prosjekt",
      "Digital matchetjeneste som kobler små bedrifters kompetansebehov med etter- og "
      "videreutdanningstilbud fra fagskoler og høyskoler i regionen.",
      ["NHO Service og Handel"], ["Fagskolerådet", "UHR"]),
]


def _wrap(c, text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if c.stringWidth(t, font, size) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


def _frame(c, n, title):
    c.setFillColor(BLUE)
    c.rect(0, H - 90, W, 90, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 28)
    c.drawString(48, H - 58, title)
    c.setFillColor(ACC)
    c.rect(0, 0, W, 8, stroke=0, fill=1)
    c.setFillColor(HexColor("#666666"))
    c.setFont("Helvetica", 10)
    c.drawString(48, 20, "NHO  |  Rapportering til Kompetansepolitisk råd 2062")
    c.drawRightString(W - 48, 20, str(n))


def _bullets(c, items, y=H - 140):
    for label, text in items:
        c.setFillColor(ACC)
        c.circle(56, y + 6, 4, stroke=0, fill=1)
        c.setFillColor(HexColor("#222222"))
        c.setFont("Helvetica-Bold", 18)
        c.drawString(70, y, label)
        lx = 70 + c.stringWidth(label + " ", "Helvetica-Bold", 18)
        c.setFont("Helvetica", 18)
        for i, line in enumerate(_wrap(c, text, "Helvetica", 18, W - lx - 60)):
            c.drawString(lx, y - i * 26, line)
            last = i
        y -= 26 * (last + 1) + 18
    return y


def build(path):
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle("NHO – Kompetansepolitisk råd 2062")
    c.setAuthor("NHO")
    c.setFillColor(BLUE)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 40)
    c.drawString(60, 300, "Rapportering til Kompetansepolitisk råd")
    c.setFont("Helvetica", 26)
    c.drawString(60, 255, "NHOs tiltak i 2062")
    c.setFont("Helvetica", 16)
    c.drawString(60, 120, "Avdeling for kompetanse og arbeidsliv  |  januar 2063")
    c.showPage()
    _frame(c, 2, "2062 i tall")
    _bullets(c, [("2 350", "godkjente lærebedrifter blant medlemmene"),
                 ("68 %", "av medlemsbedriftene melder om rekrutteringsproblemer"),
                 ("14", "landsforeninger har egne kompetansetiltak"),
                 ("Kilde:", "NHOs kompetansebarometer 2062")])
    c.showPage()
    for n, x in enumerate(MEASURES, 3):
        _frame(c, n, x["name"])
        items = [("Hva:", x["desc"]), ("Delmål:", x["delmal"]), ("Type:", x["type"]),
                 ("Ansvar:", ", ".join(x["ansv"]))]
        if x["partners"]:
            items.append(("Partnere:", ", ".join(x["partners"])))
        _bullets(c, items)
        c.showPage()
    _frame(c, len(MEASURES) + 3, "Veien videre – 2063")
    _bullets(c, [("Plan:", "Ny versjon av kompetansebarometeret med tall for alle fylker"),
                 ("Plan:", "Kompetansemotoren skal dekke hele landet innen utgangen av 2063"),
                 ("Spørsmål?", "Kontakt avdeling for kompetanse og arbeidsliv")])
    c.showPage()
    c.save()
