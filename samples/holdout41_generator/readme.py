"""README.md for the round, generated from the document modules."""
from collections import Counter, OrderedDict

from .common import TYPES, TRUTH_COLUMNS

DELMAL_HOW = OrderedDict([
    ("01", "code in parentheses at the end of each paragraph, e.g. '(delmål 2.3)'"),
    ("02", "written as text only (paraphrase of the delmål), no code"),
    ("03", "code column, grouped under hovedinnsatsområde rows"),
    ("04", "code + short label in a vertically merged first column"),
    ("05", "sub-bullet 'Delmål: 1.3' (Nynorsk document)"),
    ("06", "answer to question n.2 ('oppgi nummer')"),
    ("07", "not given; inferred from the prose"),
    ("08", "● in one of sixteen delmål columns (○ marks secondary goals and is not the delmål)"),
    ("09", "number column 'Delmål (nr.)' on the sheet of its hovedinnsatsområde"),
    ("10", "line 'Delmål: 1.1' in the scanned image"),
    ("11", "field table row 'Delmål | 1.2 – regionalt samordningsansvar'"),
    ("12", "section heading 'Delmål 3.2 – Kompetansepluss'"),
    ("13", "row 'Delmål' in a transposed table, code + text"),
    ("14", "'(delmål 1.3)' at the end of each bullet"),
    ("15", "— (not a member report)"),
])

TRAPS = [
    "**About a council, not taking part** (own U rows, must not merge into M01/M05/M02): "
    "NHO 'Innspill til KBUs rapport: kompetansebehov i industrien' (U02); KS 'Seminar om KBUs hovedrapport "
    "for kommunesektoren' (U07); Regjeringen 'Evaluering av Nasjonalt fagskoleråd' (U03, in the same table "
    "as the council itself); UHR 'Kartlegging av hvordan RSA fungerer ved institusjonene' (U13, next to the RSA row).",
    "**Training own representatives**: LO course 'Partsrepresentant i fag- og yrkesopplæringen' for its people "
    "in SRY and the faglige råd (U01, same paragraph block as LO's SRY seat); Fagskolerådet 'Opplæring av "
    "representantane våre i Nasjonalt fagskuleråd' (U15, next to its seat in the council).",
    "**Regional version of a joint measure**: Vestland 'Yrkesløftet Vestland' (U10) is a separate measure, "
    "not J01 Yrkesløftet.",
    "**New phase**: Oslo 'Realkompetansemodellen for arbeidslivet, fase 2 – utprøving i kommunale tjenester' "
    "(U21) is separate from J03 (phase 1, RKM-A).",
    "**Near-miss names**: KS reports both 'Deltakelse i DGA – Digitalt grunnløft i arbeidslivet' (J02) and "
    "its own 'Digitalt grunnløft i kommunesektoren (DiKo)' (U08); Agder reports 'NFK (Nasjonalt forum for "
    "karriereveiledning)' (M06) and its own 'Agderforum for karriereveiledning' (U22); Sametinget's "
    "'Kompetansepluss i samiske områder' (U17) is not J05 'Kompetansepluss Fag'; Vestland's 'Partnarskap for "
    "kompetanse i Vestland' (U09) is not J06 'Kompetanseforum Innlandet'.",
    "**Acronym only**: NHO names J02 only as 'DGA' (full name in the description); VOFO names J05 'KP Fag'; "
    "Innlandet names M06 'Deltakelse i NFK'; UHR names M01 'Medlem av KBU'.",
    "**A named unit of a council**: Unio 'Observatørplass i UHR-Lærerutdanning' = M04 UHRs fagstrategiske enheter.",
    "**Mentions that are not measures**: LO key-figure table, leader quotation, notes ¹ ² citing KBU and RKM-A, "
    "'5.5 Veien videre' (next phase of RKM-A, KBU follow-up), collective agreements; NHO note on a planned 2062 "
    "'Bransjeprogram for havbruk' and a 'Nøkkeltall' sheet; Regjeringen footnote; KS 'Kommentarer' on working "
    "groups; Vestland 'Vegen vidare' (DGA, KBU); Virke 'Vi ser fram til Kompetansebehovsutvalgets neste "
    "rapport'; UHR ○ secondary-goal marks and legend; Innlandet key figures and 'Veien videre' (Norskløft); "
    "VOFO statistics; Oslo key figures and council meetings; Agder quoted request naming KBU, SRY, RSA; the "
    "whole newsletter (file 15).",
    "**Types in the member's own words**: NHO (Råd/utvalg, Utredning, Nettverk, Kurs, Konferanse, Kampanje), "
    "Fagskolerådet (Rådsarbeid, Opplæring, Konferanse, Nettstad og informasjon), Vestland (Råd/utval/nettverk), "
    "VOFO (Nettverk, Forsøk, Kurs), UHR abbreviations in matrix columns; no type at all in LO, Virke, Agder.",
]


def _md(s):
    return s.replace("|", "\\|")


def write_readme(docs, path):
    rows = [(d, r) for d in docs for r in d.ROWS]
    seeds = OrderedDict()
    for d, r in rows:
        seeds.setdefault(r["seed"], []).append((d.MEMBER, r["tiltak"]))
    shared = sorted((k, v) for k, v in seeds.items() if len(v) >= 2)
    L = ["# Held-out round 40 (directory samples/holdout41) — reporting year 2061", "",
         "Written from the brief only (delmål list, six types, member names, shared councils). The writer "
         "did not read the program, its tests, its configuration or any other sample round, and did not run "
         "the program or its bench.", "",
         "## Files", "",
         "| # | File | Member | Format / how made | Shape | Truth rows |",
         "|---|------|--------|-------------------|-------|-----------|"]
    for d in docs:
        L.append("| %s | `%s` | %s | %s | %s | %d |" % (d.FILE[:2], d.FILE, d.MEMBER or "— (not a member)",
                                                     _md(d.FORMAT), _md(d.SHAPE), len(d.ROWS)))
    tc = Counter(r["type"] for _, r in rows)
    L += ["", "## Counts", "",
          "- files: %d (%d member reports, %d non-report)" % (len(docs), sum(1 for d in docs if d.ROWS),
                                                              sum(1 for d in docs if not d.ROWS)),
          "- truth rows: %d" % len(rows),
          "- distinct measures (seed_row): %d — %d shared councils (M), %d joint measures (J), %d single-member (U)"
          % (len(seeds), sum(1 for k in seeds if k[0] == "M"), sum(1 for k in seeds if k[0] == "J"),
             sum(1 for k in seeds if k[0] == "U")),
          "- measures reported by 2+ members: %d" % len(shared), ""]
    for k, v in shared:
        L.append("- **%s** (%d members): " % (k, len(v)) + "; ".join("%s: «%s»" % (m, _md(t)) for m, t in v))
    L += ["", "Shared councils: M01 KBU, M02 RSA, M03 SRY, M04 UHR-FSE, M05 Nasjonalt fagskoleråd, M06 NFK. "
          "Joint measures: J01 Yrkesløftet (campaign), J02 Digitalt grunnløft i arbeidslivet (DGA), "
          "J03 Realkompetansemodellen for arbeidslivet (RKM-A, phase 1), J04 Læringsdagen 2061 (conference), "
          "J05 Kompetansepluss Fag (trial), J06 Kompetanseforum Innlandet (regional forum), "
          "J07 Norskløft i arbeid.", "",
          "## Traps", ""]
    L += ["- " + t for t in TRAPS]
    L += ["", "## Types in truth", "", "| Type | Rows |", "|------|------|"]
    L += ["| %s | %d |" % (t, tc.get(t, 0)) for t in TYPES]
    L += ["", "Where the document gives no type (LO, Virke, Agder) or uses its own words, the truth holds what "
          "a careful secretariat would infer.", "",
          "## How delmål is given", "", "| File | Delmål |", "|------|--------|"]
    L += ["| %s | %s |" % (k, _md(v)) for k, v in DELMAL_HOW.items()]
    L += ["", "## truth.csv", "",
          "Columns: `%s`." % ",".join(TRUTH_COLUMNS), "",
          "- one row per measure per reporting member; `member` exactly as in the brief's list;",
          "- `tiltak` copied from the document (the measure's name, or the phrase/sentence naming it in prose);",
          "- `seed_row` is shared across members for the same measure: M01–M06 shared councils, J01–J07 joint "
          "measures, U01… measures reported by one member only;",
          "- `delmal` a code such as 2.3; `type` one of the six type names;",
          "- `ansvarlig` and `samarbeidspartnere` only where the document names them (semicolon-separated);",
          "- `beskrivelse` the description text as written (for prose documents, the paragraph or sentence);",
          "- the newsletter (file 15) has no rows.", "",
          "## Reproduce", "", "```",
          "python -m samples.holdout41_generator --out samples/holdout41",
          "python -m samples.holdout41_generator --verify /tmp/h41_check --reference samples/holdout41",
          "```", "",
          "The build needs LibreOffice (`soffice`, throw-away profile /tmp/lo_h41) for files 01, 07, 11, 13 and "
          "15; `--verify` also uses pdfplumber, tesseract (nor) and pdftoppm to read the files back, checks every "
          "word of each row's tiltak in the file's text and compares all bytes with the reference. Determinism: "
          "reportlab invariant=1, fixed core-property/meta dates, zips rewritten with fixed timestamps, PDF dates "
          "and /ID pinned after LibreOffice export, seeded noise in the scan.", ""]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))
