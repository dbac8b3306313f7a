"""VOFO: the report is an e-mail, and the file sent on is the message as Apple Mail stores it on disk – an .emlx
file: a first line with the message's length in bytes, the RFC 5322 message (text/plain, UTF-8,
quoted-printable), and after it an XML property list with Mail's own flags and dates. The file name is only the
message number. A course starting in March 2100 is told only in words."""
from __future__ import annotations

import calendar
import email
import email.policy
import quopri

from .common import ARR, FOU, KURS, RAD, row

FILENAME = "58214.emlx"
MEMBER = "VOFO"
FORMAT = ("Apple Mail .emlx (written as bytes): the byte count of the message on the first line, an RFC 5322 "
          "message from Apple Mail (Mime-Version with «Mac OS X Mail», X-Mailer Apple Mail, text/plain; "
          "charset=utf-8, quoted-printable with soft line breaks, LF line ends), then an XML plist (date-last-viewed, "
          "date-received, flags, remote-id, conversation-id, original-mailbox)")
SHAPE = ("e-mail report as Apple Mail keeps it: headers (From Hilde Aasen at VOFO, To the secretariat, Subject "
         "«VOFOs rapport til KPR for 2099», Date Friday 15 January 2100), a greeting, then five numbered "
         "blocks «1) Name» followed by a line «Delmål 1.3 – form: forumdeltakelse» and a line «Ansvar: … / "
         "Samarbeid: …» and the description, a paragraph «Ellers:» and a signature; the quoted-printable body "
         "splits long lines with soft breaks and codes æøå as =C3=A6 etc.; the NFK seat «Plassen vår i Nasjonalt "
         "forum for karriereveiledning»; VOFO's own internal week for the staff named like the joint week (its own "
         "event, not the joint measure); a course starting in March 2100 told only in words; the plist after the "
         "message; the file name is the message number")
NOT_TRUTH = ("the first line (byte count), the headers, the greeting, the numbers and the «Delmål … – form: …» "
             "lines, the labels «Ansvar:» and «Samarbeid:» («Samarbeid: –» = none), the paragraph «Ellers:» with "
             "'Kurs i digitalt medborgerskap for nyankomne' (starts in March 2100), the signature, the plist")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, delmål, form, ansvar, samarbeid, text, seed, type
ROWS = [
    ("Plassen vår i Nasjonalt forum for karriereveiledning", "1.3", "forumdeltakelse", "VOFO", "",
     "VOFO deltok på forumets fire møter og la fram hvordan studieforbundene kan gi voksne deltakere enkel "
     "veiledning i kursene.", "M05", RAD),
    ("Studieforbundene i Karriereuka", "1.3", "åpne dører", "VOFO", "Kompetanseforbundet, UHR",
     "Femten studieforbund holdt åpent med gratis veiledningssamtaler i 42 kommuner i karriereuka i oktober.",
     "J03", ARR),
    ("Karriereuka for ansatte i studieforbundene", "1.3", "intern samling", "VOFO", "",
     "VOFO brukte samme uke til en egen digital samling om karriereveiledning for de ansatte i studieforbundene. "
     "Samlingen var VOFOs egen og ikke en del av den nasjonale karriereuka; 90 ansatte deltok.", None, ARR),
    ("Studiesirkler i digitale ferdigheter for seniorer", "2.1", "studiesirkel", "Folkeuniversitetet",
     "Seniornett Norge",
     "140 studiesirkler over hele landet lærte eldre å bruke offentlige digitale tjenester og nettbank.", None,
     KURS),
    ("Evaluering av Kompetansepluss frivillighet", "3.2", "evaluering", "VOFO", "NIFU",
     "NIFU evaluerte hvordan tilskuddet brukes i frivillige organisasjoner og hvem som deltar. Rapporten kom i "
     "oktober.", None, FOU),
]


def body() -> str:
    lines = ["Hei,", "",
             "her kommer VOFOs rapport for 2099. Jeg har satt opp tiltakene slik dere ba om i skjemaet, med "
             "delmål og form på linjen under navnet.", ""]
    for i, (name, dm, form, ans, sam, txt, *_r) in enumerate(ROWS, 1):
        lines += [f"{i}) {name}", f"Delmål {dm} – form: {form}", f"Ansvar: {ans} / Samarbeid: {sam or '–'}", txt,
                  ""]
    lines += ["Ellers: Kurset i digitalt medborgerskap for nyankomne er klart og starter i mars 2100.", "",
              "Si fra hvis dere trenger noe mer.", "", "Vennlig hilsen", "Hilde Aasen", "rådgiver, VOFO",
              "tlf. 22 33 44 58", ""]
    return "\n".join(lines)


def message() -> bytes:
    qp = quopri.encodestring(body().encode("utf-8"))
    head = ["From: Hilde Aasen <hilde.aasen@vofo.no>",
            "Content-Type: text/plain;",
            "\tcharset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))",
            "Subject: VOFOs rapport til KPR for 2099",
            "Message-Id: <6B1E0C2A-4F37-4D0B-9E1A-58214C0FD0A1@vofo.no>",
            "Date: Fri, 15 Jan 2100 09:41:27 +0100",
            "To: Sekretariatet for Kompetansepolitisk =?utf-8?Q?r=C3=A5d?= <kpr-sekretariatet@hkdir.no>",
            "X-Mailer: Apple Mail (2.3826.600.51.1.1)", ""]
    return ("\n".join(head) + "\n").encode("ascii") + qp


PLIST = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>conversation-id</key>
	<integer>58214</integer>
	<key>date-last-viewed</key>
	<integer>{viewed}</integer>
	<key>date-received</key>
	<integer>{sent}</integer>
	<key>flags</key>
	<integer>8590195843</integer>
	<key>original-mailbox</key>
	<string>imap://hilde.aasen%40vofo.no@outlook.office365.com/Sent%20Items</string>
	<key>remote-id</key>
	<string>41877</string>
</dict>
</plist>
"""


def build(out) -> list[dict]:
    msg = message()
    sent = calendar.timegm((2100, 1, 15, 8, 41, 27))              # the Date header, in UTC
    plist = PLIST.replace("{sent}", str(sent)).replace("{viewed}", str(sent + 2))
    (out / FILENAME).write_bytes(f"{len(msg)}\n".encode("ascii") + msg + plist.encode("utf-8"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, s, t) for n, dm, _f, a, s, t, seed, ty in ROWS]


def split(path) -> tuple[bytes, bytes]:
    """(message, plist) of an .emlx file, by the byte count on its first line."""
    data = path.read_bytes()
    first, rest = data.split(b"\n", 1)
    n = int(first.strip())
    return rest[:n], rest[n:]


def text(path) -> str:
    msg, _plist = split(path)
    m = email.message_from_bytes(msg, policy=email.policy.default)
    return str(m["Subject"]) + "\n" + m.get_content()
