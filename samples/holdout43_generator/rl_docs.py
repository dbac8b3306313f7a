"""reportlab PDFs: 06 VOFO (numbered list), 10 Innlandet (landscape, tiny font), 12 Akademikerne (printed e-mail)."""
import os
from xml.sax.saxutils import escape as x

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .common import setup_reportlab
from .truth import FILES, get


def _st(name, font="DejaVu", size=10, lead=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.3, alignment=TA_LEFT, **kw)


def _doc(path, title, author, pagesize=A4, **kw):
    return SimpleDocTemplate(path, pagesize=pagesize, title=title, author=author, creator="Microsoft Word",
                             invariant=1, **kw)


def build_06(out_dir):
    setup_reportlab()
    g = lambda s: get("06", s)  # noqa: E731
    path = os.path.join(out_dir, FILES["06"])
    doc = _doc(path, "VOFO – tiltak 2063", "VOFO", leftMargin=2.4 * cm, rightMargin=2.4 * cm)
    h1 = _st("h1", "DejaVuSerif-Bold", 17, 22)
    h2 = _st("h2", "DejaVuSerif-Bold", 12, 16, spaceBefore=10, spaceAfter=4)
    body = _st("b", "DejaVuSerif", 10.5, 14.5, spaceAfter=6)
    item = _st("it", "DejaVuSerif", 10.5, 14.5, leftIndent=0.9 * cm, bulletIndent=0.1 * cm, spaceAfter=7)
    small = _st("s", "DejaVu", 8.5, 11, textColor=colors.HexColor("#444444"))
    story = [Paragraph("Voksenopplæringsforbundet (VOFO)", small), Spacer(1, 6),
             Paragraph("Rapportering til Kompetansepolitisk råd – tiltak i 2063", h1), Spacer(1, 8),
             Paragraph("VOFO er paraplyorganisasjon for 13 studieforbund. Studieforbundene gjennomførte 51 300 kurs "
                       "med 402 000 deltakere i 2063, og 38 prosent av deltakerne var over 50 år. Nedenfor følger "
                       "tiltakene VOFO selv har hatt ansvar for eller deltatt i. Delmålet i strategien står i "
                       "parentes etter hvert tiltak.", body),
             Paragraph("Tiltak", h2)]
    brackets = {"J04": "(delmål 3.2)", "J09": "(delmål 3.6)", "U01": "(delmål 3.6)",
                "U02": "(delmål 2.2, jf. også 3.6)", "U03": "(delmål 3.6)"}
    for i, s in enumerate(("J04", "J09", "U01", "U02", "U03"), 1):
        r = g(s)
        extra = ""
        if s == "U02":
            extra = " Undersøkelsen ble gjennomført av Analysebyrået Tendens på oppdrag fra VOFO."
        story.append(Paragraph("<b>%s</b> – %s%s %s" % (x(r["tiltak"]), x(r["beskrivelse"]), x(extra),
                                                         brackets[s]), item, bulletText="%d." % i))
    story += [Paragraph("Planer for 2064", h2),
              Paragraph("VOFO vil i 2064 starte et pilotprosjekt om digitale ferdigheter for seniorer i "
                        "studieforbundene. Prosjektet er ikke igangsatt og er derfor ikke ført opp som tiltak.", body),
              Spacer(1, 14), HRFlowable(width="100%", thickness=0.5, color=colors.grey), Spacer(1, 4),
              Paragraph("VOFO · Postboks 9340 Grønland, 0135 Oslo · post@vofo.example · Kontaktperson: "
                        "Eirik Holm, seniorrådgiver", small)]
    doc.build(story)


def build_10(out_dir):
    setup_reportlab()
    g = lambda s: get("10", s)  # noqa: E731
    path = os.path.join(out_dir, FILES["10"])
    doc = _doc(path, "Tiltaksoversikt kompetansepolitikk 2063", "Innlandet fylkeskommune",
               pagesize=landscape(A4), leftMargin=1.2 * cm, rightMargin=1.2 * cm, topMargin=1.2 * cm,
               bottomMargin=1.2 * cm)
    tiny = _st("t", "DejaVuCond", 6, 7.3)
    tinyb = _st("tb", "DejaVuCond-Bold", 6, 7.3)
    title = _st("ti", "DejaVu-Bold", 11, 14)
    sub = _st("su", "DejaVu", 7, 9)
    labels = {"1.2": "1.2 Regional samordning", "1.3": "1.3 Karriereveiledning",
              "1.4": "1.4 Utdanning–arbeidsliv", "2.3": "2.3 Yrkesfag", "3.1": "3.1 Voksnes opplæring"}
    kat = {"M02": "Råd/nettverk", "M06": "Nettverk", "J06": "Prosjekt", "U01": "Prosjekt", "J02": "Arrangement",
           "U02": "Partnerskap", "U03": "Opplæring"}
    status = {"M02": "Løpende", "M06": "Løpende", "J06": "Avsluttet", "U01": "Startet 2063*", "J02": "Gjennomført",
              "U02": "Løpende", "U03": "Løpende"}
    budget = {"M02": "–", "M06": "–", "J06": "2 400 000", "U01": "1 150 000", "J02": "380 000", "U02": "250 000",
              "U03": "9 980 000"}
    head = ["Nr.", "Tiltak", "Kort om tiltaket", "Strategikobling", "Kategori", "Eier", "Samarbeid",
            "Status 31.12", "Fylkeskomm. midler 2063 (kr)"]
    data = [[Paragraph(h, tinyb) for h in head]]
    for i, s in enumerate(("U02", "M02", "M06", "J06", "U01", "J02", "U03"), 1):
        r = g(s)
        vals = [str(i), r["tiltak"], r["beskrivelse"], labels[r["delmal"]], kat[s], r["ansvarlig"],
                r["samarbeidspartnere"].replace("; ", ", "), status[s], budget[s]]
        data.append([Paragraph(x(v), tiny) for v in vals])
    data.append([Paragraph("", tiny), Paragraph("<b>Sum</b>", tiny)] + [Paragraph("", tiny)] * 6
                + [Paragraph("<b>14 160 000</b>", tiny)])
    widths = [0.7, 4.0, 7.4, 2.6, 1.7, 2.9, 3.9, 1.8, 2.2]
    t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D6E4D0")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    story = [Paragraph("Innlandet fylkeskommune – Tiltaksoversikt kompetansepolitikk 2063", title),
             Paragraph("Vedlegg til sak 41/64 i hovedutvalg for næring og kompetanse. Sendes Kompetansepolitisk "
                       "råd som fylkeskommunens rapportering for 2063.", sub), Spacer(1, 6), t, Spacer(1, 4),
             Paragraph("* Karriereløftet fase 2 er delfinansiert av Kompetanse Norge. Tallene for 2063 er "
                       "foreløpige.", sub),
             Paragraph("Nøkkeltall 2063: 6 120 lærlinger, 2 040 voksne i videregående opplæring, 5 980 "
                       "karriereveiledninger.", sub)]
    doc.build(story)


def build_12(out_dir):
    setup_reportlab()
    g = lambda s: get("12", s)  # noqa: E731
    path = os.path.join(out_dir, FILES["12"])
    doc = _doc(path, "SV: Rapportering av tiltak 2063 – frist 15. januar", "Ingrid Solheim",
               leftMargin=2.0 * cm, rightMargin=2.0 * cm)
    name = _st("n", "DejaVu-Bold", 13, 16)
    hdr = _st("h", "DejaVu", 9, 12)
    body = _st("b", "DejaVu", 10, 13.5, spaceAfter=5)
    bul = _st("bl", "DejaVu", 10, 13.5, leftIndent=0.6 * cm, bulletIndent=0, spaceAfter=5)
    quote = _st("q", "DejaVu", 9, 12, textColor=colors.HexColor("#333333"), leftIndent=0.3 * cm)
    rows = [("Fra:", "Ingrid Solheim &lt;ingrid.solheim@akademikerne.example&gt;"),
            ("Sendt:", "fredag 12. januar 2064 14:32"),
            ("Til:", "Sekretariatet for Kompetansepolitisk råd &lt;kpr-sekretariat@kd.example&gt;"),
            ("Kopi:", "Jon Viken &lt;jon.viken@akademikerne.example&gt;"),
            ("Emne:", "SV: Rapportering av tiltak 2063 – frist 15. januar")]
    t = Table([[Paragraph("<b>%s</b>" % a, hdr), Paragraph(b, hdr)] for a, b in rows], colWidths=[2 * cm, 15 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
    story = [Paragraph("Ingrid Solheim", name), HRFlowable(width="100%", thickness=1.2, color=colors.black),
             Spacer(1, 4), t, Spacer(1, 12),
             Paragraph("Hei,", body),
             Paragraph("Her er Akademikernes rapportering for 2063. Vi har tatt med tiltak der vi har hatt en aktiv "
                       "rolle:", body)]
    tails = {"M01": " (delmål 1.1)", "J10": " Undersøkelsen gjennomføres av SSB. (delmål 2.2)",
             "U01": " (delmål 2.1)"}
    for s in ("M01", "J10", "U01"):
        r = g(s)
        story.append(Paragraph("%s: %s%s" % (x(r["tiltak"]), x(r["beskrivelse"]), tails[s]), bul, bulletText="–"))
    story += [Paragraph("Vi har ikke egne tiltak under hovedinnsatsområde 3 i år. Si fra om dere trenger mer.", body),
              Spacer(1, 6), Paragraph("Vennlig hilsen", body),
              Paragraph("Ingrid Solheim<br/>fagsjef, Akademikerne<br/>tlf. 400 12 345", body), Spacer(1, 10),
              Paragraph("<b>Fra:</b> Sekretariatet for Kompetansepolitisk råd &lt;kpr-sekretariat@kd.example&gt;<br/>"
                        "<b>Sendt:</b> mandag 20. november 2063 10:02<br/><b>Til:</b> medlemmene i "
                        "Kompetansepolitisk råd<br/><b>Emne:</b> Rapportering av tiltak 2063 – frist 15. januar",
                        quote), Spacer(1, 6),
              Paragraph("Vi ber om at dere rapporterer tiltak som er gjennomført i 2063, med navn på tiltaket, delmål, "
                        "type tiltak, ansvarlig og eventuelle samarbeidspartnere. Eksempel: «Deltakelse i "
                        "Samarbeidsrådet for yrkesopplæring (SRY), delmål 1.4, råd/utvalg/nettverk». Bruk gjerne "
                        "malen i vedlegget.", quote),
              Paragraph("Med vennlig hilsen<br/>Sekretariatet for Kompetansepolitisk råd", quote)]

    def footer(canv, d):
        canv.saveState()
        canv.setFont("DejaVu", 7.5)
        canv.drawString(2 * cm, 1.2 * cm, "Utskrift fra Outlook · %d" % d.page)
        canv.restoreState()
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
