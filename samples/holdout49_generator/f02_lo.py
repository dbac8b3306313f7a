"""02 LO - the reply e-mail saved as .eml (multipart/alternative, quoted-printable, quoted thread)."""
import html
import os
import quopri
from .common import truth_row, result

FILE = "02_LO_SV_Rapportering_til_Kompetansepolitisk_rad_2069.eml"
MEMBER = "LO"
FORMAT = "E-mail message (.eml, RFC 5322), multipart/alternative text/plain + text/html, quoted-printable UTF-8"
SHAPE = ("Saved reply e-mail: the HTML part holds an Outlook-style table (Tiltak / Delmål / Form / Ansvarlig i LO "
         "/ Sammen med / Kort om hva vi gjorde), the plain-text part the same measures as a numbered list with a "
         "«Delmål | Form | Ansvarlig | Sammen med» line – so every measure is in the file twice; below the "
         "signature the quoted request from the secretariat, which repeats LO's 2068 list")
TRAPS = ("both MIME parts carry the same seven measures (count once); the quoted original message lists what LO "
         "reported for 2068 (incl. KBU again); «Til neste år» paragraph with plans for 2070; the training of LO's "
         "own members of the faglige råd/SRY is LO's own course (U0201), not a seat")

# seed, delmal, type, name, form word, ansvar, partnere, text
MEAS = [
    ("M01", "1.1", "Råd/utvalg/nettverk", "LOs plass i Kompetansebehovsutvalget", "verv i utvalg",
     "LOs utredningsavdeling", "",
     "LO har deltatt i alle utvalgsmøtene og ga skriftlige innspill til hovedrapporten om det grønne skiftet."),
    ("M02", "2.3", "Råd/utvalg/nettverk", "Samarbeidsrådet for yrkesopplæring (SRY)", "rådsarbeid",
     "Avdeling for utdanning og kompetanse", "",
     "LO leder arbeidstakersiden i SRY. Rådet behandlet i 2069 blant annet tilbudsstrukturen for yrkesfag og "
     "lærlingtilskuddet."),
    ("U0201", "2.3", "Kurs/utdanning", "Skolering av LO-representanter i faglige råd og SRY", "skolering",
     "LO-skolen", "",
     "To samlinger for 55 LO-oppnevnte medlemmer av de faglige rådene og SRY om tilbudsstruktur, "
     "lærlingordningen og partenes rolle."),
    ("J01", "2.4", "Kurs/utdanning", "Bransjeprogram for handel og logistikk", "etter- og videreutdanning",
     "HK og Norsk Transportarbeiderforbund", "NHO, YS og Virke",
     "Partsstyrt program med korte moduler i lagerstyring, netthandel og logistikk. 1 480 ansatte tok minst "
     "én modul i 2069."),
    ("U0202", "2.4", "Prosjekt", "Tillitsvalgte som kompetanseombud", "prosjekt", "LO Stat", "HK-dir",
     "Prosjekt der tillitsvalgte får opplæring i å kartlegge kompetansebehov på egen arbeidsplass og ta dem "
     "opp med ledelsen. 12 virksomheter deltok."),
    ("U0203", "2.5", "Informasjon", "Fagbrevkampanjen «Ta fagbrevet!»", "kampanje", "LOs kommunikasjonsavdeling",
     "Fellesforbundet og EL og IT Forbundet",
     "Kampanje i sosiale medier og på arbeidsplassene om hvordan erfarne arbeidstakere kan få dokumentert "
     "kompetansen sin som praksiskandidat."),
    ("U0204", "3.4", "Arrangement", "Norsk i arbeidstida – konferanse for tillitsvalgte", "konferanse",
     "Avdeling for utdanning og kompetanse", "NHO",
     "Konferanse i Oslo i oktober med 140 deltakere om norskopplæring i arbeidstida og partenes rolle i "
     "kvalifisering av innvandrere."),
]

INTRO = ("Her kommer LOs rapportering for 2069. Tiltakene står i tabellen under. Vi har brukt våre egne ord "
         "for hva slags tiltak det er – dere får oversette til kategoriene i malen.")
NEXT = ("Til neste år: I 2070 vil vi starte et eget kursløp for tillitsvalgte om kunstig intelligens på "
        "arbeidsplassen, og vi vurderer å utvide kompetanseombud-prosjektet til kommunesektoren.")
SIG = ["Med vennlig hilsen", "Ingrid Haugland", "rådgiver, Avdeling for utdanning og kompetanse",
       "Landsorganisasjonen i Norge (LO)", "Mob. 917 22 408"]
QUOTED_HDR = [("Fra", "Sekretariatet for Kompetansepolitisk råd <sekretariat@kompetanseradet.example.no>"),
              ("Sendt", "onsdag 7. januar 2070 09:12"),
              ("Til", "LO – utdanning og kompetanse <utdanning@lo.example.no>"),
              ("Emne", "Rapportering til Kompetansepolitisk råd 2069")]
QUOTED = ["Hei,",
          "Vi ber om rapportering av tiltak gjennomført i 2069 innen 31. januar 2070. Oppgi gjerne delmål, type "
          "tiltak, ansvarlig og samarbeidspartnere.",
          "Til hjelp: Dette rapporterte LO for 2068:",
          "- Kompetansebehovsutvalget",
          "- Bransjeprogram for bygg og anlegg",
          "- LO-konferansen om etter- og videreutdanning 2068",
          "Vennlig hilsen",
          "Sekretariatet"]


def _plain():
    L = ["Hei,", "", INTRO, "", "(Tabellen vises i HTML-versjonen. Samme innhold i ren tekst:)", ""]
    for i, (seed, dm, typ, name, form, ans, part, text) in enumerate(MEAS, 1):
        L.append("%d) %s" % (i, name))
        L.append("   Delmål %s | Form: %s | Ansvarlig: %s | Sammen med: %s" % (dm, form, ans, part or "–"))
        L.append("   " + text)
        L.append("")
    L += [NEXT, ""] + SIG + ["", "-----Opprinnelig melding-----"]
    L += ["%s: %s" % kv for kv in QUOTED_HDR] + [""]
    L += ["> " + q for q in QUOTED]
    return "\r\n".join(L) + "\r\n"


def _html():
    e = html.escape
    td = 'style="border:solid #A6A6A6 1.0pt;padding:3pt 5pt;vertical-align:top"'
    th = 'style="border:solid #A6A6A6 1.0pt;background:#D9E2F3;padding:3pt 5pt"'
    rows = []
    for seed, dm, typ, name, form, ans, part, text in MEAS:
        rows.append("<tr>" + "".join("<td %s><p class=MsoNormal>%s</p></td>" % (td, e(v)) for v in (
            name, dm, form, ans, part or "&nbsp;", text)).replace("<p class=MsoNormal>&amp;nbsp;</p>",
                                                                  "<p class=MsoNormal>&nbsp;</p>") + "</tr>")
    head = "<tr>" + "".join("<th %s><p class=MsoNormal><b>%s</b></p></th>" % (th, h) for h in (
        "Tiltak", "Delmål", "Form", "Ansvarlig i LO", "Sammen med", "Kort om hva vi gjorde")) + "</tr>"
    quoted = ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
              "<p class=MsoNormal>" + "<br>".join("<b>%s:</b> %s" % (k, e(v)) for k, v in QUOTED_HDR) +
              "</p></div>" + "".join("<p class=MsoNormal>%s</p>" % e(q) for q in QUOTED))
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif}</style></head>"
            "<body lang=NO-BOK><div class=WordSection1>"
            "<p class=MsoNormal>Hei,</p><p class=MsoNormal>&nbsp;</p>"
            "<p class=MsoNormal>%s</p><p class=MsoNormal>&nbsp;</p>"
            "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>"
            "%s%s</table><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>%s</p><p class=MsoNormal>&nbsp;</p>"
            "<p class=MsoNormal>%s</p><p class=MsoNormal>&nbsp;</p>%s</div></body></html>"
            % (e(INTRO), head, "".join(rows), e(NEXT), "<br>".join(e(s) for s in SIG), quoted))


def _qp(s):
    return quopri.encodestring(s.replace("\r\n", "\n").encode("utf-8")).decode("ascii").replace("\n", "\r\n")


def build(outdir):
    b = "----=_NextPart_000_01DA_5C7E2A10.9B3F4E20"
    hdrs = [
        "Received: from EX02.lo.example.no (10.20.4.12) by EX01.lo.example.no (10.20.4.11) with Microsoft SMTP "
        "Server id 15.2.1544.4; Thu, 29 Jan 2070 14:31:07 +0100",
        "From: =?utf-8?Q?Ingrid_Haugland?= <ingrid.haugland@lo.example.no>",
        "To: Sekretariatet for Kompetansepolitisk =?utf-8?Q?r=C3=A5d?= <sekretariat@kompetanseradet.example.no>",
        "Subject: =?utf-8?Q?SV:_Rapportering_til_Kompetansepolitisk_r=C3=A5d_2069?=",
        "Thread-Topic: Rapportering til Kompetansepolitisk =?utf-8?Q?r=C3=A5d?= 2069",
        "Date: Thu, 29 Jan 2070 14:31:05 +0100",
        "Message-ID: <AM0PR07MB4211C3F0E2A1B5D7A9E1C44B8A912@AM0PR07MB4211.eurprd07.prod.example.no>",
        "In-Reply-To: <20700107091200.4471@kompetanseradet.example.no>",
        "Accept-Language: nb-NO, en-US",
        "Content-Language: nb-NO",
        "X-MS-Has-Attach: ",
        "MIME-Version: 1.0",
        'Content-Type: multipart/alternative; boundary="%s"' % b,
    ]
    parts = ["\r\n".join(hdrs), "", "This is a multi-part message in MIME format.", "",
             "--" + b, 'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable",
             "", _qp(_plain()),
             "--" + b, 'Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable",
             "", _qp(_html()), "--" + b + "--", ""]
    with open(os.path.join(outdir, FILE), "wb") as fh:
        fh.write("\r\n".join(parts).encode("ascii"))
    rows = [truth_row(FILE, MEMBER, seed, dm, typ, name, ans, part, text)
            for seed, dm, typ, name, form, ans, part, text in MEAS]
    return result(FILE, MEMBER, FORMAT, SHAPE, rows, TRAPS)
