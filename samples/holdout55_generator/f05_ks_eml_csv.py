"""KS: a saved e-mail whose only content of substance is an attached CSV exported from KS's activity register in
Windows-1252 (the mail body itself is UTF-8)."""
from __future__ import annotations

import csv
import email
import email.policy
import io
from email.message import EmailMessage

from .common import FOU, INFO, KURS, RAD, row

FILENAME = "VS Rapportering KPR 2075 fra KS.eml"
MEMBER = "KS"
FORMAT = ("E-mail (.eml, RFC 5322) written with Python's email package: multipart/mixed with a short text/plain "
          "body (UTF-8, quoted-printable) and a text/csv attachment in Windows-1252 (base64, charset declared in "
          "the part header); fixed Date, Message-ID and boundary")
SHAPE = ("forwarded mail ('VS:') with a two-line note and the original message; the measures are only in the "
         "attached register export 'aktiviteter_kpr_2075.csv' (semicolon, CRLF, header AktID;Aktivitet;"
         "Strategimål;Kategori;Eier;Samarbeid;Omtale;Status), delmål as code, code with decimal comma ('2,5'), "
         "code+words or words only, KS's own category words, one description with a line break inside a quoted "
         "cell; rows with status 'Avsluttet 2074' and 'Planlagt 2076' (not truth rows)")
NOT_TRUTH = ("the mail headers, the forwarding note and the original message's text, the CSV header, the rows "
             "'Lederutdanning for barnehagestyrere' (Avsluttet 2074) and 'Kompetansenettverk for kommunale "
             "HR-ledere' (Planlagt 2076)")

HEADER = ["AktID", "Aktivitet", "Strategimål", "Kategori", "Eier", "Samarbeid", "Omtale", "Status"]
# (id, name, delmål cell, category, eier, samarbeid, omtale, status, truth)
ROWS = [
    ("A-2075-03", "KS i SRY og de faglige rådene", "1.4", "Rådsarbeid", "KS Arbeidsgiverpolitikk", "",
     "KS har faste plasser i Samarbeidsrådet for yrkesopplæring og i de faglige rådene for helse- og "
     "oppvekstfag og teknikk og industriell produksjon.", "Gjennomført", ("M02", "1.4", RAD)),
    ("A-2075-07", "FAH – fagbrev for assistenter i helse", "2,5", "Opplæring", "KS Arbeidsgiverpolitikk",
     "Fagforbundet, Spekter",
     "Kommunene tilbød assistenter opplæring fram mot fagbrev i helsearbeiderfaget.\r\n"
     "Ordningen ble utvidet til 120 kommuner.", "Gjennomført", ("J01", "2.5", KURS)),
    ("A-2075-11", "KS Læring – e-læring om kunstig intelligens i kommunene", "2.1 Digital kompetanse",
     "E-læring", "KS Digital", "Digdir",
     "Tre korte e-læringskurs om bruk av KI i saksbehandling; 14 000 gjennomføringer.", "Gjennomført",
     (None, "2.1", KURS)),
    ("A-2075-12", "Kommunenes kompetansebarometer 2075", "Kunnskapsgrunnlaget om læring i arbeidslivet",
     "Analyse", "KS FoU", "Proba samfunnsanalyse",
     "Spørreundersøkelse til alle kommuner om kompetansebehov og rekrutteringsutfordringer.", "Gjennomført",
     (None, "2.2", FOU)),
    ("A-2075-15", "Regionalt kompetansebehovsutvalg for kommunesektoren i Innlandet", "1.2", "Utvalg",
     "KS Innlandet", "Innlandet fylkeskommune, Statsforvalteren i Innlandet",
     "Et regionalt utvalg etter mønster av KBU som sammenstiller kunnskap om kompetansebehovet i kommunene "
     "i Innlandet.", "Pågår", (None, "1.2", RAD)),
    ("A-2074-21", "Lederutdanning for barnehagestyrere", "2.4", "Utdanning", "KS Arbeidsgiverpolitikk", "",
     "Siste kull fullførte i juni 2074.", "Avsluttet 2074", None),
    ("A-2075-18", "Rekrutteringskampanjen «Bli lærling i kommunen»", "2.3", "Kampanje", "KS Kommunikasjon",
     "Fylkeskommunene",
     "Kampanje i sosiale medier og på skolebesøk for å få flere ungdommer til å søke læreplass i kommunene.",
     "Gjennomført", (None, "2.3", INFO)),
    ("A-2076-02", "Kompetansenettverk for kommunale HR-ledere", "2.4", "Nettverk", "KS Arbeidsgiverpolitikk",
     "", "Oppstart februar 2076.", "Planlagt 2076", None),
]

BODY = """Til orientering - KS sin rapport ligger som vedlegg (eksport fra aktivitetsregisteret).

Mvh
Hilde Strand
KS

-----Opprinnelig melding-----
Fra: Sekretariatet Kompetansepolitisk råd <kpr@hkdir.no>
Sendt: mandag 6. januar 2076 09:00
Emne: Rapportering KPR 2075

Vi ber om at rapporten for 2075 sendes innen 20. januar.
"""


def _csv() -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(HEADER)
    for r in ROWS:
        w.writerow(r[:8])
    return buf.getvalue().encode("cp1252")


def build(out) -> list[dict]:
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = "Hilde Strand <hilde.strand@ks.no>"
    m["To"] = "Sekretariatet Kompetansepolitisk råd <kpr@hkdir.no>"
    m["Subject"] = "VS: Rapportering KPR 2075"
    m["Date"] = "Thu, 15 Jan 2076 13:48:09 +0100"
    m["Message-ID"] = "<AM0PR09MB4471B2E0C1D5F3A9E7@AM0PR09MB4471.eurprd09.prod.outlook.com>"
    m["Thread-Topic"] = "Rapportering KPR 2075"
    m["Content-Language"] = "nb-NO"
    m.set_content(BODY, charset="utf-8", cte="quoted-printable")
    m.add_attachment(_csv(), maintype="text", subtype="csv", filename="aktiviteter_kpr_2075.csv")
    att = m.get_payload()[1]
    att.set_param("charset", "windows-1252")
    m.set_boundary("_004_AM0PR09MB4471B2E0C1D5F3A9E7_")
    (out / FILENAME).write_bytes(m.as_bytes(policy=email.policy.SMTP))
    rows = []
    for r in ROWS:
        if r[8]:
            seed, dm, typ = r[8]
            rows.append(row(FILENAME, MEMBER, r[1], seed, dm, typ, r[4], r[5], r[6]))
    return rows


def text(path) -> str:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            continue
        data = part.get_payload(decode=True)
        out.append(data.decode(part.get_content_charset() or "utf-8"))
    return "\n".join(out)
