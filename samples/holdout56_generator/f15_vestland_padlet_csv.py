"""Vestland fylkeskommune: the staff collected the county's measures on a Padlet wall (one column per goal) at a
workshop and exported the wall as CSV. Padlet's export has one row per post; the post body is the HTML that the
rich-text editor stores."""
from __future__ import annotations

import csv
import io

from .common import ARR, INFO, KURS, PROSJEKT, RAD, html_text, row

FILENAME = "padlet-kompetansetiltak-vestland-2076.csv"
MEMBER = "Vestland fylkeskommune"
FORMAT = ("CSV as exported from Padlet ('Del → Eksporter → CSV'): comma-separated, UTF-8 with BOM, LF, quoted "
          "fields, columns Subject / Body / Attachment / Author / Created At / Updated At / Section / Comments; the "
          "Body is the post's HTML (p, strong, ul/li); written with the csv module")
SHAPE = ("Nynorsk workshop wall: sections (columns of the wall) named after the delmål – code+words, Nynorsk words "
         "only, or code only – plus 'Om tavla', 'Ferdig i 2075' and 'Planar for 2077'; each post is one measure "
         "(Subject = name) whose HTML body has bold labels 'Type:' (the county's Nynorsk words; missing once), "
         "'Ansvarleg:', 'Partnarar:' and a description paragraph; the delmål only through the Section column; "
         "comments are in a column of their own")
NOT_TRUTH = ("the header, the welcome post in 'Om tavla', the post 'Lærlingløftet i Sunnfjord' (section 'Ferdig i "
             "2075'), the post 'Ny regional kompetansestrategi' (section 'Planar for 2077'), the Comments column, "
             "authors, timestamps and attachment links")

HEADER = ["Subject", "Body", "Attachment", "Author", "Created At", "Updated At", "Section", "Comments"]
S14 = "1.4 Samarbeid mellom utdanning og arbeidsliv"
S24 = "Kople kompetansebehov i verksemdene til utdanningstilbod"
S23 = "Synleggjere karrieremoglegheitene i yrkesfaga"
S12 = "Regionalt kompetansesamarbeid"
S13 = "1.3"

# section, subject, type, ansvar, partnarar, desc, comment, truth
POSTS = [
    ("Om tavla", "Velkomen til tavla!", None, "", "",
     "Skriv eitt innlegg per tiltak i riktig kolonne. Hugs type, ansvarleg og partnarar.", "", None),
    (S12, "Kompetanseforum Vestland", "forum", "Seksjon for kompetanse", "NHO Vestland, LO i Vestland, NAV Vestland",
     "Forumet samla partane, NAV og utdanningsinstitusjonane fire gonger for å bli samde om prioriterte "
     "kompetansebehov i fylket.", "", (None, "1.2", RAD)),
    (S13, "Karriererettleiing på arbeidsplassen – pilot", None, "Karriere Vestland", "fem verksemder i Sogn",
     "Rettleiarar frå karrieresenteret heldt samtalar med tilsette på arbeidsplassen; 140 tok imot tilbodet.",
     "Lars: type = pilot/prosjekt?", (None, "1.3", PROSJEKT)),
    (S14, "Fylkeskommunen i Rådet for samarbeid med arbeidslivet ved HVL", "råd", "Seksjon for kompetanse", "",
     "Fylkeskommunen har ein plass i RSA ved Høgskulen på Vestlandet og tok i 2076 opp behovet for fleire "
     "studieplassar i sjukepleie i distrikta.", "", ("M03", "1.4", RAD)),
    (S14, "Vestland i Nasjonalt fagskuleråd", "råd", "Fylkesdirektør for opplæring", "",
     "Fylkesdirektøren sit i rådet som ein av representantane for fylkeskommunane; rådet hadde fire møte.", "",
     ("M05", "1.4", RAD)),
    (S14, "Rapport til Nasjonalt fagskuleråd om fagskuletilbodet i Vestland", "rapport", "Fagskulen Vestland", "",
     "Ei oversikt over tilbod, søkjartal og ventelister som vart send rådet som grunnlag for arbeidet med "
     "fagskulefinansieringa.", "Ingrid: er dette eit eige tiltak? Ja, ta med.", (None, "1.4", INFO)),
    (S24, "Grøn fagarbeidar – etterutdanning i Vestland", "kurs", "Fagskulen Vestland",
     "NHO Elektro, El og IT Forbundet",
     "Modular om solkraft, batteri og varmepumper for elektrikarar og røyrleggjarar i arbeid; 210 fullførte.", "",
     ("J01", "2.4", KURS)),
    (S23, "Yrkesfagveka 2076", "arrangement", "Seksjon for fagopplæring", "NHO Vestland, opplæringskontora",
     "Ei veke med opne verkstader på skular og i lærebedrifter for elevar i ungdomsskulen.", "",
     ("J03", "2.3", ARR)),
    ("Ferdig i 2075", "Lærlingløftet i Sunnfjord", "prosjekt", "Seksjon for fagopplæring", "",
     "Avslutta i desember 2075.", "", None),
    ("Planar for 2077", "Ny regional kompetansestrategi", "plan", "Seksjon for kompetanse", "",
     "Arbeidet startar i 2077.", "", None),
]


def _body(typ, ansv, part, desc) -> str:
    b = []
    if typ:
        b.append(f"<p><strong>Type:</strong> {typ}</p>")
    if ansv:
        b.append(f"<p><strong>Ansvarleg:</strong> {ansv}</p>")
    if part:
        b.append(f"<p><strong>Partnarar:</strong> {part}</p>")
    b.append(f"<p>{desc}</p>")
    return "".join(b)


def build(out) -> list[dict]:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_ALL)
    w.writerow(HEADER)
    rows = []
    for i, (sec, subj, typ, ansv, part, desc, comment, truth) in enumerate(POSTS):
        ts = f"2076-11-{14 + i // 4:02d} {10 + i % 3}:{(i * 13) % 60:02d}:00 UTC"
        w.writerow([subj, _body(typ, ansv, part, desc),
                    "" if i != 6 else "https://padlet-uploads.storage.googleapis.com/1187/gronn_fagarbeidar.pdf",
                    ["Ingrid Bøe", "Lars Nes"][i % 2], ts, ts, sec, comment])
        if truth:
            rows.append(row(FILENAME, MEMBER, subj, truth[0], truth[1], truth[2], ansv, part, desc))
    (out / FILENAME).write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return rows


def text(path) -> str:
    import csv as _csv
    out = []
    for r in _csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")):
        out.append("\t".join(html_text(c) if c.startswith("<") else c for c in r))
    return "\n".join(out)
