"""VOFO: the secretary general's speaking notes for the council meeting, sent afterwards as VOFO's report. A
speech manuscript in large type with bracketed slide cues («[LYSARK 4 – Språkkafé på arbeidsplassen]»), stage
directions «(pause)», and the measures told in spoken sentences; the delmål is said aloud («det er delmål 3.4,
norskopplæring …»), who is responsible and partners are mentioned in passing. The closing passage speaks of a
project ended in 2081 and a course starting in 2083."""
from __future__ import annotations

from docx.shared import Pt, RGBColor

from .common import ARR, INFO, KURS, RAD, add_runs, base_docx, docx_text_deep, row, save_docx

FILENAME = "VOFO talemanus Kompetansepolitisk råd desember 2082.docx"
MEMBER = "VOFO"
FORMAT = "DOCX (python-docx), 14 pt speech manuscript with 1.5 line spacing, grey bracketed slide cues, zip normalised"
SHAPE = ("speech manuscript sent as the report: a grey note that it is sent as the report, a header block (TALEMANUS, "
         "speaker, meeting 3/2082, agenda item, speaking time), then the speech in large type with cues «[LYSARK n – "
         "title]» (some titles are the measure names) and «(pause)»; each measure told in spoken sentences with the "
         "delmål said aloud («Det er delmål 3.6 …»), responsibility and partners in passing; no kind of measure; "
         "closing words on a project ended in 2081 and a course from 2083")
NOT_TRUTH = ("the grey note, the header block, the cues «[LYSARK 1 – tittel]», «[LYSARK 2 – Studieforbundene i tall]» "
             "and «[LYSARK 8 – Veien videre]», the stage directions, the thanks and key figures (480 000 deltakere), "
             "the project «Lesekraft i frivilligheten» (ended 2081) and the online course for volunteers who hold "
             "office (from 2083)")
SPLIT_FIELDS = ("samarbeidspartnere",)
SENTENCE_FIELDS = ("beskrivelse",)

SEK = "VOFO-sekretariatet"
# name, dm, ansvarlig, partners, description, seed, type
ITEMS = {
    "kursbank": ("Frivillighetens kursbank", "3.6", SEK, "Studieforbundet kultur og tradisjon, Folkeuniversitetet",
                 "Det er en ny nettside der alle kurs i studieforbundene kan søkes opp på ett sted, etter fylke og tema. "
                 "Den kom på lufta i mars, og vi har hatt 95 000 søk.", None, INFO),
    "sprak": ("Språkkafé på arbeidsplassen", "3.4", "AOF Norge", "NHO Service og Handel",
              "Studieforbundene har gitt norskopplæring i lunsjen på 60 arbeidsplasser, mest i renhold, bygg og "
              "fiskeindustri.", None, KURS),
    "rkd": ("Realkompetansedagen 2082", "2.5", "VOFO", "Fagskolerådet, Kompetanseforbundet",
            "310 deltakere fra fylkene, fagskolene og frivilligheten diskuterte hvordan kompetanse fra kurs i "
            "frivilligheten kan dokumenteres og godkjennes.", "J03", ARR),
    "nord": ("Realkompetansedagen nord", "2.5", "VOFO Nord", "Troms fylkeskommune",
             "VOFO Nord holdt sin egen samling i Tromsø i november, i egen regi og ikke som en del av den nasjonale "
             "dagen; 70 deltok.", None, ARR),
    "nfk": ("Nasjonalt forum for karriereveiledning", "1.3", SEK, "",
            "Der har vi i år løftet fram at veiledningen må nå voksne som går på kurs i studieforbundene, ikke bare "
            "elever og arbeidssøkere.", "M05", RAD),
}

SPEECH = [
    ("cue", "[LYSARK 1 – tittel]"),
    ("p", "Takk, leder. Og takk for at vi får bruke noen minutter på studieforbundene."),
    ("cue", "[LYSARK 2 – Studieforbundene i tall]"),
    ("p", "I 2082 hadde studieforbundene over 480 000 deltakere på kurs rundt i hele landet. Det er frivilligheten som "
          "bærer dette. (pause)"),
    ("cue", "[LYSARK 3 – Frivillighetens kursbank]"),
    ("p", "La meg først nevne Frivillighetens kursbank. " + ITEMS["kursbank"][4] + " Det er " + SEK + " som drifter "
          "den, sammen med Studieforbundet kultur og tradisjon og Folkeuniversitetet. Det er delmål 3.6 i strategien, "
          "opplæring i frivillig sektor."),
    ("cue", "[LYSARK 4 – Språkkafé på arbeidsplassen]"),
    ("p", "For det andre: språkkafeene. " + ITEMS["sprak"][4] + " AOF Norge har ledet arbeidet, med NHO Service og "
          "Handel som partner. Det er delmål 3.4, norskopplæring for innvandrere. (pause)"),
    ("cue", "[LYSARK 5 – Realkompetansedagen 2082]"),
    ("p", "Så til Realkompetansedagen 2082, som VOFO arrangerte sammen med Fagskolerådet og Kompetanseforbundet i "
          "Lillestrøm i oktober. " + ITEMS["rkd"][4] + " Det hører til delmål 2.5, å få dokumentert kompetanse."),
    ("cue", "[LYSARK 6 – Realkompetansedagen nord]"),
    ("p", "Mange i nord kunne ikke reise til Lillestrøm. Derfor fikk vi Realkompetansedagen nord, med Troms "
          "fylkeskommune som vertskap. " + ITEMS["nord"][4]),
    ("cue", "[LYSARK 7 – Nasjonalt forum for karriereveiledning]"),
    ("p", "Vi sitter også i Nasjonalt forum for karriereveiledning. " + ITEMS["nfk"][4] + " Det er " + SEK + " som "
          "følger forumet, og det er delmål 1.3."),
    ("cue", "[LYSARK 8 – Veien videre]"),
    ("p", "Til slutt: I 2081 avsluttet vi prosjektet «Lesekraft i frivilligheten», og i 2083 starter vi et nettkurs "
          "for tillitsvalgte i frivillige lag. Det kommer vi tilbake til neste år. (pause) Takk for oppmerksomheten."),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=14, margins_cm=2.5)
    add_runs(d.add_paragraph(), [("Sendt sekretariatet 10.01.2083 som VOFOs rapport for 2082, slik avtalt på møtet.",
                                  "g")])
    p = d.add_paragraph()
    add_runs(p, [("TALEMANUS", "b")])
    p.runs[0].font.size = Pt(20)
    for ln in ["Generalsekretær Marianne Lunde Opsahl, VOFO",
               "Kompetansepolitisk råd, møte 3/2082, 5. desember 2082",
               "Sak 4: Medlemmenes rapportering – studieforbundene",
               "Taletid ca. 7 minutter · lysark 1–8"]:
        q = d.add_paragraph(ln)
        q.paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    for kind, txt in SPEECH:
        q = d.add_paragraph()
        r = q.add_run(txt)
        if kind == "cue":
            r.font.size = Pt(11)
            r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
            r.bold = True
        else:
            q.paragraph_format.line_spacing = 1.5
    save_docx(d, out / FILENAME, "Marianne Lunde Opsahl")
    return [row(FILENAME, MEMBER, n, seed, dm, ty, ans, med, txt) for n, dm, ans, med, txt, seed, ty in ITEMS.values()]


def text(path) -> str:
    return docx_text_deep(path)
