"""Not a member report: the secretariat's contact list for the council's reporting contacts, exported from the
address book as vCard 3.0. Titles and notes name councils and measures, but it reports nothing."""
from __future__ import annotations

from .common import norm

FILENAME = "KPR-kontakter 2076.vcf"
MEMBER = None
FORMAT = ("vCard 3.0 (.vcf, RFC 2426) as exported from an address book: several BEGIN:VCARD … END:VCARD "
          "entries, CRLF, lines folded at 75 octets, commas and semicolons escaped, CATEGORIES, NOTE and REV; "
          "written as text")
SHAPE = ("NOT a member report: the secretariat's contact cards for the members' reporting contacts; TITLE and NOTE "
         "fields mention KBU, SRY, Nasjonalt fagskoleråd, Nasjonalt forum for karriereveiledning, Yrkes-NM 2075, "
         "Ord på jobb and DigiVakt – no truth rows")
NOT_TRUTH = "everything (not a member report): names, organisations, titles, notes, phone numbers and addresses"

CARDS = [
    ("Nyhus;Kari;;;", "Kari Nyhus", "LO;Utdanningsavdelingen", "Rådgiver, kontaktperson KPR",
     "kari.nyhus@lo.no", "+47 23 06 10 00",
     "Koordinerer LOs rapport. LO sitter i Kompetansebehovsutvalget (KBU) og i Nasjonalt fagskoleråd."),
    ("Strand;Hilde;;;", "Hilde Strand", "KS;Arbeidsgiverpolitikk", "Spesialrådgiver",
     "hilde.strand@ks.no", "+47 24 13 26 00",
     "Sender rapporten som CSV fra aktivitetsregisteret. Kontakt for SRY-saker og FAH."),
    ("Haugen;Sofie;;;", "Sofie Haugen", "Akademikerne", "Seniorrådgiver, kompetansepolitikk",
     "sofie.haugen@akademikerne.no", "+47 22 00 00 00",
     "Ansvarlig for DigiVakt sammen med YS (Parat)."),
    ("Aune;Bjørn;;;", "Bjørn Aune", "Nordland fylkeskommune;Utdanning og kompetanse", "Fylkesdirektør",
     "bjorn.aune@nfk.no", "+47 75 65 00 00",
     "Representant for fylkeskommunene i Nasjonalt fagskoleråd. Vertskap for Yrkes-NM 2075 i Bodø."),
    ("Eira;Máret;;;", "Máret Eira", "Sámediggi / Sametinget", "Rådgiver, opplæringsavdelingen",
     "maret.eira@samediggi.no", "+47 78 47 40 00",
     "Sitter i Nasjonalt forum for karriereveiledning. Rapporten kommer på norsk med samiske overskrifter."),
    ("Lie;Trond;;;", "Trond Lie", "VOFO", "Fagsjef", "trond.lie@vofo.no", "+47 22 47 60 00",
     "Ord på jobb – kontakt for Virke og studieforbundene. Eksporterer fra WordPress."),
]


def _esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    """Fold at 75 octets without splitting a UTF-8 sequence; continuation lines start with a space."""
    out, cur = [], b""
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > 75:
            out.append(cur.decode("utf-8"))
            cur = b" "
        cur += cb
    out.append(cur.decode("utf-8"))
    return out


def build(out) -> list[dict]:
    L: list[str] = []
    for i, (n, fn, org, title, mail, tel, note) in enumerate(CARDS, 1):
        org_esc = ";".join(_esc(p) for p in org.split(";"))
        for ln in ["BEGIN:VCARD", "VERSION:3.0", f"N:{n}", f"FN:{_esc(fn)}", f"ORG:{org_esc}",
                   f"TITLE:{_esc(title)}", f"EMAIL;TYPE=INTERNET,WORK:{mail}", f"TEL;TYPE=WORK,VOICE:{tel}",
                   "CATEGORIES:KPR,Rapportering 2075", f"NOTE:{_esc(note)}",
                   f"UID:kpr-kontakt-{i:03d}@hkdir.no", "REV:2076-01-05T08:00:00Z", "END:VCARD"]:
            L.extend(_fold(ln))
    (out / FILENAME).write_bytes(("\r\n".join(L) + "\r\n").encode("utf-8"))
    return []


def text(path) -> str:
    raw = path.read_bytes().decode("utf-8").replace("\r\n ", "")
    return norm(raw.replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n"))
