"""Not a member report: a researcher's Zotero library export (RIS) of reports on skills policy, forwarded by
mistake with the reports."""
from __future__ import annotations

FILENAME = "Kompetansepolitikk_referanser.ris"
MEMBER = None
FORMAT = ("RIS (Research Information Systems tagged format) as exported from Zotero: UTF-8 with BOM, CRLF, 'TY  - "
          "RPRT' records with TI, AU, PY, DA, PB, CY, AB, KW, UR, N1 and 'ER  - '; written as text")
SHAPE = ("NOT a member report: a reference list of reports and notes – KBU's report, SRY's annual report, an "
         "evaluation of VeiViser, a note on Språkvenn and on Digitalt grunnløft, Fagskolekonferansen 2077 – with "
         "abstracts and keywords; it reports no measures")
NOT_TRUTH = "everything (not a member report): titles, authors, abstracts, keywords, notes, URLs"

RECS = [
    ("RPRT", "Fremtidige kompetansebehov – rapport fra Kompetansebehovsutvalget 2077", ["Kompetansebehovsutvalget"],
     "2077", "2077/06/20", "HK-dir", "Bergen", "Utvalgets rapport om kompetansebehov i det grønne skiftet.",
     ["KBU", "kompetansebehov", "grønn omstilling"], "https://www.regjeringen.no/no/dokumenter/kbu-2077/"),
    ("RPRT", "Årsmelding 2077 fra Samarbeidsrådet for yrkesopplæring", ["Samarbeidsrådet for yrkesopplæring"],
     "2078", "2078/01/05", "Utdanningsdirektoratet", "Oslo", "SRYs arbeid med tilbudsstrukturen og lærlingplasser.",
     ["SRY", "faglige råd", "yrkesopplæring"], "https://www.udir.no/sry/arsmelding-2077"),
    ("RPRT", "Evaluering av VeiViser – delrapport 1", ["Haugen, Kristin", "Lie, Omar"], "2077", "2077/11/01",
     "NIFU", "Oslo", "Første delrapport fra evalueringen av karriereveiledning på NAV-kontor.",
     ["karriereveiledning", "NAV", "VeiViser"], "https://www.nifu.no/publications/veiviser-1"),
    ("RPRT", "Språkvenn – frivillig norsktrening i studieforbundene", ["Berg, Solveig"], "2077", "2077/09/15",
     "VOFO", "Oslo", "Notat om erfaringer med Språkvenn-grupper.", ["norskopplæring", "frivillighet"],
     "https://www.vofo.no/sprakvenn-notat"),
    ("RPRT", "Digitalt grunnløft: deltakelse og frafall", ["Nilsen, Are"], "2078", "2078/01/09", "Fafo", "Oslo",
     "Analyse av deltakelse i kursene i Digitalt grunnløft i privat og kommunal sektor.",
     ["digital kompetanse", "Digitalt grunnløft"], "https://www.fafo.no/digitalt-grunnloft"),
    ("CONF", "Fagskolekonferansen 2077: program og presentasjoner", ["Fagskolerådet"], "2077", "2077/10/12",
     "Fagskolerådet", "Trondheim", "Samling av presentasjoner fra konferansen.", ["fagskole", "Nasjonalt fagskoleråd"],
     "https://fagskoleradet.no/konferansen-2077"),
]


def build(out) -> list[dict]:
    L = []
    for ty, ti, aus, py, da, pb, cy, ab, kws, ur in RECS:
        L.append(f"TY  - {ty}")
        L.append(f"TI  - {ti}")
        L += [f"AU  - {a}" for a in aus]
        L += [f"PY  - {py}", f"DA  - {da}", f"PB  - {pb}", f"CY  - {cy}", f"AB  - {ab}"]
        L += [f"KW  - {k}" for k in kws]
        L += [f"UR  - {ur}", "N1  - Lagt til fra e-post 14.01.2078", "ER  - ", ""]
    (out / FILENAME).write_bytes(("\ufeff" + "\r\n".join(L)).encode("utf-8"))
    return []


def text(path) -> str:
    return path.read_text(encoding="utf-8-sig")
