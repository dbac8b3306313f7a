"""Other PDFs: Virke slide deck, YS printed e-mail, and the secretariat's
three-column newsletter (not a member report)."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate,
                                Paragraph, Spacer)

from .common import Doc, Row, esc, register_fonts

SLIDE = (960, 540)
VIRKE = [
    (Row("J02", "DIGIBRO – digital brobygging i handelen", "2.1", "Prosjekt",
         "Virke", "YS, Handelshøyskolen BI",
         "Korte digitale kurs og mentorordning som løfter den digitale "
         "kompetansen hos ansatte i små handelsbedrifter."),
     "Utviklingsprosjekt",
     ["Moduler på 20 minutter, tilpasset butikkhverdagen",
      "Mentorer fra store medlemsvirksomheter",
      "640 deltakere fra 210 virksomheter i 2058"]),
    (Row("R118", "DIGIBRO 2.0 – servering og reiseliv", "2.1", "Prosjekt",
         "Virke", "Fellesforbundet",
         "Ny fase fra høsten 2058: modellen tas i bruk i serverings- og "
         "reiselivsbedrifter, med egen finansiering og egne partnere.",
         trap="a new phase of the joint project DIGIBRO"),
     "Utviklingsprosjekt",
     ["Pilot i Bergen og Tromsø", "Første kull: 90 ansatte"]),
    (Row("M05", "Virke er representert i Nasjonalt fagskoleråd", "2.4",
         "Råd/utvalg/nettverk", "Virke", "",
         "Virke har én representant i rådet og arbeider for flere "
         "fagskoletilbud innen handel, logistikk og helse."),
     "Rådsdeltakelse", ["Fire rådsmøter i 2058"]),
    (Row("R119", "Bransjeprogram for varehandel: netthandel og kundedata",
         "2.4", "Kurs/utdanning", "Virke", "Fagskolen Oslo, Høyskolen "
         "Kristiania",
         "Videreutdanning på 15 studiepoeng for ansatte i varehandelen, "
         "utviklet etter innspill fra medlemsvirksomhetene."),
     "Kompetanseprogram", ["Nettbasert med to fysiske samlinger",
                           "Gratis for deltakerne"]),
    (Row("R120", "Kampanjen «Karriere i handelen»", "2.3", "Informasjon",
         "Virke", "",
         "Filmer og innhold i sosiale medier som viser karriereveier fra "
         "fagbrev i salgsfaget til butikkleder og innkjøper."),
     "Kampanje", ["1,2 millioner visninger", "Brukt av 30 skoler"]),
]


def _wrap(c, text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        test = (cur + " " + w).strip()
        if c.stringWidth(test, font, size) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = test
    if cur:
        lines.append(cur)
    return lines


def build_virke(out_dir) -> Doc:
    register_fonts()
    fn = "Virke_kompetansepolitikk_2058_presentasjon.pdf"
    W, H = SLIDE
    c = canvas.Canvas(str(out_dir / fn), pagesize=SLIDE, invariant=1)
    c.setTitle("Virke – kompetansepolitikk 2058")
    c.setAuthor("Virke")
    teal, sand = colors.HexColor("#0E5E6F"), colors.HexColor("#F3EBDD")
    # title slide
    c.setFillColor(teal); c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont("DV-B", 40)
    c.drawString(60, 300, "Virke og kompetansepolitikken")
    c.setFont("DV", 22)
    c.drawString(60, 255, "Rapport til Kompetansepolitisk råd · 2058")
    c.setFont("DV", 14); c.drawString(60, 60, "Avdeling for kompetanse og "
                                      "arbeidsliv")
    c.showPage()
    for n, (r, vtype, bullets) in enumerate(VIRKE, start=1):
        c.setFillColor(sand); c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(teal); c.rect(W - 290, 0, 290, H, stroke=0, fill=1)
        c.setFillColor(colors.white); c.setFont("DV-B", 64)
        c.drawString(W - 260, H - 110, f"{n:02d}")
        y = H - 180
        for key, val in (("DELMÅL", r.delmal), ("HVA SLAGS", vtype),
                         ("EIER", r.ansvarlig), ("MED", r.partners)):
            if not val:
                continue
            c.setFont("DV", 11); c.drawString(W - 260, y, key)
            c.setFont("DV-B", 15)
            for ln in _wrap(c, val, "DV-B", 15, 240):
                y -= 20
                c.drawString(W - 260, y, ln)
            y -= 32
        c.setFillColor(colors.HexColor("#1B1B1B"))
        y = H - 90
        for ln in _wrap(c, r.tiltak, "DV-B", 28, W - 380):
            c.setFont("DV-B", 28); c.drawString(50, y, ln); y -= 36
        y -= 10
        c.setFillColor(colors.HexColor("#3A3A3A"))
        for ln in _wrap(c, r.beskrivelse, "DV-I", 17, W - 380):
            c.setFont("DV-I", 17); c.drawString(50, y, ln); y -= 24
        y -= 20
        c.setFont("DV", 16)
        for b in bullets:
            c.setFillColor(teal); c.circle(58, y + 5, 4, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#1B1B1B"))
            c.drawString(72, y, b); y -= 28
        c.setFont("DV", 9); c.setFillColor(colors.grey)
        c.drawString(50, 24, f"Virke · Kompetansepolitisk råd 2058 · {n + 1}")
        c.showPage()
    c.setFillColor(teal); c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont("DV-B", 44)
    c.drawString(60, 280, "Takk!")
    c.setFont("DV", 18)
    c.drawString(60, 240, "Spørsmål: kompetanse@virke.example")
    c.showPage()
    c.save()
    return Doc(fn, "Virke", "16:9 slide-deck PDF, one tiltak per slide with "
               "title, italic lead and bullets, metadata in a coloured side "
               "panel (DELMÅL / HVA SLAGS / EIER / MED)",
               [r for r, _, _ in VIRKE])


YS = [
    (Row("M02", "YS sitt medlem i Samarbeidsrådet for yrkesopplæring",
         "1.4", "Råd/utvalg/nettverk", "", "",
         "YS har ett fast medlem i SRY, som i år har ledet arbeidsgruppen om "
         "lærlinger i offentlig sektor."), "delmål 1.4, rådsarbeid"),
    (Row("J02", "DIGIBRO (digital brobygging for ansatte i små bedrifter)",
         "2.1", "Prosjekt", "", "Virke",
         "YS er partner og har rekruttert deltakere gjennom forbundene, "
         "særlig i butikk og kontor."), "2.1, prosjekt"),
    (Row("R121", "Kurs for tillitsvalgte i kompetansekartlegging", "2.4",
         "Kurs/utdanning", "YS-akademiet", "",
         "Tre regionale kurs der tillitsvalgte lærte å kartlegge "
         "kompetansebehov i egen virksomhet og ta dem opp med ledelsen."),
     "2.4"),
]


def build_ys(out_dir) -> Doc:
    register_fonts()
    fn = "YS_epost_tiltak_2058.pdf"
    W, H = A4
    c = canvas.Canvas(str(out_dir / fn), pagesize=A4, invariant=1)
    c.setTitle("Utskrift av e-post"); c.setAuthor("YS")
    x, y = 2.2 * cm, H - 2.2 * cm
    c.setFont("DV-B", 13); c.drawString(x, y, "Kari Solberg")
    y -= 8; c.setLineWidth(1.6); c.line(x, y, W - x, y); y -= 18

    def hdr(k, v):
        nonlocal y
        c.setFont("DV-B", 9.5); c.drawString(x, y, k)
        c.setFont("DV", 9.5); c.drawString(x + 2.6 * cm, y, v); y -= 13
    hdr("Fra:", "Kari Solberg <kari.solberg@ys.example>")
    hdr("Sendt:", "fredag 16. januar 2059 14:07")
    hdr("Til:", "Sekretariatet Kompetansepolitisk råd")
    hdr("Kopi:", "Ole Bakken")
    hdr("Emne:", "SV: Rapportering av tiltak 2058 – svar fra YS")
    y -= 12
    lines = ["Hei,", "",
             "Viser til e-post fra sekretariatet 2. desember. Her er YS sine "
             "tiltak for 2058 – beklager at det kommer rett i e-posten og "
             "ikke i malen.", ""]
    for r, tail in YS:
        extra = f" Ansvarlig: {r.ansvarlig}." if r.ansvarlig else ""
        if r.partners:
            extra += f" Samarbeid med {r.partners}."
        lines.append(f"- {r.tiltak}: {r.beskrivelse}{extra} ({tail})")
        lines.append("")
    lines += ["Si fra om dere trenger mer.", "", "Mvh", "Kari Solberg",
              "Rådgiver, YS", "", "",
              "-----Opprinnelig melding-----",
              "Fra: Sekretariatet Kompetansepolitisk råd",
              "Sendt: 2. desember 2058 09:12",
              "Emne: Rapportering av tiltak 2058", "",
              "Til rådets medlemmer. Vi ber om at dere rapporterer tiltak "
              "for 2058 i vedlagte mal innen 20. januar. Husk at deltakelse "
              "i felles organer, som Kompetansebehovsutvalget (KBU), "
              "Samarbeidsrådet for yrkesopplæring (SRY) og Nasjonalt forum "
              "for karriereveiledning, også skal rapporteres, med delmål og "
              "type.", "", "Hilsen sekretariatet"]
    for ln in lines:
        for part in _wrap(c, ln, "DV", 10, W - 2 * x) or [""]:
            if y < 2.5 * cm:
                c.setFont("DV", 8)
                c.drawString(x, 1.2 * cm, "Utskrevet 19.01.2059")
                c.showPage(); y = H - 2.2 * cm
            c.setFont("DV", 10); c.drawString(x, y, part); y -= 13.5
    c.setFont("DV", 8); c.drawString(x, 1.2 * cm, "Utskrevet 19.01.2059")
    c.showPage(); c.save()
    return Doc(fn, "YS", "printed e-mail (header block, dash list in body, "
               "delmål/type in trailing parentheses, quoted request below "
               "that names councils)", [r for r, _ in YS])


NEWS = [
    ("Frist for rapportering", "Medlemmene bes sende rapport om tiltak for "
     "2058 innen 20. januar. Sekretariatet sammenstiller rapportene til "
     "rådsmøtet i mars."),
    ("KBU-rapporten lagt fram", "Kompetansebehovsutvalget (KBU) la i juni "
     "fram sin hovedrapport. Utvalget peker på mangel på fagarbeidere i "
     "helse, bygg og elektro. Rådet drøfter rapporten på neste møte."),
    ("Yrkesfagsuka samlet mange", "Yrkesfagsuka i oktober samlet elever fra "
     "hele landet. Flere fylkeskommuner og KS sto bak."),
    ("Nytt fra SRY", "Samarbeidsrådet for yrkesopplæring (SRY) har fått ny "
     "leder for perioden 2057–2059."),
    ("Rådsmøte 12. mars 2059", "Saksliste: 1) Godkjenning av referat. 2) "
     "Sammenstilling av medlemmenes tiltak 2058. 3) Orientering fra "
     "Nasjonalt fagskoleråd. 4) Eventuelt."),
    ("Nye medlemmer", "Fylkeskommunene har oppnevnt nye representanter til "
     "rådet. Sekretariatet ønsker velkommen, og minner om at "
     "introduksjonsmøtet for nye medlemmer holdes digitalt i februar."),
    ("Slik leser vi rapportene", "Hvert tiltak knyttes til ett delmål i "
     "strategien og, der det er mulig, én av seks typer. Når flere "
     "medlemmer rapporterer det samme organet eller prosjektet, telles det "
     "én gang i sammenstillingen. Medlemmene står fritt i hvordan de "
     "rapporterer, men vi setter pris på at navnet på tiltaket står "
     "tydelig."),
    ("Ti år med strategien", "Strategien har nå virket i mange år. "
     "Sekretariatet arbeider med en kortfattet oversikt over hva som er "
     "oppnådd innen karriereveiledning, læring i arbeidslivet og "
     "opplæring for voksne med svak tilknytning til arbeidslivet. "
     "Innspill til oversikten kan sendes til sekretariatet."),
    ("Tall fra karrieresentrene", "Karrieresentrene i fylkene hadde i "
     "2058 over 90 000 veiledningssamtaler, og andelen voksne i jobb som "
     "søker veiledning økte. Den digitale karriereveiledningen har lengre "
     "åpningstid fra mars."),
    ("Godkjenning av utenlandsk utdanning", "Saksbehandlingstiden for "
     "godkjenning av utenlandsk utdanning har gått ned. Sekretariatet vil be "
     "om en orientering på et senere rådsmøte."),
    ("Spørsmål og svar", "Hva gjør vi med tiltak som går over flere år? "
     "Rapporter dem hvert år så lenge de pågår, og skriv kort hva som er "
     "nytt. Hva med tiltak som ikke passer noe delmål? Velg det som ligger "
     "nærmest, og forklar gjerne valget."),
    ("Kalender", "20. januar: frist for rapportering. 12. mars: rådsmøte. "
     "Mai: seminar om kompetansebehov i regionene. September: rådsmøte "
     "med besøk hos en fagskole."),
]


def build_newsletter(out_dir) -> Doc:
    register_fonts()
    fn = "Nyhetsbrev_Kompetansepolitisk_rad_1-2059.pdf"
    W, H = A4
    m, gap, mast = 1.6 * cm, 0.6 * cm, 4.2 * cm
    cw = (W - 2 * m - 2 * gap) / 3
    frames = [Frame(m + i * (cw + gap), 1.8 * cm, cw, H - m - mast - 1.8 * cm,
                    id=f"c{i}") for i in range(3)]

    def masthead(cv, doc):
        cv.saveState()
        cv.setFillColor(colors.HexColor("#233D4D"))
        cv.rect(0, H - mast, W, mast, stroke=0, fill=1)
        cv.setFillColor(colors.white); cv.setFont("DVS-B", 24)
        cv.drawString(m, H - 2.3 * cm, "Nytt fra Kompetansepolitisk råd")
        cv.setFont("DV", 10)
        cv.drawString(m, H - 3.2 * cm, "Nyhetsbrev fra sekretariatet · nr. "
                      "1/2059 · januar 2059")
        cv.restoreState()
    doc = BaseDocTemplate(str(out_dir / fn), pagesize=A4, invariant=1,
                          title="Nyhetsbrev 1/2059", author="Sekretariatet",
                          creator="", subject="")
    doc.addPageTemplates([PageTemplate("p", frames, onPage=masthead)])
    hs = ParagraphStyle("h", fontName="DVS-B", fontSize=12, leading=15,
                        spaceBefore=4, spaceAfter=3)
    bs = ParagraphStyle("b", fontName="DVS", fontSize=9, leading=12,
                        spaceAfter=8)
    st = []
    for head, body in NEWS:
        st += [Paragraph(esc(head), hs), Paragraph(esc(body), bs),
               Spacer(1, 4)]
    doc.build(st)
    return Doc(fn, "", "three-column newsletter PDF from the secretariat; "
               "mentions councils and projects; not a member report", [],
               note="not a member report")
