"""Sametinget: an ordinary Word table in Sametinget's own template, whose column heads are in North Sámi only
(«Doaibmabidju», «Oassemihttu», «Šládja», «Ovddasvástideaddji», «Ovttasbargoguoimmit») while the cells are in
Norwegian. A careers website to be launched in May 2100 is told only in words."""
from __future__ import annotations

from .common import ARR, FOU, KURS, RAD, docx_all_text, docx_bytes, new_docx, row, ruled_table, runs

FILENAME = "Sámediggi – raporta KPR 2099.docx"
MEMBER = "Sametinget"
FORMAT = "DOCX (python-docx), landscape, one ruled six-column table with a shaded header row, zip normalised"
SHAPE = ("ordinary Word table with North Sámi column heads only: a head «Sámediggi – Sametinget», a title in Sámi "
         "and Norwegian, a Norwegian intro saying the template has Sámi column heads and the contents are in "
         "Norwegian, header Doaibmabidju / Mii dahkkojuvvui 2099:s / Oassemihttu / Šládja / Ovddasvástideaddji / "
         "Ovttasbargoguoimmit (measure / what was done / delmål / kind / responsible / partners), Norwegian cells, "
         "delmål as a plain code, Sametinget's kind words in Norwegian (Forumplass, Kurs, Rapport, Nettverk, Messe); "
         "the NFK seat «Sametingets plass i forumet for karriereveiledning»; a paragraph under the table on a "
         "careers website to be launched in May 2100, told only in words; the file name in North Sámi")
NOT_TRUTH = ("the head and the titles, the intro, the Sámi header row, the Oassemihttu and Šládja cells, the paragraph "
             "under the table on 'Samisk karriereside på nett' (May 2100), the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, text, delmål, kind, ansvar, partners, seed, type
ROWS = [
    ("Sametingets plass i forumet for karriereveiledning",
     "Sametinget deltok på forumets møter og la fram en plan for veiledning på samisk ved karrieresentrene.", "1.3",
     "Forumplass", "Sametinget", "", "M05", RAD),
    ("Kurs i samisk for barnehageansatte",
     "Kurs over to semestre i nordsamisk og lulesamisk for ansatte i samiske barnehager. 64 fullførte.", "2.4",
     "Kurs", "Sametinget", "Sámi allaskuvla", None, KURS),
    ("Rapport om kompetanse i reindrift og duodji",
     "Rapporten kartla hvilken formell og uformell kompetanse utøvere i reindrift og duodji har, og hvordan den kan "
     "dokumenteres.", "2.5", "Rapport", "Sametinget", "Nordlandsforskning", None, FOU),
    ("Nettverk for samiske lærebedrifter",
     "Nettverket samlet 30 samiske lærebedrifter til to samlinger om rekruttering og veiledning av lærlinger.",
     "2.3", "Nettverk", "Sametinget", "Troms fylkeskommune, Finnmark fylkeskommune", None, RAD),
    ("Utdanningsmessa i Kautokeino",
     "Ungdom og voksne møtte utdanningssteder og arbeidsgivere og fikk veiledning på samisk. 600 besøkte messa.",
     "1.3", "Messe", "Sametinget", "Karrieresenteret i Finnmark", None, ARR),
]


def build(out) -> list[dict]:
    d = new_docx(font="Calibri", size=10.5, landscape=True, margin_cm=1.9)
    p = d.add_paragraph()
    runs(p, [("Sámediggi – Sametinget", "bs11")])
    p = d.add_paragraph()
    runs(p, [("Raporta Gelbbolašvuođapolitihkalaš ráđđái 2099", "bs15")])
    p = d.add_paragraph()
    runs(p, [("Rapport til Kompetansepolitisk råd 2099", "bs13")])
    d.add_paragraph("Sametinget bruker sin egen tabellmal med nordsamiske kolonneoverskrifter. Innholdet i tabellen "
                    "er på norsk.")
    head = ["Doaibmabidju", "Mii dahkkojuvvui 2099:s", "Oassemihttu", "Šládja", "Ovddasvástideaddji",
            "Ovttasbargoguoimmit"]
    body = [[n, t, dm, k, a, p_] for n, t, dm, k, a, p_, *_r in ROWS]
    ruled_table(d, head, body, [4.7, 8.5, 2.4, 2.4, 3.6, 4.3], fill="E2EFDA", size=9.5)
    d.add_paragraph()
    d.add_paragraph("Den samiske karrieresiden på nett er under utvikling og lanseres i mai 2100.")
    p = d.add_paragraph()
    runs(p, [("Kárášjohka/Karasjok, 14.1.2100\nMarit Anne Sara\nráđđeaddi / rådgiver", "")])
    (out / FILENAME).write_bytes(docx_bytes(d, "Marit Anne Sara"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, p_, t) for n, t, dm, _k, a, p_, seed, ty in ROWS]


def header(path) -> list[str]:
    import docx
    return [c.text for c in docx.Document(str(path)).tables[0].rows[0].cells]


def text(path) -> str:
    return docx_all_text(path)
