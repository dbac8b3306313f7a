"""Spekter: the report is the body of an e-mail sent with an S/MIME signature in opaque form, as Outlook sends it when
«Send klartekst-signert melding» is off: the outer message is a single application/pkcs7-mime part (smime.p7m,
smime-type=signed-data, base64) and the whole readable message – multipart/alternative with text/plain and text/html,
quoted-printable – sits inside the CMS SignedData as its encapsulated content. Nothing of the report is readable
without opening the signature container. The HTML part holds a table Tiltak / Hva er gjort / Delmål / Kategori /
Hovedansvar / Samarbeid. The trap is Helse Nord's own Norwegian courses built on the joint website."""
from __future__ import annotations

import base64
import datetime as _dt
import email
import email.policy
import textwrap

from .common import FOU, INFO, KURS, PROSJEKT, RAD, html_text, row

FILENAME = "Spekter – rapport til KPR for 2088.eml"
MEMBER = "Spekter"
FORMAT = ("E-mail (.eml, RFC 5322) signed with S/MIME in opaque form: the outer body is one application/pkcs7-mime; "
          "smime-type=signed-data part (smime.p7m, base64) whose CMS SignedData (built with cryptography's "
          "PKCS7SignatureBuilder, SHA-256, RSA, no signed attributes, a self-signed test certificate from a fixed "
          "test key) encapsulates the readable MIME entity: multipart/alternative, text/plain + text/html, UTF-8 "
          "quoted-printable, CRLF")
SHAPE = ("e-mail report inside the signature: greeting, an HTML table Tiltak / Hva er gjort / Delmål / Kategori / "
         "Hovedansvar / Samarbeid (delmål as a plain code; Spekter's kind words Deltakelse i utvalg, Nettressurs, "
         "Opplæringsløp, Analyse, Utprøving), a row outside 2088 («Utsatt til 2089»), signature; the text/plain "
         "alternative repeats the list as lines «Name (delmål x.y): text»")
NOT_TRUTH = ("the outer headers and the signature container, the greeting, the table header, the Delmål and Kategori "
             "cells, the row 'Nasjonal konferanse om kompetanse i sykehusene' (postponed to 2089), the signature "
             "block, the text/plain alternative (the same measures once more), the certificate")
SPLIT_FIELDS = ("samarbeidspartnere",)

# Throwaway RSA key made for this test set only; it signs nothing but this sample.
TEST_KEY = b"""-----BEGIN PRIVATE KEY-----
MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQCa8Ld5bGG4oPHc
97qnZL5HzvlZHnGJFxBhEKBYCXHcX7nQVrRx2BWD+KhEu95SMD4m+nehXzRF7Xh+
pK5aMgrfRy8905jVQA44K5605g0uq5vNIEoFVrWdSKEj3biNfuS3B+7NPbA9OC7Q
EhyF9WaHdrakQZtJFpGsgze95mKQPjaZuYaP5HGRxjithJ0Rmlu9iQgHNt6k2ZzH
LPmjMHibV7s9ibwrZWZm+qB2iZiNq/Sge1LdIzQQT2b/d1Ru2DrCuQIB2glswImT
0Xr4ghVB07/C/kKrRV+X/1Rqs4WlnYeywz43Y4u4D3aDs6DRRYldMtKQhmH2y8p5
ToyIvXzDAgMBAAECggEAEeMKmLLJle9v90MFd4Vart6MNwdxMv2IegmEgUqsgYpE
Nh2JslTa/a51+o1iYpmdgJF3axfwaHGRm16L9ESvsEwUU5kQcpn0/54QMdvBwiq0
j1npbF6wvmof6YyTXYkR2AwgkO13YZyRUZsC/kywxqBkAGgZ3bZZyzvQx78Hj5WO
ZIvrrqSZzxLUFxikyBYDb+e7NrA53Q/GB7SktYyCVotslACnzSkNe4SD10vVgiOB
fk3zys2Zlw9HQLTjuBOgsCNJNIGMJ64e0HDEBaJNHGqnckksE6F0dI3UK/SzxNsO
OZAvA4Rmz5Szk/61kDRGiBErVeJri+9lhZYRtB3xDQKBgQDN8JwW0Cu/+7eAWcp7
8boHPJ95tY8lg08ruyBvjHKAmzm2OxHixOJIpZMHUWOPdj6YbaICJHxLx4sJZSAQ
r5P/7MG4Qk15S98j+EgtRJP9gpthS47TPEVVjNar+GqrtefDvyoc0jG3dOI5jTZO
jbL0OgwHKCRvyU6iiFzN6BD1hQKBgQDAmnbrk5EXBBPKOS+S4sCUXeLS+cAcnII1
6zXpr9aiNOYRKj2RMEzPStS8hwIyu9IMBMKQEMbV5muriLraZKtXu/x291vzoLL6
sxs1AAXMUBH2ufWJ98swixtengFgMPmWbpoZCs3Dl80Krlofu3oguo/zK1PcdDs1
4eDg8sL3pwKBgAH/n8Qo6QPH8ZPxSyHAyslfMT0BIg5/I7mM61epyUKuPvUhxZ6p
wnhqAu9DPvAZeaoJBlV2/S3PFe5VaOZAjfMh3Q9otU/ECLpUon6t97GyHsfm78/k
+ddGsp6gnohkD4e6xzHYaFsba0abtDc28NGl7o/zN8dN8NFq+VuWMPPxAoGAVIGx
me1WZMXaNQlgUU+Cdda31h/U5fjZvPSl5BHN17/kDjX9a33Ixc8shkeqdD4qjDFu
eK2TwHhoV4wXiAlRkJ4fyMcBpmSlAxCg6GFJKfsb1qiDDnUVxwfSC3LCYcU7TYDb
xg8SdzZctcoIKxIkJMYWsPgaxIiPDjY8aBa76tMCgYAfsd9bgNOBa5qKhL5eW7UU
NGcTkp4qrLZi+N8V8fLkDvtVLI8zxYe0/DRvsKDwgfjgpUxHm47RdJdR470j/hf3
HLVdqXWA8FW5zbfd4avudCFqIq+3qo9MjWCs4hBBEFyLxbMFdJTNXScDeAYckDmQ
q6EIyRzFoWyTeLzLOJXW3A==
-----END PRIVATE KEY-----
"""

# name, text, delmål, kind, ansvar, partners, seed, type
ROWS = [
    ("Spekters plass i KBU",
     "Spekter har arbeidsgiverplassen for helseforetakene i Kompetansebehovsutvalget. I 2088 bidro Spekter med data "
     "om kompetansebehovene i helse og omsorg.", "1.1", "Deltakelse i utvalg", "Spekter", [], "M02", RAD),
    ("Rådet for samarbeid med arbeidslivet, UiT",
     "Helse Nord RHF er med i RSA ved UiT Norges arktiske universitet. Rådet arbeidet med flere praksisplasser i "
     "sykepleie og nye videreutdanninger i akuttsykepleie.", "1.4", "Deltakelse i utvalg", "Helse Nord RHF", [],
     "M06", RAD),
    ("Språkstøtte.no – helsemodulen",
     "Spekter har laget en egen del av Språkstøtte.no med ordlister og samtaleøvelser for helsefagarbeidere med et "
     "annet morsmål. Modulen er tatt i bruk ved 19 sykehus.", "3.4", "Nettressurs", "Spekter",
     ["HK-dir", "Helse Sør-Øst RHF"], "J05", INFO),
    ("Norskkurs for helsefagarbeidere i Helse Nord",
     "Helse Nord holdt egne norskkurs med 120 deltakere på sykehusene i Tromsø og Bodø. Kursene bygger på "
     "materiellet i Språkstøtte.no, men er Helse Nords egne og er ikke en del av nettstedet.", "3.4",
     "Opplæringsløp", "Helse Nord RHF", ["Nord universitet"], None, KURS),
    ("Analyse av kompetansebehov i spesialisthelsetjenesten",
     "Analyse av hvilke videreutdanninger helseforetakene trenger fram mot 2095, gjort sammen med SINTEF og lagt fram "
     "for universitetene i desember.", "2.4", "Analyse", "Spekter", ["SINTEF"], None, FOU),
    ("Arbeidstrening med opplæring i sykehusenes servicefunksjoner",
     "Helse Vest prøvde ut arbeidstrening med opplæring for 45 arbeidssøkere i kantine, renhold og logistikk. 28 fikk "
     "jobb etterpå.", "3.3", "Utprøving", "Helse Vest RHF", ["Nav Vestland"], None, PROSJEKT),
    ("Nasjonal konferanse om kompetanse i sykehusene",
     "Utsatt til 2089. Ny dato kommer.", "2.4", "Konferanse", "Spekter", [], "", None),
]
FROM = "Marte Kristiansen <marte.kristiansen@spekter.no>"
TO = "=?utf-8?Q?Sekretariatet_for_Kompetansepolitisk_r=C3=A5d?= <kpr@hkdir.no>"
SUBJECT = "Spekters rapport til Kompetansepolitisk råd for 2088"
DATE = "Wed, 12 Jan 2089 14:37:05 +0100"
MSGID = "<AM9PR08MB6210.7F3C2A18D4@AM9PR08MB6210.eurprd08.prod.outlook.com>"


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _html() -> str:
    cell = 'style="border:1px solid #999;padding:4px;vertical-align:top"'
    head = "".join(f'<th {cell} align="left">{h}</th>' for h in
                   ["Tiltak", "Hva er gjort", "Delmål", "Kategori", "Hovedansvar", "Samarbeid"])
    body = []
    for name, txt, dm, kind, ans, med, *_ in ROWS:
        vals = [f"<b>{_esc(name)}</b>", _esc(txt), dm, _esc(kind), _esc(ans), _esc(", ".join(med)) or "&nbsp;"]
        body.append("<tr>" + "".join(f"<td {cell}>{v}</td>" for v in vals) + "</tr>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Calibri,sans-serif;font-size:11pt">'
            '<p>Hei,</p><p>Her er Spekters rapport om tiltak i 2088. Helseforetakenes tiltak er tatt med der Spekter '
            'har koordinert dem.</p>'
            f'<table style="border-collapse:collapse">{head}{"".join(body)}</table>'
            '<p>Ta gjerne kontakt om noe er uklart.</p>'
            '<p>Vennlig hilsen<br>Marte Kristiansen<br>Fagsjef kompetanse og utdanning, Spekter<br>'
            'Tlf. 23 16 54 00</p></body></html>')


def _plain() -> str:
    lines = ["Hei,", "", "Her er Spekters rapport om tiltak i 2088.", ""]
    for name, txt, dm, *_ in ROWS:
        lines.append(f"- {name} (delmål {dm}): {txt}")
    lines += ["", "Vennlig hilsen", "Marte Kristiansen", "Fagsjef kompetanse og utdanning, Spekter"]
    return "\n".join(lines) + "\n"


def _qp(s: str) -> str:
    import quopri
    return quopri.encodestring(s.replace("\n", "\r\n").encode("utf-8")).decode("ascii").replace("\r\n", "\n")


def _inner() -> bytes:
    b = "----=_NextPart_001_0042_01DB6C2F.5A7E3B10"
    parts = [f'Content-Type: multipart/alternative;\n\tboundary="{b}"', "", "This is a multipart message in MIME format.",
             "", f"--{b}", 'Content-Type: text/plain;\n\tcharset="utf-8"', "Content-Transfer-Encoding: quoted-printable",
             "", _qp(_plain()).rstrip("\n"), f"--{b}", 'Content-Type: text/html;\n\tcharset="utf-8"',
             "Content-Transfer-Encoding: quoted-printable", "", _qp(_html()).rstrip("\n"), f"--{b}--", ""]
    return "\n".join(parts).replace("\n", "\r\n").encode("ascii")


def _cert_and_key():
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.x509.oid import NameOID
    key = serialization.load_pem_private_key(TEST_KEY, password=None)
    name = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "NO"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Spekter (TEST)"),
                      x509.NameAttribute(NameOID.COMMON_NAME, "Marte Kristiansen (testsertifikat)"),
                      x509.NameAttribute(NameOID.EMAIL_ADDRESS, "marte.kristiansen@spekter.no")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(0x5E7E2088).not_valid_before(_dt.datetime(2088, 6, 1, tzinfo=_dt.timezone.utc))
            .not_valid_after(_dt.datetime(2091, 6, 1, tzinfo=_dt.timezone.utc))
            .add_extension(x509.SubjectAlternativeName([x509.RFC822Name("marte.kristiansen@spekter.no")]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    return cert, key


def build(out) -> list[dict]:
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs7
    cert, key = _cert_and_key()
    der = (pkcs7.PKCS7SignatureBuilder().set_data(_inner()).add_signer(cert, key, hashes.SHA256())
           .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.NoAttributes]))
    b64 = "\r\n".join(textwrap.wrap(base64.b64encode(der).decode("ascii"), 76))
    head = [f"From: {FROM}", f"To: {TO}", "Subject: =?utf-8?Q?Spekters_rapport_til_Kompetansepolitisk_r=C3=A5d_for_2088?=",
            "Thread-Topic: =?utf-8?Q?Spekters_rapport_til_Kompetansepolitisk_r=C3=A5d_for_2088?=",
            f"Date: {DATE}", f"Message-ID: {MSGID}", "Accept-Language: nb-NO, en-US", "Content-Language: nb-NO",
            "X-MS-Has-Attach: yes", "MIME-Version: 1.0",
            'Content-Type: application/pkcs7-mime; smime-type=signed-data;\r\n\tname="smime.p7m"',
            'Content-Disposition: attachment;\r\n\tfilename="smime.p7m"', "Content-Transfer-Encoding: base64"]
    (out / FILENAME).write_bytes(("\r\n".join(head) + "\r\n\r\n" + b64 + "\r\n").encode("ascii"))
    return [row(FILENAME, MEMBER, name, seed, dm, ty, ans, ", ".join(med), txt)
            for name, txt, dm, _k, ans, med, seed, ty in ROWS if ty]


# ------------------------------------------------------------------ reading back (verify)
def _der(buf: bytes, pos: int):
    tag = buf[pos]
    ln = buf[pos + 1]
    pos += 2
    if ln & 0x80:
        k = ln & 0x7F
        ln = int.from_bytes(buf[pos:pos + k], "big")
        pos += k
    return tag, pos, pos + ln


def signed_content(der: bytes) -> bytes:
    """The encapsulated content of a CMS SignedData (ContentInfo → [0] → SignedData → encapContentInfo → [0] →
    OCTET STRING)."""
    _t, s, _e = _der(der, 0)                 # ContentInfo SEQUENCE
    _t, p, _e = _der(der, s)                 # contentType OID
    _t, s, _e = _der(der, _e)                # [0]
    _t, s, e = _der(der, s)                  # SignedData SEQUENCE
    _t, _s, p = _der(der, s)                 # version
    _t, _s, p = _der(der, p)                 # digestAlgorithms SET
    _t, s, e = _der(der, p)                  # encapContentInfo SEQUENCE
    _t, _s, p = _der(der, s)                 # eContentType
    _t, s, e = _der(der, p)                  # [0] EXPLICIT
    t, s, e = _der(der, s)                   # OCTET STRING
    if t != 0x04:
        raise ValueError("no encapsulated content")
    return der[s:e]


def inner_message(path):
    outer = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    if outer.get_content_type() != "application/pkcs7-mime":
        raise ValueError("not an opaque-signed S/MIME message")
    return email.message_from_bytes(signed_content(outer.get_payload(decode=True)), policy=email.policy.default)


def text(path) -> str:
    inner = inner_message(path)
    html = inner.get_body(preferencelist=("html",)).get_content()
    return html_text(html)
