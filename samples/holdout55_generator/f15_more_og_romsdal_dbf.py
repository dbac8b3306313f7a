"""Møre og Romsdal fylkeskommune: an export from the county's old tilskots- og tiltaksbase as a dBase III table
(.dbf) in the DOS Nordic code page (cp865), Nynorsk. One record per measure; one record is marked deleted but the
table was never packed."""
from __future__ import annotations

import struct

from .common import KURS, PROSJEKT, RAD, row

FILENAME = "MRFK_TILTAK_2075.DBF"
MEMBER = "Møre og Romsdal fylkeskommune"
FORMAT = ("dBase III table (.dbf, version byte 0x03, no memo file): 32-byte header with the last-update date and "
          "language driver id 0x65 (cp865 Nordic), 32-byte field descriptors, fixed-width records with a deletion "
          "flag, 0x1A end marker; character fields in cp865; written with struct")
SHAPE = ("table with the field names NR / TILTAK / DELMAL / TYPE / ANSVAR / SAMARB / SKILDRING / STATUS / AAR "
         "(10-character dBase names); Nynorsk content, delmål as code, code+words or words only, the county's own "
         "type words; a record flagged deleted ('*', a duplicate), and records with AAR 2074 and 2076 (not truth "
         "rows)")
NOT_TRUTH = ("the header and field descriptors, the deleted duplicate record of 'Kompetansealliansen Møre og "
             "Romsdal', the records 'Yrkesmessa Ålesund 2074' (AAR 2074, avslutta) and 'Fagskulecampus Molde' "
             "(AAR 2076, planlagt), NR values")

FIELDS = [("NR", "N", 3, 0), ("TILTAK", "C", 100, 0), ("DELMAL", "C", 60, 0), ("TYPE", "C", 30, 0),
          ("ANSVAR", "C", 60, 0), ("SAMARB", "C", 100, 0), ("SKILDRING", "C", 254, 0), ("STATUS", "C", 20, 0),
          ("AAR", "N", 4, 0)]

# (deleted, name, delmål, type, ansvar, samarb, skildring, status, år, truth)
RECORDS = [
    (False, "Fylkeskommunen i Rådet for samarbeid med arbeidslivet ved NTNU", "1.4", "Rådsarbeid",
     "Møre og Romsdal fylkeskommune", "",
     "Fylkeskommunen har ein plass i RSA ved NTNU og tok opp behovet for ingeniørar og sjukepleiarar i "
     "regionen.", "gjennomført", 2075, ("M03", "1.4", RAD)),
    (False, "Kompetansealliansen Møre og Romsdal", "Regionalt kompetansesamarbeid", "Allianse",
     "Møre og Romsdal fylkeskommune", "NAV, NHO, LO, KS, NTNU, Høgskulen i Molde",
     "Alliansen samla partane fire gonger og vedtok ein felles handlingsplan for kompetanse i fylket.",
     "gjennomført", 2075, (None, "1.2", RAD)),
    (True, "Kompetansealliansen Møre og Romsdal", "1.2", "Allianse", "Møre og Romsdal fylkeskommune", "",
     "Dobbel registrering.", "gjennomført", 2075, None),
    (False, "Blått kompetanseløft i Møre og Romsdal", "2.4 Kople kompetansebehov og tilbod", "Opplæringstilbod",
     "Fagskulen i Møre og Romsdal", "NFD, Sjømat Norge",
     "Fagskulen laga seks nye modular i havbruk og sjømatproduksjon saman med bedriftene langs kysten.",
     "gjennomført", 2075, ("J04", "2.4", KURS)),
    (False, "Yrkesmessa Ålesund 2074", "2.3", "Messe", "Møre og Romsdal fylkeskommune", "", "Vart halden i 2074.",
     "avslutta", 2074, None),
    (False, "Forsøk med modulbasert vaksenopplæring", "Fleksibel opplæring for vaksne", "Forsøk",
     "Møre og Romsdal fylkeskommune", "Kommunane",
     "Vaksne utan fullført vidaregåande fekk prøve modulbasert opplæring på kveldstid ved fem skular.",
     "gjennomført", 2075, (None, "3.1", PROSJEKT)),
    (False, "Nasjonalt fagskuleråd - fylkeskommunane sin representant", "1.4", "Rådsarbeid",
     "Møre og Romsdal fylkeskommune", "",
     "Fylkesdirektøren for utdanning har plass i Nasjonalt fagskuleråd på vegner av fylkeskommunane.",
     "gjennomført", 2075, ("M05", "1.4", RAD)),
    (False, "Fylkesvis fagskuleråd for Møre og Romsdal", "1.2", "Råd", "Møre og Romsdal fylkeskommune",
     "Fagskulen i Møre og Romsdal, NHO Møre og Romsdal",
     "Eit regionalt fagskuleråd som fylkeskommunen har oppretta etter mønster frå det nasjonale, for å "
     "prioritere nye fagskuletilbod i fylket.", "gjennomført", 2075, (None, "1.2", RAD)),
    (False, "Fagskulecampus Molde", "1.4", "Investering", "Møre og Romsdal fylkeskommune", "",
     "Planlegging startar i 2076.", "planlagt", 2076, None),
]

ENC = "cp865"


def build(out) -> list[dict]:
    rec_len = 1 + sum(f[2] for f in FIELDS)
    hdr_len = 32 + 32 * len(FIELDS) + 1
    head = struct.pack("<BBBBIHH", 0x03, 2076 - 1900, 1, 14, len(RECORDS), hdr_len, rec_len)
    head += b"\x00" * 17 + bytes([0x65]) + b"\x00\x00"
    assert len(head) == 32
    desc = b""
    for name, typ, ln, dec in FIELDS:
        desc += name.encode("ascii").ljust(11, b"\x00") + typ.encode() + b"\x00" * 4 + bytes([ln, dec]) + b"\x00" * 14
    body = b""
    rows = []
    for i, (deleted, name, dm, typ, ansv, samarb, skild, status, yr, truth) in enumerate(RECORDS, 1):
        vals = [i, name, dm, typ, ansv, samarb, skild, status, yr]
        rec = b"*" if deleted else b" "
        for (fname, ftyp, ln, _dec), v in zip(FIELDS, vals):
            if ftyp == "N":
                b = str(v).rjust(ln).encode("ascii")
            else:
                b = v.encode(ENC)
                assert len(b) <= ln, (fname, v)
                b = b.ljust(ln, b" ")
            rec += b
        assert len(rec) == rec_len
        body += rec
        if truth:
            rows.append(row(FILENAME, MEMBER, name, truth[0], truth[1], truth[2], ansv, samarb, skild))
    (out / FILENAME).write_bytes(head + desc + b"\x0d" + body + b"\x1a")
    return rows


def records(path) -> list[tuple[bool, list[str]]]:
    data = path.read_bytes()
    n, hdr_len, rec_len = struct.unpack("<IHH", data[4:12])
    fields = []
    pos = 32
    while data[pos] != 0x0D:
        d = data[pos:pos + 32]
        fields.append((d[:11].rstrip(b"\x00").decode("ascii"), d[16]))
        pos += 32
    out = []
    for k in range(n):
        r = data[hdr_len + k * rec_len: hdr_len + (k + 1) * rec_len]
        p = 1
        vals = []
        for _name, ln in fields:
            vals.append(r[p:p + ln].decode(ENC).strip())
            p += ln
        out.append((r[:1] == b"*", vals))
    return out


def text(path) -> str:
    return "\n".join("\t".join(v) for _d, v in records(path))
