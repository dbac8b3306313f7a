"""Spekter: an ordinary Word table with one column for all the actors, each followed by its role in parentheses
(«Helse Sør-Øst RHF (ansvarlig); KS (partner)»), in any order, so the responsible is the one marked «ansvarlig»
wherever it stands. A simulation centre opening in March 2090 is told only in words."""
from __future__ import annotations

from .common import FOU, KURS, PROSJEKT, RAD, docx_all_text, docx_bytes, new_docx, row, ruled_table, runs

FILENAME = "Spekter – tiltak KPR 2089.docx"
MEMBER = "Spekter"
FORMAT = "DOCX (python-docx), landscape, one ruled five-column table with a shaded header row, zip normalised"
SHAPE = ("ordinary Word table with the actors and their roles in one cell: title, an intro saying that the last "
         "column names every actor with its role in parentheses, header Tiltak / Hva skjedde / Delmål / "
         "Arbeidsform / Aktører (rolle); actor cells such as «KS (partner); Helse Sør-Øst RHF (ansvarlig); Unio "
         "(partner)» and «Helsedirektoratet (partner); Spekter (ansvarlig)» – the responsible is not always first, "
         "and a cell with only «(ansvarlig)» has no partner; delmål as a plain code; Spekter's kind words "
         "(Representasjon, Utviklingsprosjekt, Opplæring, Kartlegging); the RSA seat «Helse Nords medlem i RSA ved "
         "UiT Norges arktiske universitet»; Helse Nord's own web course building on the joint project (its own "
         "phase, not the joint measure); a simulation centre opening in March 2090 told only in words")
NOT_TRUTH = ("the title and intro, the header, the Delmål and Arbeidsform cells, the role words «(ansvarlig)» and "
             "«(partner)», the row 'Simuleringssenter for akuttmedisin i Bodø' (opens in March 2090), the closing "
             "line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, text, delmål, form, actors [(name, responsible?)], seed, type
ROWS = [
    ("Helse Nords medlem i RSA ved UiT Norges arktiske universitet",
     "Helse Nord deltok i rådets fire møter. Rådet drøftet praksisplasser i sykepleie og radiografi og et nytt "
     "tilbud i helseledelse.", "1.4", "Representasjon", [("Helse Nord RHF", True)], "M04", RAD),
    ("Norsk i turnus ved sykehusene",
     "Sju sykehus la norskopplæring inn i turnusen for 160 ansatte med kort botid, og 40 språkkontakter ble lært "
     "opp.", "3.4", "Utviklingsprosjekt", [("KS", False), ("Helse Sør-Øst RHF", True), ("Unio", False)], "J05",
     PROSJEKT),
    ("Norsk i turnus – Helse Nords nettkurs (egen fase 2)",
     "Helse Nord laget på egen hånd et nettkurs i helsefaglig norsk som bygger videre på fellesprosjektet. Kurset "
     "er Helse Nords eget og ikke en del av det felles prosjektet. 95 ansatte fullførte.", "3.4", "Opplæring",
     [("Helse Nord RHF", True), ("Nord universitet", False)], None, KURS),
    ("Lederprogram i strategisk kompetanseplanlegging",
     "Program over fire samlinger for ledere i helseforetak og andre Spekter-virksomheter. 60 ledere fullførte.",
     "2.4", "Opplæring", [("Spekter", True), ("Handelshøyskolen BI", False)], None, KURS),
    ("Kartlegging av behovet for spesialsykepleiere",
     "Kartleggingen viser at helseforetakene vil mangle 1 300 intensiv-, operasjons- og anestesisykepleiere i "
     "2095.", "2.2", "Kartlegging", [("Helsedirektoratet", False), ("Spekter", True)], None, FOU),
    ("Simuleringssenter for akuttmedisin i Bodø",
     "Senteret er bygget ferdig og åpner i mars 2090.", "2.4", "Utviklingsprosjekt", [("Helse Nord RHF", True)], "",
     None),
]


def actors(cell: list[tuple[str, bool]]) -> str:
    return "; ".join(f"{n} ({'ansvarlig' if resp else 'partner'})" for n, resp in cell)


def build(out) -> list[dict]:
    d = new_docx(font="Calibri", size=10.5, landscape=True, margin_cm=2.0)
    p = d.add_paragraph()
    runs(p, [("Spekter – rapport til Kompetansepolitisk råd for 2089", "bs15")])
    d.add_paragraph("Tiltakene er meldt inn fra Spekter sentralt og fra de regionale helseforetakene. I kolonnen "
                    "«Aktører (rolle)» står alle som har vært med, og i parentes om de har hatt ansvaret eller vært "
                    "partner.")
    head = ["Tiltak", "Hva skjedde", "Delmål", "Arbeidsform", "Aktører (rolle)"]
    body = [[n, t, dm, f, actors(a)] for n, t, dm, f, a, *_r in ROWS]
    ruled_table(d, head, body, [5.4, 9.0, 1.8, 3.6, 5.8], fill="D9E2F3", size=9.5)
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("Spekter, 15. januar 2090 – Ragnhild Aas, avdeling for kompetanse", "i")])
    (out / FILENAME).write_bytes(docx_bytes(d, "Ragnhild Aas"))
    out_rows = []
    for n, t, dm, _f, act, seed, ty in ROWS:
        if ty:
            resp = next(a for a, r in act if r)
            partners = ", ".join(a for a, r in act if not r)
            out_rows.append(row(FILENAME, MEMBER, n, seed, dm, ty, resp, partners, t))
    return out_rows


def actor_cells(path) -> list[str]:
    import docx
    return [r.cells[4].text for r in docx.Document(str(path)).tables[0].rows[1:]]


def text(path) -> str:
    return docx_all_text(path)
