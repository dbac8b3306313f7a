"""Kompetanseforbundet: a Writer document (hand-written ODT) sent with «Spor endringer» still on. The leader went
through the draft and her changes are stored as ODF tracked changes (text:tracked-changes with changed-regions): a
whole measure deleted (its paragraphs kept inside text:deletion, with a comment «Tas ut – kurset starter først neste
år»), a new measure inserted (text:change-start/end around two paragraphs), a partner deleted from one measure's
line and a number replaced in another description. The truth is the text with every change accepted: the deleted
measure is no row and the deleted partner is no partner; the inserted measure is a row (and the round's trap: the
member's own course for counsellors on how to use the joint service). Each measure is a bold name, a description and
a small line «Delmål 1.3 · rådsarbeid · Ansvar: … · Med: …»."""
from __future__ import annotations

from .common import INFO, KURS, RAD, Odt, odf_meta, odt_text, row, write_odf, xml_esc

FILENAME = "Kompetanseforbundet – rapport KPR 2085 v3.odt"
MEMBER = "Kompetanseforbundet"
FORMAT = ("ODT (hand-written OpenDocument XML: content, styles, meta, manifest; zip with fixed timestamps) with "
          "tracked changes left in: text:tracked-changes holding two deletions, two insertions and a comment "
          "(office:annotation)")
SHAPE = ("short report sent with «Spor endringer» on: per measure a bold name, a description and a small line "
         "«Delmål x.y · kind · Ansvar: … · Med: …»; the leader's tracked changes: a whole measure deleted (kept inside "
         "text:deletion, with the comment «Tas ut – kurset starter først neste år»), a new measure inserted (two "
         "paragraphs between text:change-start and text:change-end), a partner deleted from a «Med:» line and a "
         "number replaced in a description; the truth reads the text with every change accepted")
NOT_TRUTH = ("the title, intro and signature, the small lines' labels, Delmål and kind values, the deleted measure "
             "'Seniorkurset «Ny i jobb etter 60»' (starts next year; only inside the tracked deletion), the deleted "
             "partner «Karriere Innlandet», the replaced number «2 900», the comment")
SPLIT_FIELDS = ("samarbeidspartnere",)

WHO, WHEN = "Eva Marie Lund", "2086-01-13T14:22:00"
INFO_ = f"<office:change-info><dc:creator>{WHO}</dc:creator><dc:date>{WHEN}</dc:date></office:change-info>"

# name, description (a tuple: text before, deletion id, old text, insertion id, new text, text after), dm, kind,
# ansvar, med (a tuple: kept partner, deletion id, deleted text), seed, type
ITEMS = [
    ("Observatørplassen i Nasjonalt fagskoleråd",
     "Kompetanseforbundet har observatørplass i rådet og deltok på tre av fire møter. Vi tok opp fagskoletilbud for "
     "voksne uten studiekompetanse.", "2.4", "rådsarbeid", "Kompetanseforbundet", "–", "M03", RAD),
    ("Arbeidsgruppen for voksne i NFK",
     "Vi deltok på alle møtene i Nasjonalt forum for karriereveiledning og ledet forumets arbeidsgruppe om veiledning "
     "av voksne med lite formell utdanning.",
     "1.3", "rådsarbeid", "Kompetanseforbundet", "–", "M06", RAD),
    ("Bidrag til Veiviser 45+",
     ("Kompetanseforbundet har bidratt med innhold om voksenopplæring i tjenesten og markedsført den til "
      "medlemmene. ", "ct4", "2 900", "ct5", "3 150", " medlemmer har brukt lenken fra våre sider."),
     "1.3", "informasjon", "Kompetanseforbundet", "HK-dir", "J01", INFO),
    ("Nettkurs i tilpasset opplæring for voksne",
     "Nettkurs for lærere i kommunal voksenopplæring om hvordan undervisningen kan tilpasses voksne med ulik "
     "bakgrunn. 260 fullførte.", "3.1", "kurs", "Kompetanseforbundet", ("Innlandet fylkeskommune", "ct3",
                                                                        ", Karriere Innlandet"), None, KURS),
]
INSERTED = ("Veiviser 45+ – kurs for veiledere",
            "Eget kurs for veiledere i voksenopplæringen i hvordan de kan bruke Veiviser 45+ i samtaler med "
            "deltakere. Kurset er vårt eget og er ikke en del av Veiviser 45+. 120 deltok.", "1.3", "kurs",
            "Kompetanseforbundet", "Karriere Innlandet", None, KURS)
DELETED = ("Seniorkurset «Ny i jobb etter 60»", "Kurs for arbeidstakere over 60 som skal lære nye arbeidsoppgaver. "
           "Kurset starter i mars neste år.", "2.4 · kurs · Ansvar: Kompetanseforbundet · Med: NAV Innlandet")


def _line(dm, kind, ans) -> str:
    return f"Delmål {dm} · {kind} · Ansvar: {ans} · Med: "


def build(out) -> list[dict]:
    o = Odt(font="Liberation Serif", size="11pt")
    o.p([("Kompetanseforbundet – rapport om tiltak 2085", "")], style="P_title")
    o.p("Til sekretariatet for Kompetansepolitisk råd. Her er tiltakene våre i 2085, med én linje om delmål, type, "
        "ansvar og samarbeid under hvert tiltak.")
    rows = []
    regions = []
    for name, desc, dm, kind, ans, med, seed, ty in ITEMS:
        o.p([(name, "b")])
        if isinstance(desc, tuple):
            pre, del_id, old, ins_id, new, post = desc
            regions.append(f'<text:changed-region text:id="{del_id}"><text:deletion>{INFO_}'
                           f'<text:p>{xml_esc(old)}</text:p></text:deletion></text:changed-region>')
            regions.append(f'<text:changed-region text:id="{ins_id}"><text:insertion>{INFO_}</text:insertion>'
                           "</text:changed-region>")
            o.body.append(f'<text:p text:style-name="Standard">{xml_esc(pre)}<text:change text:change-id="{del_id}"/>'
                          f'<text:change-start text:change-id="{ins_id}"/>{xml_esc(new)}'
                          f'<text:change-end text:change-id="{ins_id}"/>{xml_esc(post)}</text:p>')
            desc_truth = pre + new + post
        else:
            o.p(desc)
            desc_truth = desc
        if isinstance(med, tuple):
            kept, del_id, gone = med
            regions.append(f'<text:changed-region text:id="{del_id}"><text:deletion>{INFO_}'
                           f'<text:p>{xml_esc(gone)}</text:p></text:deletion></text:changed-region>')
            o.body.append(f'<text:p text:style-name="P_small">{xml_esc(_line(dm, kind, ans))}{xml_esc(kept)}'
                          f'<text:change text:change-id="{del_id}"/></text:p>')
            med_truth = kept
        else:
            o.p(_line(dm, kind, ans) + med, style="P_small")
            med_truth = "" if med == "–" else med
        rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med_truth, desc_truth))
        if name == "Bidrag til Veiviser 45+":
            # the inserted measure comes right after the joint service
            iname, idesc, idm, ikind, ians, imed, iseed, ity = INSERTED
            regions.append(f'<text:changed-region text:id="ct2"><text:insertion>{INFO_}</text:insertion>'
                           "</text:changed-region>")
            o.body.append(f'<text:p text:style-name="Standard"><text:change-start text:change-id="ct2"/>'
                          f'<text:span text:style-name="T_b">{xml_esc(iname)}</text:span></text:p>')
            o.body.append(f'<text:p text:style-name="Standard">{xml_esc(idesc)}</text:p>')
            o.body.append(f'<text:p text:style-name="P_small">{xml_esc(_line(idm, ikind, ians) + imed)}'
                          f'<text:change-end text:change-id="ct2"/></text:p>')
            rows.append(row(FILENAME, MEMBER, iname, iseed, idm, ity, ians, imed, idesc))
    # the deleted measure: its paragraphs live only in the changed-region
    dname, ddesc, dline = DELETED
    regions.insert(0, f'<text:changed-region text:id="ct1"><text:deletion>{INFO_}'
                      f'<text:p text:style-name="Standard"><text:span text:style-name="T_b">{xml_esc(dname)}'
                      f'</text:span></text:p><text:p text:style-name="Standard">{xml_esc(ddesc)}</text:p>'
                      f'<text:p text:style-name="P_small">Delmål {xml_esc(dline)}</text:p>'
                      "</text:deletion></text:changed-region>")
    o.body.append('<text:p text:style-name="Standard"><text:change text:change-id="ct1"/>'
                  f'<office:annotation><dc:creator>{WHO}</dc:creator><dc:date>{WHEN}</dc:date>'
                  "<text:p>Tas ut – kurset starter først neste år.</text:p></office:annotation></text:p>")
    o.p("Med vennlig hilsen")
    o.p("Eva Marie Lund, daglig leder, Kompetanseforbundet")
    tracked = f'<text:tracked-changes text:track-changes="true">{"".join(regions)}</text:tracked-changes>'
    content = o.content().replace("<office:text>", "<office:text>" + tracked, 1)
    meta = odf_meta("Rapport KPR 2085", "Per Ivar Sand", when="2086-01-13T14:25:00")
    write_odf(out / FILENAME, "application/vnd.oasis.opendocument.text", content, o.styles(), meta)
    return rows


def text(path) -> str:
    return odt_text(path)
