"""Kompetanseforbundet: the report written straight into an e-mail sent from Proton Mail with OpenPGP signing on,
saved as .eml: a PGP/MIME message (RFC 3156) – multipart/signed with protocol application/pgp-signature, the signed
entity a multipart/mixed holding the text/plain and text/html alternatives and the sender's public key as an
attachment, and the detached signature «signature.asc». The key (Ed25519) and the signature are real OpenPGP v4
packets made here from a fixed seed, so they verify. A seminar moved to March 2092 is told only in words."""
from __future__ import annotations

import base64
import hashlib
import struct

from .common import FOU, INFO, KURS, RAD, row

FILENAME = "Rapport til KPR 2091 – Kompetanseforbundet.eml"
MEMBER = "Kompetanseforbundet"
FORMAT = ("E-mail (.eml, RFC 5322, CRLF) as sent from Proton Mail with PGP/MIME signing (RFC 3156): "
          "multipart/signed; protocol=\"application/pgp-signature\"; micalg=pgp-sha256, the signed part a "
          "multipart/mixed (multipart/alternative text/plain quoted-printable + text/html base64, and an "
          "application/pgp-keys attachment), then application/pgp-signature «signature.asc»; the Ed25519 key and "
          "the detached v4 signature are built here from a fixed seed and verify; written as text")
SHAPE = ("the report typed into the mail body: a greeting, a line that the form was not used this time, five "
         "numbered measures each as «n) Name (delmål x.y, kind)», a description line and «Ansvarlig: … . Sammen "
         "med: … .» / «Ingen samarbeidspartnere.», a line on a seminar moved to March 2092, a line that the mail is "
         "signed with OpenPGP and the public key attached, a signature and Proton's «Sendt med Proton Mail sikker "
         "e-post.»; the kind words verv, kurs, undersøkelse, informasjon; the NFK seat «Vervet vårt i Nasjonalt "
         "forum for karriereveiledning»")
NOT_TRUTH = ("the headers, the MIME structure, the public key and the signature, the greeting and closing lines, "
             "the «(delmål x.y, kind)» brackets, the «Ansvarlig:» / «Sammen med:» labels, the line on "
             "'Årsmøteseminaret om kompetanse i arbeidslivet' (held in March 2092), the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, delmål, kind, text, ansvarlig, partners, seed
ROWS = [
    ("Vervet vårt i Nasjonalt forum for karriereveiledning", "1.3", "verv",
     "Vi deltok i forumets tre møter og ledet arbeidsgruppen om karriereveiledning for seniorer.",
     "Kompetanseforbundets sekretariat", "", "M05"),
    ("Grønn fagskole – kveldsmoduler i Bergen", "2.4", "kurs",
     "Vi stilte lokaler og veiledere til to kveldsmoduler i energieffektivisering ved Fagskulen Vestland. 45 "
     "deltakere fullførte.", "Region Vest", "NHO, Fagskolerådet", "J04"),
    ("Sertifisering av karriereveiledere", "1.3", "kurs",
     "Første kull på 30 veiledere fullførte sertifiseringen, med tre samlinger og en praktisk prøve.",
     "Kompetanseforbundets fagråd", "HK-dir", None),
    ("Medlemsundersøkelse om kompetanse hos seniorer", "2.2", "undersøkelse",
     "1 300 medlemmer over 55 år svarte på hvilken opplæring de har fått. Halvparten hadde ikke hatt kurs på tre "
     "år.", "Kompetanseforbundets sekretariat", "OsloMet", None),
    ("Podkasten «Lær hele livet»", "3.1", "informasjon",
     "Ti episoder om voksne som tok utdanning i godt voksen alder. Episodene ble lastet ned 14 000 ganger.",
     "Kompetanseforbundets sekretariat", "", None),
]

KIND = {"verv": RAD, "kurs": KURS, "undersøkelse": FOU, "informasjon": INFO}

NAME = "Hilde Aune"
ADDR = "hilde.aune@kompetanseforbundet.no"
TO = "KPR-sekretariatet <sekretariat@kompetansepolitiskrad.no>"
KEY_TIME = 3_839_645_700                        # 3 Sep 2091 08:15:00 UTC: the key was made before the mail
SIG_TIME = 3_851_156_825                        # Mon, 14 Jan 2092 13:47:05 UTC
DATE = "Mon, 14 Jan 2092 13:47:05 +0000"
CRLF = "\r\n"


# ---------------------------------------------------------------- OpenPGP (RFC 4880, EdDSA legacy as in GnuPG)
ED_OID = bytes.fromhex("2B06010401DA470F01")


def _key():
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
    sk = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(b"holdout81 Kompetanseforbundet test key").digest())
    pk = sk.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return sk, pk


def _mpi(b: bytes) -> bytes:
    b = b.lstrip(b"\0")
    return struct.pack(">H", (len(b) - 1) * 8 + b[0].bit_length() if b else 0) + b


def _packet(tag: int, body: bytes) -> bytes:
    n = len(body)
    if n < 192:
        head = bytes([n])
    elif n < 8384:
        head = bytes([((n - 192) >> 8) + 192, (n - 192) & 0xFF])
    else:
        head = b"\xff" + struct.pack(">I", n)
    return bytes([0xC0 | tag]) + head + body


def _sub(kind: int, data: bytes) -> bytes:
    return bytes([len(data) + 1, kind]) + data


def _pub_body() -> bytes:
    _sk, pk = _key()
    return b"\x04" + struct.pack(">I", KEY_TIME) + bytes([22, len(ED_OID)]) + ED_OID + _mpi(b"\x40" + pk)


def fingerprint() -> bytes:
    body = _pub_body()
    return hashlib.sha1(b"\x99" + struct.pack(">H", len(body)) + body).digest()


def _signature(sig_type: int, hashed_prefix: bytes, when: int, extra_hashed: bytes = b"") -> bytes:
    sk, _pk = _key()
    fpr = fingerprint()
    hashed = _sub(2, struct.pack(">I", when)) + _sub(33, b"\x04" + fpr) + extra_hashed
    trailer = bytes([4, sig_type, 22, 8]) + struct.pack(">H", len(hashed)) + hashed
    digest = hashlib.sha256(hashed_prefix + trailer + b"\x04\xff" + struct.pack(">I", len(trailer))).digest()
    sig = sk.sign(digest)
    unhashed = _sub(16, fpr[-8:])
    return _packet(2, trailer + struct.pack(">H", len(unhashed)) + unhashed + digest[:2]
                   + _mpi(sig[:32]) + _mpi(sig[32:]))


def _crc24(data: bytes) -> int:
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def _armor(kind: str, data: bytes) -> str:
    b64 = base64.b64encode(data).decode()
    lines = [b64[i:i + 64] for i in range(0, len(b64), 64)]
    crc = base64.b64encode(struct.pack(">I", _crc24(data))[1:]).decode()
    return CRLF.join([f"-----BEGIN PGP {kind}-----", "", *lines, "=" + crc, f"-----END PGP {kind}-----"]) + CRLF


def public_key_block() -> bytes:
    body = _pub_body()
    uid = f"{NAME} <{ADDR}>".encode("utf-8")
    prefix = b"\x99" + struct.pack(">H", len(body)) + body + b"\xb4" + struct.pack(">I", len(uid)) + uid
    extra = _sub(27, b"\x03") + _sub(11, bytes([9, 8, 7])) + _sub(21, bytes([10, 9, 8])) + _sub(30, b"\x01")
    return _packet(6, body) + _packet(13, uid) + _signature(0x13, prefix, KEY_TIME, extra)


def detached_signature(data: bytes) -> bytes:
    return _signature(0x00, data, SIG_TIME)


# ---------------------------------------------------------------- the mail
def body_text() -> str:
    lines = ["Hei,", "",
             "her kommer Kompetanseforbundets rapport til Kompetansepolitisk råd for 2091. Vi har ikke brukt "
             "skjemaet denne gangen, men skriver tiltakene rett inn i e-posten. Vi hadde fem tiltak:", ""]
    for i, (n, dm, k, t, a, s, _seed) in enumerate(ROWS, 1):
        lines += [f"{i}) {n} (delmål {dm}, {k})", t,
                  f"Ansvarlig: {a}. " + (f"Sammen med: {s}." if s else "Ingen samarbeidspartnere."), ""]
    lines += ["Årsmøteseminaret om kompetanse i arbeidslivet, som skulle vært i november, holdes i mars 2092.", "",
              "E-posten er signert med OpenPGP. Den offentlige nøkkelen vår ligger ved.", "",
              "Hilsen", NAME, "generalsekretær, Kompetanseforbundet", "", "Sendt med Proton Mail sikker e-post."]
    return CRLF.join(lines) + CRLF


def body_html() -> str:
    from html import escape
    out = ['<div style="font-family: Arial, sans-serif; font-size: 14px;">']
    for ln in body_text().split(CRLF)[:-1]:
        out.append(f"<div>{escape(ln, quote=False)}</div>" if ln else "<div><br></div>")
    out.append("</div>")
    return "".join(out)


def _b64_lines(data: bytes) -> str:
    b64 = base64.b64encode(data).decode()
    return CRLF.join(b64[i:i + 76] for i in range(0, len(b64), 76)) + CRLF


def _qp(text: str) -> str:
    import quopri
    data = text.replace(CRLF, "\n").encode("utf-8")
    return quopri.encodestring(data).decode("ascii").replace("\n", CRLF)


def message() -> bytes:
    fpr = fingerprint().hex()
    key_name = f"publickey - {ADDR} - 0x{fpr[-8:].upper()}.asc"
    b_sig, b_mix, b_alt = ("------f3a8c2d91e7b4065a1c7d2e9b0f64a17", "---------------------a9d31c04e7bb52f0",
                           "---------------------5e0c8b7a1d24f963")
    key_armor = _armor("PUBLIC KEY BLOCK", public_key_block()).encode("ascii")
    signed = CRLF.join([
        f"Content-Type: multipart/mixed;boundary={b_mix}", "",
        f"--{b_mix}",
        f"Content-Type: multipart/alternative;boundary={b_alt}", "",
        f"--{b_alt}",
        "Content-Type: text/plain;charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable", "",
        _qp(body_text()).rstrip(CRLF),
        f"--{b_alt}",
        "Content-Type: text/html;charset=utf-8",
        "Content-Transfer-Encoding: base64", "",
        _b64_lines(body_html().encode("utf-8")).rstrip(CRLF),
        f"--{b_alt}--",
        f"--{b_mix}",
        f'Content-Type: application/pgp-keys; filename="{key_name}"; name="{key_name}"',
        "Content-Transfer-Encoding: base64",
        f'Content-Disposition: attachment; filename="{key_name}"; name="{key_name}"', "",
        _b64_lines(key_armor).rstrip(CRLF),
        f"--{b_mix}--"])
    sig = _armor("SIGNATURE", detached_signature(signed.encode("utf-8")))
    subject = "=?utf-8?Q?Rapport_til_KPR_for_2091_=E2=80=93_Kompetanseforbundet?="
    head = CRLF.join([
        "Return-Path: <hilde.aune@kompetanseforbundet.no>",
        "Received: from mail-40131.protonmail.ch (mail-40131.protonmail.ch [185.70.40.131])",
        "\tby mx1.kompetansepolitiskrad.no with ESMTPS; Mon, 14 Jan 2092 13:47:09 +0000",
        f"Date: {DATE}",
        f"To: {TO}",
        f"From: {NAME} <{ADDR}>",
        f"Subject: {subject}",
        "Message-ID: <q8VfZ0nK3bYtR1cW6mLx4sPe9aJh7uGd2oTi5kNz0Fw=@kompetanseforbundet.no>",
        "Feedback-ID: 51207963:user:proton",
        "X-Pm-Message-ID: 5f1d0c6a3b9e8d7c4a2f1e0b9c8d7e6f5a4b3c2d",
        "MIME-Version: 1.0",
        "Content-Type: multipart/signed; protocol=\"application/pgp-signature\"; micalg=pgp-sha256;",
        f' boundary="{b_sig}"; charset=utf-8', "",
        "This is an OpenPGP/MIME signed message (RFC 4880 and 3156)",
        f"--{b_sig}", ""])
    tail = CRLF.join([
        "", f"--{b_sig}",
        'Content-Type: application/pgp-signature; name="signature.asc"',
        "Content-Description: OpenPGP digital signature",
        'Content-Disposition: attachment; filename="signature.asc"', "",
        sig.rstrip(CRLF), "",
        f"--{b_sig}--", ""])
    return (head.rstrip(CRLF) + CRLF + signed + tail).encode("utf-8")


def build(out) -> list[dict]:
    (out / FILENAME).write_bytes(message())
    return [row(FILENAME, MEMBER, n, seed, dm, KIND[k], a, s, t) for n, dm, k, t, a, s, seed in ROWS]


def parts(path):
    """(signed bytes, armored signature, armored key, text/plain) as a receiver gets them."""
    import email
    import re
    raw = path.read_bytes()
    msg = email.message_from_bytes(raw)
    boundary = msg.get_param("boundary").encode()
    chunks = raw.split(b"--" + boundary)
    signed = chunks[1][2:-2]          # after the CRLF ending the delimiter line, before the CRLF of the next one
    sig = msg.get_payload()[1].get_payload()
    inner = msg.get_payload()[0]
    plain = next(p for p in inner.walk() if p.get_content_type() == "text/plain")
    key = next(p for p in inner.walk() if p.get_content_type() == "application/pgp-keys")
    text_ = plain.get_payload(decode=True).decode(plain.get_content_charset())
    assert re.match(rb"Content-Type: multipart/mixed", signed)
    return signed, sig, key.get_payload(decode=True), text_


def text(path) -> str:
    return parts(path)[3]
