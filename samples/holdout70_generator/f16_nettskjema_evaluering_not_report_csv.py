"""Not a member report: the answers to the participants' evaluation of Realkompetansedagen 2090, downloaded from the
survey tool Nettskjema as CSV (one line per answer, the tool's own columns $submission_id, $created and
$answer_time_ms first, then one column per question). The answers name members, the joint conference and other
joint measures («Kompetanseløft i omsorg», «Karrierekompasset»), a council and plans, and read like measures in
places, but they are participants' opinions: nothing here is reported by a member, and there are no truth rows."""
from __future__ import annotations

import csv
import io

FILENAME = "Nettskjema-eksport – evaluering Realkompetansedagen 2090.csv"
MEMBER = None
FORMAT = ("CSV as downloaded from Nettskjema («Last ned svar» → CSV): comma-separated, every field quoted, UTF-8 "
          "without BOM, LF; the tool's columns $submission_id, $created, $answer_time_ms, then one column per "
          "question; written with Python's csv module")
SHAPE = ("NOT a member report: the participants' evaluation of the joint conference Realkompetansedagen 2090, 12 "
         "answers with role, organisation (LO, KS, NHO, a county, a fagskole …), a 1–5 score, the most useful "
         "session («Kompetanseløft i omsorg – erfaringer fra kommunene», «Karrierekompasset i praksis»), what to do "
         "differently next year and free comments that name councils and suggest measures; no truth rows")
NOT_TRUTH = ("everything (not a member report): the header, the submission ids and times, the roles, organisations, "
             "scores, sessions, suggestions and comments")
SPLIT_FIELDS = ()

HEAD = ["$submission_id", "$created", "$answer_time_ms", "Hvilken rolle har du?",
        "Hvilken organisasjon kommer du fra?", "Hvor fornøyd er du med dagen? (1–5)",
        "Hvilken sesjon var mest nyttig for deg?", "Hva bør vi gjøre annerledes neste år?", "Andre kommentarer"]
ANSWERS = [
    ("Rådgiver i voksenopplæringen", "Bergen kommune", "5", "Realkompetansevurdering i voksenopplæringen",
     "Mer tid til spørsmål etter innleggene.", "Veldig bra dag. Vi tar med oss malen for vurdering hjem."),
    ("Tillitsvalgt", "LO", "4", "Kompetanseløft i omsorg – erfaringer fra kommunene",
     "Flere eksempler fra privat sektor.", "Vi foreslår et eget kurs om realkompetanse for tillitsvalgte neste år."),
    ("Opptaksleder", "Universitetet i Agder", "4", "Opptak på grunnlag av realkompetanse i høyere utdanning",
     "Egen sesjon for opptakskontorene.", ""),
    ("Karriereveileder", "Karriere Innlandet", "5", "Karrierekompasset i praksis",
     "Lengre pauser.", "Karrierekompasset bør få en del for dem som har jobbet lenge i samme bedrift."),
    ("HR-leder", "NHO-bedrift (industri)", "3", "Bransjens erfaringer med dokumentasjon av kompetanse",
     "Mindre om regelverk, mer om praksis.", "Fint om Nasjonalt fagskoleråd kunne vært representert."),
    ("Seniorrådgiver", "KS", "4", "Kompetanseløft i omsorg – erfaringer fra kommunene",
     "Strømming for dem som ikke kan reise.", ""),
    ("Fagskolelærer", "Fagskolen Innlandet", "5", "Realkompetanse ved opptak til fagskole",
     "Ta med studenter som har fått opptak på realkompetanse.", "Godt arrangert!"),
    ("Rådgiver", "Troms og Finnmark fylkeskommune", "4", "Karrierekompasset i praksis",
     "Holde dagen i Nord-Norge neste gang.", "Vi vil gjerne lage et regionalt seminar om realkompetanse i 2091."),
    ("Leder", "Studieforbundet AOF Norge", "4", "Realkompetansevurdering i voksenopplæringen",
     "Mer om frivillig sektor.", ""),
    ("Student", "OsloMet", "3", "Opptak på grunnlag av realkompetanse i høyere utdanning",
     "Billigere deltakeravgift for studenter.", ""),
    ("Rådgiver", "Unio", "5", "Kompetanseløft i omsorg – erfaringer fra kommunene", "", "Nyttig og godt program."),
    ("Prosjektleder", "HK-dir", "4", "Karrierekompasset i praksis", "Mer tid til nettverksbygging.",
     "Takk til Kompetanseforbundet, UHR og Fagskolerådet for samarbeidet."),
]


def build(out) -> list[dict]:
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow(HEAD)
    for i, a in enumerate(ANSWERS):
        sid = 48213007 + i * 13
        created = f"2090-09-18 15:{17 + i * 3:02d}:{(i * 7) % 60:02d}"
        w.writerow([str(sid), created, str(95000 + i * 8123)] + list(a))
    (out / FILENAME).write_bytes(buf.getvalue().encode("utf-8"))
    return []


def text(path) -> str:
    return path.read_text(encoding="utf-8")
