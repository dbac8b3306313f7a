"""Regjeringen: the ministries' collation table, exported to PDF by LibreOffice Writer. There is no «Delmål» column
and no «Ansvarlig» column: the table has one narrow column per ministry (KD, AID, NFD, KDD), and the delmål code is
written in the column of the ministry that is responsible, the other ministry cells left empty, as the intro explains.
The kind in the ministries' words. A scheme that opens in February 2097 is told only in words."""
from __future__ import annotations

from .common import FOU, INFO, KURS, PROSJEKT, RAD, docx_bytes, new_docx, pdf_cells, row, ruled_table, runs, \
    stable_pdf

FILENAME = "Departementenes rapportering til Kompetansepolitisk råd 2096.pdf"
MEMBER = "Regjeringen"
FORMAT = ("PDF exported by LibreOffice Writer from a landscape DOCX (python-docx) with one ruled eight-column table "
          "and a repeated header row; dates and /ID fixed")
SHAPE = ("ministry collation table: title, a line naming the ministries, an intro saying that the delmål is written "
         "in the column of the responsible ministry, header Tiltak / Status ved utgangen av 2096 / KD / AID / NFD / "
         "KDD / Virkemiddel / Involverte; each row has the delmål code («1.1», «3.1», «1.4», «1.2», «2.6», «3.5») in "
         "exactly one of the four ministry columns, which is also the only place the responsible ministry is given; "
         "the kind in the ministries' words (Oppnevnt utvalg, Informasjonsturné, Utredningsoppdrag, Forsøk, Digital "
         "tjeneste, Kurstilbud); the KBU seat «Departementenes observatører i KBU»; KD's own study of the RSA "
         "councils (about RSA, not a seat in it); a scheme that opens in February 2097 told only in words; a "
         "place/date line")
NOT_TRUTH = ("the title, the ministries line and the intro, the header, the codes in the ministry columns, the "
             "Virkemiddel cells, the row 'Bransjeprogram for havbruk' (decided, opens in February 2097), the "
             "place/date line")
SPLIT_FIELDS = ("samarbeidspartnere",)

MINISTRIES = ["KD", "AID", "NFD", "KDD"]

# name, status, delmål, ministry, virkemiddel, involverte, seed, type
ROWS = [
    ("Departementenes observatører i KBU",
     "KD og AID har observatører i Kompetansebehovsutvalget. Utvalget la i juni fram rapporten «Fagarbeidere i et "
     "eldre Norge», og departementene fulgte opp anbefalingene i en felles arbeidsgruppe.",
     "1.1", "KD", "Oppnevnt utvalg", "AID", "M04", RAD),
    ("Fagbrevbussen",
     "Bussen besøkte 41 arbeidsplasser i åtte fylker og ga informasjon om fagbrev på jobb og vurdering av "
     "realkompetanse. Om lag 2 300 ansatte var innom.",
     "3.1", "KD", "Informasjonsturné", "HK-dir, fylkeskommunene, partene i arbeidslivet", "J01", INFO),
    ("Utredning av RSA-ordningen",
     "Oxford Research kartla på oppdrag fra KD hvordan rådene for samarbeid med arbeidslivet fungerer ved "
     "universitetene og høyskolene. Departementet sitter ikke i rådene; utredningen er et eget oppdrag. Rapporten kom "
     "i oktober.",
     "1.4", "KD", "Utredningsoppdrag", "Oxford Research, UHR", None, FOU),
    ("Kompetansepiloter i distriktskommuner",
     "Tolv distriktskommuner fikk midler til å prøve ut felles kompetanseplaner med næringslivet, fylkeskommunen og "
     "nærmeste fagskole. Erfaringene samles i en veileder.",
     "1.2", "KDD", "Forsøk", "fylkeskommunene, KS", None, PROSJEKT),
    ("Digital søknad om godkjenning av utenlandsk fagutdanning",
     "HK-dir åpnet en ny nettløsning der søkerne laster opp dokumentasjon og kan følge saken. Saksbehandlingstiden "
     "gikk ned fra 14 til 6 uker.",
     "2.6", "KD", "Digital tjeneste", "HK-dir", None, INFO),
    ("Kurs i grunnleggende ferdigheter for arbeidssøkere",
     "NAV kjøpte kurs i lesing, skriving, regning og digitale ferdigheter for 3 100 arbeidssøkere. Kursene ble gitt "
     "i samarbeid med voksenopplæringen i kommunene.",
     "3.5", "AID", "Kurstilbud", "Arbeids- og velferdsdirektoratet, kommunene", None, KURS),
    ("Bransjeprogram for havbruk",
     "Ordningen er vedtatt og lyses ut i februar 2097.",
     "2.4", "NFD", "Tilskudd", "partene i sjømatnæringen", "", None),
]


def build(out) -> list[dict]:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = new_docx(font="Arial", size=9.5, landscape=True, margin_cm=1.8)
    p = d.add_paragraph()
    runs(p, [("Oppfølging av Nasjonal kompetansepolitisk strategi – departementenes rapport for 2096", "bs14")])
    p = d.add_paragraph()
    runs(p, [("Kunnskapsdepartementet, på vegne av AID, NFD, KDD og KUD", "i")])
    d.add_paragraph(
        "Tabellen viser tiltakene departementene gjennomførte i 2096. Delmålet i strategien som tiltaket følger opp, "
        "står i kolonnen til departementet som har ansvaret for tiltaket. De andre departementskolonnene er tomme.")
    head = ["Tiltak", "Status ved utgangen av 2096"] + MINISTRIES + ["Virkemiddel", "Involverte"]
    body = [[n, st] + [dm if m == dep else "" for m in MINISTRIES] + [v, inv]
            for n, st, dm, dep, v, inv, *_r in ROWS]
    t = ruled_table(d, head, body, [5.0, 9.0, 1.3, 1.3, 1.3, 1.3, 3.0, 3.9], fill="DDE4EE", size=8.5,
                    header_repeat=True)
    for r_ in t.rows:
        for c in r_.cells[2:6]:
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph()
    d.add_paragraph("Oslo, 14. januar 2097")
    (out / FILENAME).write_bytes(stable_pdf(docx_bytes(d, "Kunnskapsdepartementet"), ".docx"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, dep, inv, st) for n, st, dm, dep, _v, inv, seed, ty in ROWS if ty]


def text(path) -> str:
    return pdf_cells(path)
