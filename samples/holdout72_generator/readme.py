"""README.md for held-out round 72."""
from __future__ import annotations

from collections import Counter, OrderedDict
from pathlib import Path

from .common import COUNCILS, JOINT

TYPES_ORDER = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]

TRAPS = [
    ("Regjeringen", "Evaluering av Kompetansebehovsutvalget",
     "the ministry's own evaluation of how KBU's analyses are used, the row right under the KBU seat; «Evalueringen er "
     "departementets eget oppdrag og ikke en del av utvalgets arbeid» – about the council, not a seat in it "
     "(Evalueringsoppdrag → FoU, IO 1 / DM 1 = 1.1)"),
    ("LO", "Vervekampanje for Fagbrev på deltid i Vestland",
     "LO Vestland's own recruiting campaign for the joint project, the row right under J01 and named after it; "
     "«Kampanjen var LO i Vestlands eget tiltak og er ikke en del av fellesprosjektet» – a regional version "
     "(Kampanje → Informasjon, the same goal words as J01 = 2.5)"),
    ("NHO", "Bedriftenes syn på de faglige rådene – kartlegging",
     "NHO's own survey of 600 apprentice firms about the faglige råd, the row right under the SRY seats; "
     "«Kartleggingen er NHOs egen og er ikke en del av rådenes arbeid» – about the councils (Kartlegging → FoU, "
     "2.3)"),
    ("KS", "Fagbrev på deltid, fase 2: helsesekretærer",
     "a new phase of J01 that KS runs alone, the row right under J01; «Fasen er ikke en del av fellesprosjektet» "
     "(Utviklingsarbeid → Prosjekt, the same delmål 2.5)"),
    ("YS", "YS Arbeidslivsbarometer 2092",
     "YS's own yearly survey named like the joint survey J03 (which YS does not report); «Barometeret er YS' egen "
     "undersøkelse og er ikke det samme som Læringsbarometeret» (undersøkelse → FoU, 2.2 as J03)"),
    ("Virke", "Frokostseminar om fagskolerådets årsrapport",
     "Virke's own seminar on Nasjonalt fagskoleråd's annual report, three rows under the FSR seat and right under "
     "J04; «Seminaret var Virkes eget og ikke en del av rådets arbeid» (Arrangement, 1.4)"),
    ("Akademikerne", "Samfunnsøkonomenes kontaktforum med NHH",
     "an association's own forum with a business school, right under the RSA and UHR-FSE seats; «Forumet er "
     "foreningens eget og er ikke et råd for samarbeid med arbeidslivet (RSA)» (Kontaktforum → Råd/utvalg/nettverk, "
     "1.4)"),
    ("Spekter", "Læringsbarometeret – tilleggsundersøkelse i helseforetakene",
     "Spekter's own extra sample of 1 100 hospital managers, the row right under J03 and named after it; "
     "«Tilleggsundersøkelsen er Spekters egen og er ikke en del av Læringsbarometeret» (Undersøkelse → FoU, 2.2)"),
    ("VOFO", "NPA for sesongarbeidere i landbruket",
     "a study association's own pilot named after the joint scheme J06 (whose acronym it carries); «Opplegget er "
     "ikke en del av NPA-ordningen» (pilot → Prosjekt, the same goal words as J06 = 3.4)"),
    ("Vestland fylkeskommune", "Fagskulerådet i Vestland",
     "the county's own regional fagskule council, the row right under J01 and three rows under the FSR seat; «Rådet er "
     "fylkeskommunen sitt eige og ikkje ein del av Nasjonalt fagskuleråd» – a regional version (Regionalt råd → "
     "Råd/utvalg/nettverk, «Regionalt ansvar for kompetansepolitikken» = 1.2)"),
    ("UHR", "Kartlegging av RSA-ordningen",
     "UHR's own survey of how the RSA councils work at 21 institutions, inside the embedded PDF right under the "
     "UHR-FSE seat; «Kartleggingen er UHRs egen og er ikke en del av rådenes arbeid» – about the councils "
     "(Utredning → FoU, DM 1.4)"),
    ("Sametinget", "Nettverk for karriereveiledere i samiske kommuner",
     "Sametinget's own network of counsellors in 14 municipalities, right under the NFK seat and J05; «Nettverket er "
     "Sametingets eget og er ikke en del av Nasjonalt forum for karriereveiledning» (fierpmádat (nettverk) → "
     "Råd/utvalg/nettverk, 1.3)"),
]

NOTES = [
    "`truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, samarbeidspartnere, "
    "beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are written as the file states them "
    "(line breaks inside a cell or paragraph joined with a space); `samarbeidspartnere` is empty where the file names "
    "no partner («–» and empty cells are not partners) and otherwise lists the partners comma-separated as the file "
    "names them: running text and bullet lines become a plain list («bl.a. Virke og Spekter, med Fafo som utfører» → "
    "«Virke, Spekter, Fafo»; «KS og Vestland fylkeskommune» → «KS, Vestland fylkeskommune»; «• NHO / • Spekter / • "
    "Fafo» → «NHO, Spekter, Fafo»; «Innlandet fylkeskommune og LO Innlandet m.fl.» → «Innlandet fylkeskommune, LO "
    "Innlandet»; Regjeringen's «HK-dir (sekretariat)» → «HK-dir»). Where a cell says «sjå skildringa» (Vestland) the "
    "partners are the ones the description names. VOFO names partners only in its sentences («… sammen med HK-dir og "
    "NHO»). Descriptions: Regjeringen «Status og resultater 2092»; LO «Kort om 2092» in the forwarded message's HTML "
    "table; NHO «Hva er gjort» (not the Merknad); Unio «Omtale»; KS «Hva skjedde i 2092»; YS the paragraph between "
    "the bold name and the grey line; Virke «Kort om aktiviteten i 2092»; Akademikerne «Beskrivelse»; Spekter "
    "«Beskrivelse»; VOFO the text after the bold run-in name up to the «(Strategien: …)» bracket; Vestland "
    "«Skildring»; UHR «Omtale» in the embedded PDF; Fagskolerådet «Nærmere om»; Kompetanseforbundet the second "
    "paragraph of the first cell; Sametinget «Hva ble gjort».",
    "`seed_row`: M01–M06 = the shared councils (one id per council, the same for every member reporting a seat in "
    "it; the ids are assigned differently from earlier rounds), J01–J06 = joint measures reported by two or three "
    "members in their own words, U01.. = a member's own measure, numbered in file order.",
    "`type` is the secretariat's reading of the member's own word: Utvalg oppnevnt i statsråd / Rådsarbeid / "
    "Rådsplasser / Rådsmedlemskap / Kommunenettverk / rådsplass / Deltakelse i råd / Rådsplass / Kontaktforum / Råd "
    "/ Utvalg / forumsarbeid / Forum / Regionalt råd / Nettverk / Forumarbeid / fierpmádat (nettverk) and Unio's "
    "band «Representasjon» → Råd/utvalg/nettverk; Evalueringsoppdrag / Forskningsprogram / Medlemsundersøkelse / "
    "Kartlegging / Undersøkelse / undersøkelse / Rapport / kartlegging / Analyse / Utredning and Unio's band "
    "«Kunnskap og analyse» → FoU; Tilskudd til opplæring (the NPA scheme) / Kurs / kurs / Opplæringspakke / "
    "Lederutvikling / sertifiseringsordning / Webinarrekke / opplæring / studiesirkel / Opplæringstilbod / oahpahus "
    "(kurs) and Unio's band «Kompetanseheving» → Kurs/utdanning; Forsøksordning / Samarbeidsprosjekt / "
    "Prosjektsatsing / Fellesprosjekt / Utviklingsarbeid / Bransjeprogram / Mentorprogram / Prosjekt / pilot / "
    "prošeakta (prosjekt) → Prosjekt; Digital tjeneste / Søknadsløsning / Kampanje / Veileder på nett / "
    "veiledningstilbud / Veiledning / Veiledningstjeneste / diehtojuohkin (informasjon) → Informasjon; arrangement / "
    "Arrangement / Karrierearrangement / Fagdag → Arrangement. A seat in a council is always Råd/utvalg/nettverk. "
    "The NPA scheme is a grant for training («Tilskudd til opplæring» at Regjeringen, «opplæring» at VOFO) and is "
    "typed Kurs/utdanning for both.",
    "Delmål given otherwise than as a plain code: Regjeringen «IO 2 / DM 6» (hovedinnsatsområde / delmål, explained "
    "only in the note under the table); LO the paraphrase with the code in brackets («Dokumentere kompetanse fra "
    "jobben (2.5)»); Unio a paraphrase, with the code in brackets for some rows only («Kunnskap om framtidas "
    "kompetansebehov» = 1.1, «Mer kunnskap om læring i arbeidslivet» = 2.2); YS only in the grey line's «I "
    "strategien:» («flere velger yrkesfag og får læreplass» = 2.3, «digital kompetanse i hele arbeidsstyrken» = 2.1, "
    "«karriereveiledning for voksne i jobb» = 1.3, «samarbeid mellom fagskolene og arbeidslivet» = 1.4, «mer kunnskap "
    "om læring i arbeidslivet» = 2.2, «videreutdanning som bransjene etterspør» = 2.4); Virke «DM 2.2»; Akademikerne "
    "«Delmål 1.4»; Spekter a plain code, one of them («2.2» for 'Kompetanseplan for spesialsykepleiere') corrected "
    "to 2.4 by the reviewer's highlight note; VOFO only in the closing bracket («karriereveiledning for alle» = 1.3, "
    "«bedre norskopplæring for innvandrere» = 3.4, «flere finner læringslyst gjennom frivillig sektor» = 3.6, "
    "«digital kompetanse i hele befolkningen» = 2.1, «læringsmotivasjon gjennom opplæring i frivillig sektor» = "
    "3.6); Vestland only in Nynorsk words («Samarbeid mellom utdanning og arbeidsliv» = 1.4, «Karriererettleiing» = "
    "1.3, «Dokumentasjon av kompetanse frå arbeidslivet» = 2.5, «Regionalt ansvar for kompetansepolitikken» = 1.2, "
    "«Fleksibel opplæring for vaksne» = 3.1, «Kunnskap om kompetansebehov, også regionalt» = 1.1); UHR «DM 1.4»; "
    "Fagskolerådet «Delmål: 1.4» in the Fakta cell; Kompetanseforbundet «1.3 Karriereveiledning»; Sametinget only "
    "in its own words («Karriereveiledning med samisk perspektiv» = 1.3, «Flere velger yrkesfag i samiske næringer» "
    "= 2.3, «Etter- og videreutdanning i samiske samfunn» = 2.4).",
    "Reporting year, told only in words: Regjeringen «Ordningen ble avviklet fra 1. januar 2092. De siste "
    "prosjektene ble sluttrapportert i fjor» and «Lovforslaget sendes på høring våren 2093»; LO «Kurset lanseres "
    "etter påske neste år»; NHO only in the Merknad «Utsatt til våren 2093 pga. for få påmeldte» (while «Videreført "
    "fra i fjor» is a 2092 measure); Unio «Kurset gikk siste gang høsten 2091 og er ikke videreført»; KS «Kurset ble "
    "avviklet ved utgangen av 2091» (Status «Avviklet»); YS «Konferansen holdes hvert annet år og ble sist arrangert "
    "i 2091»; Virke by the second sheet's name «Avsluttet i fjor»; Akademikerne «Det ble ikke holdt kurs i 2092. "
    "Neste kurs er satt opp i mars 2093»; Spekter by the reviewer's strike-out note «Tas ut – kurset ble holdt i "
    "2091, ikke i år»; VOFO «Samlingen ble holdt i desember i fjor»; Vestland «Messa er flytta til hausten 2093» "
    "(while «Vidareført frå i fjor» is a 2092 measure); UHR «Opptaket starter først høsten 2093»; Fagskolerådet "
    "«Konferansen arrangeres annethvert år. Neste gang er i oktober 2093»; Kompetanseforbundet by a hidden section "
    "«Tiltak i 2091 – skjult, til intern sammenligning»; Sametinget «Messa holdes hvert tredje år og ble sist holdt "
    "i 2090».",
    "Containers and hidden places: LO's e-mail is only a note; the report is the attached message/rfc822 "
    "(«Videresend som vedlegg»), read from its HTML part (its text/plain alternative repeats the rows tab-separated; "
    "verify checks the parts and that the note names no measure). Akademikerne's ZIP is a Finder archive: names in "
    "UTF-8 NFD without the UTF-8 flag (a reader that follows the flag sees «ra╠èd»), __MACOSX/._… AppleDouble files "
    "(binary, with «.docx» in their names) and a .DS_Store that are not reports; verify checks all three. Spekter's "
    "PDF carries markup annotations in an incremental update (StrikeOut, two Highlights, a sticky note, each with a "
    "popup; the printed page is unchanged, so the struck row and the old code are still in the text layer); the truth "
    "follows the notes: the struck row is left out and the highlighted code is read as the note's 2.4; the confirming "
    "note changes nothing. UHR's letter names no measure; the report is a PDF inside an OLE Package "
    "(word/embeddings/oleObject1.bin, Ole10Native), shown as an icon; verify extracts it with olefile. "
    "Kompetanseforbundet's hidden section (text:display=\"none\") neither shows nor prints; verify checks that last "
    "year's measures are only there. KS's PDF is a Calc export (verify checks the Creator); Regjeringen's table "
    "repeats its header row on page 2 and one row (NPA) is split across the page break.",
    "Responsible and partners: Regjeringen – «Ansv. dep.» (KD, AID) / «Involverte»; LO – «Hvem i LO» / «Med hvem»; "
    "NHO – the first column «Landsforening / region» / «Partnere»; Unio – «Ansvarlig forbund» / «Samarbeid»; KS – "
    "«Eier i KS» / «Partnere»; YS – the union in the left column / «Med:» in the grey line; Virke – «Ansvarlig hos "
    "Virke» / «Andre med» (bullet lines); Akademikerne – «Forening» / «Samarbeidspartnere»; Spekter – «Ansvar» / "
    "«Med»; VOFO – the heading above the paragraph / the partners in the sentences; Vestland – «Ansvarleg» / "
    "«Partnarar» (or the description where it says «sjå skildringa»); UHR – «Ansvarlig» / «Samarbeid»; "
    "Fagskolerådet – «Ansvar:» / «Sammen med:» in the Fakta cell; Kompetanseforbundet – «Ansvar: …» in the third "
    "cell / «Partnere»; Sametinget – «Ansvarlig avdeling» / «Samarbeid».",
]

DOUBTS = [
    "Doubts a reviewer may weigh: (1) Spekter's correction lives only in an annotation; a clerk who reads the PDF in "
    "a viewer sees the highlight and its note and would type 2.4 – a reader of the text layer alone sees 2.2. (2) The "
    "ministry's «Tilskudd til opplæring» is budget language for a grant; the clerk types the scheme NPA as training "
    "(Kurs/utdanning), as VOFO's «opplæring» says. (3) YS' «veiledningstilbud» and Kompetanseforbundet's "
    "«Veiledningstjeneste» are read as Informasjon (a service to the public), as in earlier rounds. (4) "
    "«Kartlegging av RSA-ordningen» (UHR) and «Evaluering av Kompetansebehovsutvalget» (Regjeringen) are about a "
    "council, not seats; «UHR-EVU» (UHR) is a network of UHR, not one of UHR's fagstrategiske enheter, and is a "
    "single-member measure. (5) Akademikerne's archive leaves out the extended-timestamp field macOS writes, since a "
    "2093 time does not fit its signed 32-bit field; the DOS times are set.",
    "LibreOffice exports (Regjeringen, KS, Spekter's base, VOFO, Fagskolerådet and UHR's embedded PDF) are converted "
    "until one result has been seen twice and then get fixed dates, /ID and /DocChecksum, so the rebuild is byte "
    "for byte; no file is excused from the comparison.",
]


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def write_readme(out: Path, per_file, rows) -> None:
    lines = ["# Held-out round 72 – reporting year 2092", "",
             "Regenerate with `python -m samples.holdout72_generator` (writes `samples/holdout72`); check with "
             "`python -m samples.holdout72_generator.verify`. The build is deterministic (fixed dates, metadata, ids, "
             "boundaries and zip timestamps; LibreOffice exports from Writer and Calc with dates and /ID fixed), so a "
             "rebuild gives byte-identical files; `verify` rebuilds into a temporary folder and compares.", "",
             "Every report covers the measures of 2092. Items that a file places in 2091 or earlier or in 2093 are "
             "not truth rows (see Notes for each file); this is said in words inside the text («i fjor», «neste år», "
             "«hvert annet år … sist i 2091», «flytta til hausten 2093»), by a sheet's name («Avsluttet i fjor»), by a "
             "reviewer's note on the PDF or by a hidden section, never by a year column. Ten of the fifteen reports "
             "are ordinary Word, Excel and PDF reports whose difficulty is in the details: column names and kind "
             "words nobody used before (the ministry's budget language, KS's project numbers, North Sámi kind words, "
             "kinds given only by band rows), the delmål as «IO 2 / DM 6», as a paraphrase (also in Nynorsk) or only "
             "in a closing bracket, the responsible as a heading or a merged left column, partners in running text, "
             "as bullet lines in a cell or «sjå skildringa». The other five are containers not used before: an "
             "e-mail whose report is a forwarded message/rfc822 attachment, a macOS Finder ZIP (NFD names, "
             "__MACOSX AppleDouble files), a PDF with a reviewer's markup annotations (strike-out, highlights with "
             "notes), a Word letter whose report is a PDF inside an OLE Package object, and an ODT with a hidden "
             "section; the sixteenth file is a member's input to the council's work programme.", "",
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
              + " (KBU = Kompetansebehovsutvalget; NFK = Nasjonalt forum for karriereveiledning; SRY = "
                "Samarbeidsrådet for yrkesopplæring and its faglige råd; UHR-FSE = UHR's fagstrategiske enheter, such "
                "as UHR-Lærerutdanning, UHR-MNT and UHR-Helse og velferd; FSR = Nasjonalt fagskoleråd; RSA = Råd for "
                "samarbeid med arbeidslivet, one per university or college).",
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
    lines.append("- The input to the work programme is a letter from YS (a member) sent the same week as the reports. "
                 "Its table names DigiTV, KBU's report, Fagskoleuka and the faglige råd, and it refers to 2092, but "
                 "it proposes what the council should take up and reports no measure; it has no rows. YS's own report "
                 "is file 6.")
    lines += [f"- {n}" for n in DOUBTS]
    lines.append("- The sixteen files: five PDFs exported by LibreOffice (three from DOCX – one of them then "
                 "annotated –, one from a hand-written ODT by Writer, one from an XLSX by Calc), five DOCX (one with "
                 "an embedded PDF package, one the work-programme input), three XLSX, one ODT with a hidden section, "
                 "one e-mail and one ZIP holding a DOCX.")
    lines.append("- `.tiltakignore` keeps `truth.csv` and this README out of a run.")
    (out / "README.md").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
