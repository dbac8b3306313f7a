"""README.md for held-out round 71."""
from __future__ import annotations

from collections import Counter, OrderedDict
from pathlib import Path

from .common import COUNCILS, JOINT

TYPES_ORDER = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]

TRAPS = [
    ("LO", "LOs veiledernettverk for tillitsvalgte",
     "LO's own network of shop stewards who counsel colleagues, the row right after the NFK seat; «Nettverket er LOs "
     "eget og er ikke en del av Nasjonalt forum for karriereveiledning» (Nettverksarbeid → Råd/utvalg/nettverk, the "
     "same delmål 1.3)"),
    ("NHO", "Kompetansepulsen for reiseliv",
     "NHO Reiseliv's own survey that asked the joint survey's questions of 700 hospitality firms, the row right under "
     "J01 and named like it; «Undersøkelsen er NHO Reiselivs egen og er ikke en del av den felles Kompetansepulsen» "
     "(Kunnskapsgrunnlag → FoU, Område 2 / Delmål nr. 2 = 2.2 like J01)"),
    ("KS", "Kurs for kommunale representanter i yrkesopplæringsnemndene",
     "KS' own one-day course for the municipalities' members of the county vocational boards, under «2.3» after the "
     "SRY seat and the moved J02; «Kurset er KS' eget og er ikke en del av arbeidet i SRY» (Kurs → Kurs/utdanning, "
     "2.3)"),
    ("Unio", "Seminar om KBU-rapporten for forbundene",
     "Unio's own half-day seminar presenting the KBU report to the unions, the row right under the KBU seat; "
     "«Seminaret var Unios eget og ikke et møte i utvalget» (Seminar → Arrangement, the same goal 1.1)"),
    ("YS", "YS' fagskolepanel",
     "YS' own panel of members studying at fagskoler who brief YS' representative before the council's meetings, the "
     "row right after the FSR seat; «Panelet er YS' eget og er ikke en del av Nasjonalt fagskoleråd» (Panel → "
     "Råd/utvalg/nettverk, 2.4 like the seat's comment)"),
    ("Virke", "Virkes arbeidslivsråd for handelsutdanningene",
     "an advisory council Virke set up with three business schools, the row right after the RSA seat; «Rådet er "
     "Virkes eget og er ikke et av rådene for samarbeid med arbeidslivet (RSA)» (Nettverk → Råd/utvalg/nettverk, the "
     "same goal words = 1.4)"),
    ("Akademikerne", "KI-kortet for ledere",
     "Samfunnsøkonomene's own paid add-on for leaders who took the joint course, the row right under J05 and named "
     "like it; «Påbygget er Samfunnsøkonomenes eget og er ikke en del av KI-kortet» (Påbyggingskurs → "
     "Kurs/utdanning, the same delmål 2.1)"),
    ("Spekter", "Helse Nords rekrutteringskampanje for helsefagarbeidere",
     "a regional health trust's own campaign for the same trade, the section right after J02; «Kampanjen er Helse "
     "Nords egen og er ikke en del av Læreplassløftet» (kampanje → Informasjon, the same delmål 2.3)"),
    ("UHR", "Evaluering av RSA-ordningen",
     "NIFU's evaluation, for UHR, of how the RSA councils work – about the councils, not a seat in one – right after "
     "J06; «Evalueringen er UHRs egen og er ikke arbeid i noen av rådene» (Evaluering → FoU, 1.4)"),
    ("Vestland fylkeskommune", "Regionalt forum for karriererettleiing i Vestland",
     "the county's own forum for counsellors, modelled on NFK and named like it, the row right under the NFK seat; "
     "«Forumet er fylkeskommunen sitt eige og ikkje ein del av det nasjonale forumet» (Nettverk → "
     "Råd/utvalg/nettverk, the same goal words = 1.3)"),
]

NOTES = [
    "`truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, samarbeidspartnere, "
    "beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are written as the file states them "
    "(line breaks inside a cell or paragraph joined with a space); `samarbeidspartnere` is empty where the file names "
    "no partner («–», «Ingen», an empty cell or a control showing its placeholder text are not partners) and otherwise "
    "lists the partners comma-separated as the file names them (running text such as «i samarbeid med Universitets- "
    "og høgskolerådet og Fagskolerådet», «Samarbeid: Helsedirektoratet og Universitetet i Bergen» or «Se "
    "beskrivelsen» pointing to «Kurset er utviklet sammen med Akademikerne og Kompetanseforbundet» all become a plain "
    "list; VOFO's abbreviations stay abbreviations: «AOF, FU, K-stud»). Descriptions: Regjeringen's the paragraphs "
    "under the Heading 2 (the grey line left out); LO's «Kort om gjennomføringen i 2091»; NHO's «Status ved "
    "årsslutt»; KS' the paragraph between the bold name and the small line; Unio's «Hva er gjort i 2091»; YS's «Hva "
    "ble gjort»; Virke's «Beskrivelse»; Akademikerne's «Gjennomført i 2091», for the bullet the text after the colon "
    "up to «Ansvar:»; Spekter's the paragraph beside the fact box; VOFO's «Beskrivelse»; Vestland's «Kva vart gjort»; "
    "UHR's «Omtale»; Fagskolerådet's «Kort om tiltaket»; Kompetanseforbundet's the paragraphs under the Heading 2; "
    "Sametinget's the control «Hva ble gjort i 2091?».",
    "`seed_row`: M01–M06 = the shared councils (one id per council, the same for every member reporting a seat in "
    "it; the ids are assigned differently from earlier rounds), J01–J06 = joint measures reported by two or three "
    "members in their own words, U01.. = a member's own measure, numbered in file order.",
    "`ansvarlig` is what the file gives as responsible: the chapter heading for Regjeringen (the intro says so: "
    "«Ansvarlig departement går fram av kapitteloverskriften»), the «LO-ledd» cell, NHO's «Ansvarlig i NHO», KS' "
    "«Ansvar i KS», Unio's first column «Forbund» (also «Unio (sekretariatet)» as written), YS's «Ansvarlig forbund», "
    "Virke's «Ansvar hos Virke», Akademikerne's «Forening» (for the bullet «Ansvar: Den norske legeforening»), "
    "Spekter's «Eier» in the fact box, VOFO's «Ansvarlig», Vestland's «Ansvarleg», UHR's «Ansvar», Fagskolerådet's "
    "«Ansvarlig», Kompetanseforbundet's definition «Ansvarlig», Sametinget's control «Ansvarlig avdeling».",
    "`type` is the secretariat's reading of the member's own word: Representasjon / Nettverksarbeid / Oppnevnt "
    "representant / Medlemskap i forum / Deltakelse i råd / Plass i råd / Panel / Verv / Nettverk / Utvalgsplass / "
    "rådsarbeid / Forumplass / Partnarskap / Medlemskap / Utvalg / verv i råd and Sametinget's ticked box → "
    "Råd/utvalg/nettverk; Kunnskapsgrunnlag / Utredningsarbeid / analyse / Kartlegging / kartlegging / "
    "Spørreundersøkelse / Undersøkelse / undersøkelse / Statistikk / Evaluering → FoU; tilskudd til studietilbud / "
    "kurstilbod / opplæringsprogram / Opplæring / Kursprogram / Kurs / Videreutdanning / Nettkurs / nettkurs / "
    "Påbyggingskurs / opplæring / Opplæringstilbud / Opplæringstilbod / Studietilbud / Kompetanseheving → "
    "Kurs/utdanning; utviklingsprosjekt / Utviklingsarbeid / Modellutvikling / Prosjekt / prosjekt / Forsøk / Pilot / "
    "Bransjeprosjekt / Samarbeidsprosjekt / Pilotprosjekt → Prosjekt; digital tjeneste / Rekrutteringskampanje / "
    "kampanje / Informasjonstiltak / Nettportal / Portal / veiledning → Informasjon; Seminar / arena / Festival / Open "
    "dag / Felles dag / temadag → Arrangement. A seat in a council is always Råd/utvalg/nettverk. "
    "Kompetanseforbundet's «veiledning» (career talks for members over 50) is read as Informasjon, as the 2018 matrix "
    "reads a member organisation's career help for its members.",
    "Delmål given otherwise than as a plain code: Regjeringen in a grey closing line «Delmål i strategien: 1.1 | "
    "Virkemiddel: utvalg» (in the Nynorsk chapter «| Verkemiddel: kurstilbod»); LO as a code with a key word in "
    "brackets («2.3 (yrkesfag)»); NHO split over two number columns, Område and Delmål nr. (2 and 3 = 2.3), explained "
    "only on the sheet «Forklaringer»; KS by the Heading 2 above the measure («2.3 Fagopplæring og læreplasser»), and "
    "for the moved joint project by where the tracked move put it (2.3, not 1.4); Unio as a code with Unio's words "
    "(«2.6 – godkjenning av utenlandsk utdanning»); YS as the list value («2.2 – Kunnskapsgrunnlag») or, where the "
    "cell says «Se kommentar», in words in «Kommentar» («Fagskolene – etter- og videreutdanning som arbeidslivet "
    "trenger» = 2.4, «Hører best hjemme under delmålet om å dokumentere kompetanse fra arbeidslivet» = 2.5); Virke "
    "only as the strategy's words shortened («Kunnskap om læring i arbeidslivet» = 2.2, «Dokumentere kompetanse fra "
    "arbeidslivet» = 2.5, «Samarbeid utdanning–arbeidsliv» = 1.4, «Etter- og videreutdanning tilpasset "
    "virksomhetene» = 2.4), while the merged first column holds Virke's own priorities; Akademikerne as a plain code "
    "in the table and «(delmål 2.6, prosjekt)» in the bullet; Spekter «Delmål: 2.3» in the fact box; Vestland only "
    "in Nynorsk words («Karriererettleiing for alle» = 1.3, «Samarbeid mellom utdanningane og arbeidslivet» = 1.4, "
    "«Regionalt ansvar for kompetansepolitikken» = 1.2, «Vaksne utan fullført vidaregåande opplæring» = 3.1); "
    "Kompetanseforbundet as the definition under the term «Delmål» («2.4 Etter- og videreutdanning»); Sametinget as "
    "the drop-down's text («3.1 Fleksibel opplæring for voksne»).",
    "Reporting year, told only in words: Regjeringen «ble avviklet ved forrige årsskifte» (a lead paragraph) and "
    "«gjeld frå 1. januar neste år» (a Nynorsk lead paragraph); LO «lagt ned etter kullet i fjor sommer» and «holdes "
    "etter vinterferien neste år»; NHO «Prisen ble ikke delt ut i 2091. Neste utdeling … neste år»; KS «avsluttet før "
    "sommeren i fjor»; Unio «ble ikke arrangert i 2091; neste gang er til høsten neste år»; YS «lagt ned ved "
    "utgangen av fjoråret» and the comment «ikke aktivt i 2091»; Virke «avsluttet forrige vinter»; Akademikerne "
    "«Utsatt – dagen holdes først i mars neste år»; Spekter «faset ut ved forrige årsskifte»; VOFO «flyttet og "
    "holdes først i april neste år»; Vestland «Messa vart ikkje halden i 2091. Neste messe er til hausten neste år»; "
    "UHR the status «Utsatt til neste år»; Fagskolerådet a sheet of its own «Avsluttet og planlagt» («Ikke holdt i "
    "2091 – neste konferanse er neste høst», «Planlagt – starter opp i februar neste år»); Kompetanseforbundet a "
    "Heading 1 «Nytt neste år» («startes opp først til høsten neste år»); Sametinget «avsluttet i fjor vår».",
    "Containers and hidden places: KS' DOCX carries a tracked move (w:moveFrom/w:moveTo with named ranges, the "
    "paragraph marks moved too) of the joint project from «1.4» to «2.3» and a review comment on it – read with the "
    "changes accepted the project stands once, under 2.3 (verify checks both ranges and that the moved paragraphs "
    "match); Akademikerne's file is Word's «Webside, filtrert» (windows-1252, Generator «Microsoft Word 15 "
    "(filtered)», Symbol-font «·» bullets in MsoListParagraphCxSp* paragraphs; verify checks these and that there is "
    "no ul/li); Spekter's ODT puts each measure's facts in a text frame anchored to the description paragraph, whose "
    "XML stands before the paragraph's words (verify checks one frame per measure); Kompetanseforbundet's DOCX was "
    "made by pandoc (verify checks the Definition Term / Definition styles and the Title block); Sametinget's DOCX "
    "is a content-control form with a repeating section (verify checks one repeatingSectionItem per block plus the "
    "empty one, six w14:checkbox per block, exactly one ticked in each filled block and the drop-down values); "
    "Virke's and Unio's PDFs come from Calc and Writer (verify checks the Creator); Regjeringen's third of the text is "
    "Nynorsk.",
]


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def write_readme(out: Path, per_file, rows) -> None:
    lines = ["# Held-out round 71 – reporting year 2091", "",
             "Regenerate with `python -m samples.holdout71_generator` (writes `samples/holdout71`); check with "
             "`python -m samples.holdout71_generator.verify`. The build is deterministic (fixed dates, metadata, ids "
             "and zip timestamps; LibreOffice exports from Writer and Calc with dates and /ID fixed, pandoc run with "
             "SOURCE_DATE_EPOCH), so a rebuild gives byte-identical files; `verify` rebuilds into a temporary folder "
             "and compares.", "",
             "Every report covers the measures of 2091. Items that a file marks as finished last year (2090) or "
             "planned for next year (2092) are not truth rows (see Notes for each file); as in an ordinary inbox, "
             "this is said in words inside the text («ved forrige årsskifte», «i fjor vår», «etter vinterferien neste "
             "år», «til hausten neste år», «Utsatt til neste år») rather than in a year column. Ten of the fifteen "
             "reports are ordinary Word, Excel and PDF reports whose difficulty is in the details a member brings: "
             "own column names and kind words, the delmål split over two number columns, given in a comment column "
             "or only as a paraphrase (also in Nynorsk), the responsible in the first column or only in a chapter "
             "heading, a ministry report in two written standards, abbreviated partners with a key, a status column, "
             "a second sheet for other years. The other five are containers not used before: a DOCX with a tracked "
             "move, Word's filtered web page (.htm), an ODT with fact-box frames, a pandoc-made DOCX with definition "
             "lists, and a content-control form with a repeating section and check boxes; the sixteenth file is the "
             "secretariat's presentation of new council members.", "",
             "| # | File | Member | Format / how made | Shape | Truth rows |",
             "|---|------|--------|-------------------|-------|-----------:|"]
    for i, (mod, rs) in enumerate(per_file, 1):
        member = mod.MEMBER or "— (not a member report)"
        lines.append(f"| {i} | `{mod.FILENAME}` | {member} | {_esc(mod.FORMAT)} | {_esc(mod.SHAPE)} | {len(rs)} |")
    members = [m.MEMBER for m, _ in per_file if m.MEMBER]
    seeds = Counter(r["seed_row"] for r in rows)
    m_ids = sorted(k for k in seeds if k.startswith("M"))
    j_ids = sorted(k for k in seeds if k.startswith("J"))
    u = [r for r in rows if r["seed_row"].startswith("U")]
    types = Counter(r["type"] for r in rows)
    dm = Counter(r["delmal"] for r in rows)
    n_other = len(per_file) - len(members)
    lines += ["", "## Counts", "",
              f"- Files: {len(per_file)} ({len(members)} member reports from {len(set(members))} different members, "
              f"{n_other} document{'s' if n_other != 1 else ''} that {'are' if n_other != 1 else 'is'} not a member "
              f"report)",
              f"- Truth rows: {len(rows)}",
              f"- Shared-council seats (M): {sum(seeds[k] for k in m_ids)} rows in {len(m_ids)} councils ("
              + ", ".join(f"{k}×{seeds[k]}" for k in m_ids) + ")",
              f"- Joint measures (J): {sum(seeds[k] for k in j_ids)} rows in {len(j_ids)} measures ("
              + ", ".join(f"{k}×{seeds[k]}" for k in j_ids) + ")",
              f"- Single-member measures (U): {len(u)} rows, of them {len(TRAPS)} traps (see Notes)",
              "- Types: " + ", ".join(f"{t} {types[t]}" for t in TYPES_ORDER),
              "- Delmål: " + ", ".join(f"{k} {dm[k]}" for k in sorted(dm, key=lambda c: tuple(map(int, c.split("."))))),
              "", "Council ids: " + ", ".join(f"{k} = {v}" for k, v in COUNCILS.items())
              + " (NFK = Nasjonalt forum for karriereveiledning; SRY = Samarbeidsrådet for yrkesopplæring and its "
                "faglige råd; KBU = Kompetansebehovsutvalget; RSA = Råd for samarbeid med arbeidslivet, one per "
                "university or college; FSR = Nasjonalt fagskoleråd; UHR-FSE = UHR's fagstrategiske enheter and "
                "their councils and committees, such as UHR-Helse og velferd, UHR-MNT and UHR-Lærerutdanning).",
              "", "Joint measure ids: " + "; ".join(f"{k} = {v}" for k, v in JOINT.items()) + ".", "",
              "Shared councils as each member names them:", ""]
    for k in m_ids:
        names = OrderedDict()
        for r in rows:
            if r["seed_row"] == k:
                names[r["member"]] = r["tiltak"]
        lines.append(f"- {k} ({COUNCILS[k]}) – " + "; ".join(f"{m}: «{n}»" for m, n in names.items()))
    lines += ["", "Joint measures as each member names them:", ""]
    for k in j_ids:
        names = OrderedDict()
        for r in rows:
            if r["seed_row"] == k:
                names[r["member"]] = r["tiltak"]
        lines.append(f"- {k} – " + "; ".join(f"{m}: «{n}»" for m, n in names.items()))
    lines += ["", "## Notes", ""]
    lines += [f"- {n}" for n in NOTES]
    lines.append("- Traps (U rows about a council or a joint measure, or modelled on one, that are not a seat in it "
                 "or the same measure):")
    lines += [f"  - {m}: {t} ({why})" for m, t, why in TRAPS]
    lines.append("- Not truth rows, per file:")
    for mod, _rs in per_file:
        lines.append(f"  - `{mod.FILENAME}`: {mod.NOT_TRUTH}")
    lines.append("- The presentation of new members is the secretariat's own document about three people appointed "
                 "from 2092. Its biographies name a KBU secretariat, a faglig råd, an RSA, the UHR-MNT council and "
                 "NFK, and two measures of 2091 (KI-kortet, Kompetanseforum Vestland), some with «i 2091», but it "
                 "reports nothing for any member and has no rows; Akademikerne's, LO's and Vestland's own reports "
                 "(files 8, 2 and 11) are the ones that report those measures.")
    lines.append("- The sixteen files: five PDFs exported by LibreOffice (three from DOCX by Writer, one from a "
                 "hand-written ODT by Writer, one from an XLSX by Calc), five DOCX (two ordinary ones from "
                 "python-docx, one with a tracked move, one made by pandoc, one content-control form written by hand), "
                 "one ODT with text frames, one Word filtered web page (.htm) and four XLSX.")
    lines.append("- `.tiltakignore` keeps `truth.csv` and this README out of a run.")
    (out / "README.md").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
