"""LO: an ordinary Word table in which the goal cell lists every delmål a measure touches, and the main one is set
in bold – not always first. A campaign postponed to March 2099 is told only in words."""
from __future__ import annotations

from .common import ARR, FOU, INFO, KURS, RAD, docx_all_text, docx_bytes, new_docx, row, ruled_table, runs

FILENAME = "LO – rapport om kompetansetiltak 2098.docx"
MEMBER = "LO"
FORMAT = "DOCX (python-docx), portrait, one ruled six-column table with a shaded header row, zip normalised"
SHAPE = ("ordinary Word table whose goal cells name several delmål with the main one in bold: title, an intro saying "
         "that the column lists all the delmål a measure touches and that the main goal is set in bold, header Hva / "
         "Mer om innsatsen / Delmål / Slags tiltak / LO-ledd / Med hvem; goal cells such as «1.4, 2.3» with 2.3 "
         "bold, «2.1, 2.2» with 2.2 bold, «3.1, 2.5» with 3.1 bold, or a single bold code – the bold run is the "
         "only sign of the main goal; LO's kind words (Rådsplasser, Samling, Kampanje, Utredning, Kurs, Nettverk); "
         "the SRY seat «LOs folk i Samarbeidsrådet for yrkesopplæring og de faglige rådene»; LO's own gathering for "
         "its people in the faglige råd (about SRY, not a seat); a campaign postponed to March 2099 told only in "
         "words; a signature")
NOT_TRUTH = ("the title and intro, the header, the Delmål cells (the codes that are not bold, and the bold one as a "
             "code), the Slags tiltak cells, the row 'Kampanje for realkompetansevurdering' (postponed to March "
             "2099), the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, text, goals [(code, main?)], kind, ledd, with, seed, type
ROWS = [
    ("LOs folk i Samarbeidsrådet for yrkesopplæring og de faglige rådene",
     "LO har to plasser i SRY og 31 representanter i de faglige rådene. I 2098 arbeidet rådene særlig med nye "
     "læreplaner i teknologi- og industrifag og med tilbudsstrukturen i helse- og oppvekstfag.",
     [("1.4", False), ("2.3", True)], "Rådsplasser", "LO, avdeling for utdanning", "", "M02", RAD),
    ("Erfaringssamling for LO-folk i faglige råd",
     "To dager i Sørmarka der nye og erfarne rådsmedlemmer delte erfaringer og fikk en innføring i "
     "læreplanarbeidet. Samlingen var LOs egen og ikke en del av rådenes arbeid. 46 deltok.",
     [("2.3", True)], "Samling", "LO, avdeling for utdanning", "", None, ARR),
    ("Fagbrevsjansen 2098 på arbeidsplassene",
     "Tillitsvalgte i Fagforbundet og Fellesforbundet holdt informasjonsmøter om praksiskandidatordningen på 120 "
     "arbeidsplasser og delte kampanjens filmer i egne kanaler.",
     [("3.1", True), ("2.5", False)], "Kampanje", "Fagforbundet, Fellesforbundet", "HK-dir, NHO", "J01", INFO),
    ("Rapport om kompetanseklausuler i tariffavtalene",
     "Fafo gikk gjennom 64 tariffavtaler og så på hvordan bestemmelsene om kompetanseutvikling brukes lokalt. "
     "Rapporten kom i september og ble lagt fram på LOs representantskap.",
     [("2.1", False), ("2.2", True)], "Utredning", "LO, samfunnspolitisk avdeling", "Fafo", None, FOU),
    ("Kurs i digital sikkerhet for tillitsvalgte",
     "Nettbasert kurs på fire kvelder om informasjonssikkerhet, personvern og bruk av KI-verktøy på arbeidsplassen. "
     "610 tillitsvalgte fullførte.",
     [("2.1", True)], "Kurs", "EL og IT Forbundet", "AOF Norge", None, KURS),
    ("Nettverk for opplæringsansvarlige tillitsvalgte i kommunene",
     "Nettverket møttes fire ganger og utvekslet erfaringer med kompetanseplaner og bruk av "
     "kompetansemidler i kommunene.",
     [("1.2", False), ("2.4", True)], "Nettverk", "Fagforbundet", "KS", None, RAD),
    ("Kampanje for realkompetansevurdering",
     "Kampanjen var planlagt til høsten, men er utsatt og starter i mars 2099.",
     [("2.5", True)], "Kampanje", "Handel og Kontor", "", "", None),
]


def build(out) -> list[dict]:
    d = new_docx(font="Arial", size=10, margin_cm=1.8)
    p = d.add_paragraph()
    runs(p, [("LOs rapport til Kompetansepolitisk råd – tiltak i 2098", "bs15")])
    d.add_paragraph(
        "Mange av tiltakene våre treffer flere delmål i strategien. I kolonnen «Delmål» står alle delmålene tiltaket "
        "treffer; hovedmålet er uthevet med fet skrift.")
    head = ["Hva", "Mer om innsatsen", "Delmål", "Slags tiltak", "LO-ledd", "Med hvem"]
    body = [[n, t, "", k, le, w] for n, t, _g, k, le, w, *_r in ROWS]
    t = ruled_table(d, head, body, [3.6, 5.6, 1.6, 2.0, 2.6, 2.2], fill="F2DCDB", size=9)
    for r_, x in zip(t.rows[1:], ROWS):
        goals = x[2]
        cell_p = r_.cells[2].paragraphs[0]
        parts = []
        for i, (code, main) in enumerate(goals):
            parts.append((code, "bs9" if main else "s9"))
            if i < len(goals) - 1:
                parts.append((", ", "s9"))
        runs(cell_p, parts)
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("Med vennlig hilsen\nTrude Myhre\nrådgiver, avdeling for utdanning, LO", "")])
    (out / FILENAME).write_bytes(docx_bytes(d, "Trude Myhre"))
    result = []
    for n, t_, goals, _k, le, w, seed, ty in ROWS:
        if ty:
            main = [c for c, m in goals if m]
            result.append(row(FILENAME, MEMBER, n, seed, main[0], ty, le, w, t_))
    return result


def main_goals(path) -> list[str]:
    """The bold codes of the goal column, row by row (for verify)."""
    import docx
    t = docx.Document(str(path)).tables[0]
    return ["".join(r.text for r in row_.cells[2].paragraphs[0].runs if r.bold) for row_ in t.rows[1:]]


def text(path) -> str:
    return docx_all_text(path)
