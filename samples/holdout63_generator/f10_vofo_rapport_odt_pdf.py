"""VOFO: a report written in LibreOffice Writer (ODT) and exported to PDF. Headings per theme, one sub-heading per
measure; the larger measures run over two or three paragraphs with a bullet list of key figures, and partners are
named in the running text («… og AOF Norge, Folkeuniversitetet og Kristelig studieforbund har gitt kursene»). Each
measure ends with an italic line «Strategien: 3.4 · Tiltakstype: prosjekt». A study association's own copy of the
joint project is not the project. A closing section names last year's and next year's work."""
from __future__ import annotations

from .common import ARR, FOU, KURS, PROSJEKT, RAD, Odt, lo_to_pdf, pdf_text, row

FILENAME = "VOFO rapport kompetansepolitisk råd 2083.pdf"
MEMBER = "VOFO"
FORMAT = "PDF exported by LibreOffice from a hand-written ODT (content, styles, meta, manifest); dates and /ID fixed"
SHAPE = ("Writer report: title, intro, Heading 1 per theme and Heading 2 per measure; a measure told over two or three "
         "paragraphs, the joint project with a bullet list of key figures between its paragraphs; partners named "
         "in running text; each measure closed by an italic line «Strategien: 3.4 · Tiltakstype: prosjekt» (VOFO's "
         "lower-case kind words: prosjekt, kurs, arrangement, undersøkelse, forumsplass); a closing section «Det "
         "som var og det som kommer» on last year's and next year's work; page footer")
NOT_TRUTH = ("the title and intro, the theme headings, the bullet lists of key figures, the italic «Strategien: … · "
             "Tiltakstype: …» lines, the closing section (the project «Lesekraft» ended last year, the online course "
             "for volunteers who hold office starting next year), the footer")
SPLIT_FIELDS = ("samarbeidspartnere",)
SENTENCE_FIELDS = ("beskrivelse",)

# theme, [(name, paragraphs, bullets, dm, kind word, ansvarlig, partners, seed, type)]
THEMES = [
    ("Norskopplæring og kvalifisering", [
        ("Norsk i praksis – studieforbundenes kurs på byggeplassene", [
            "Norsk i praksis gir arbeidsinnvandrere på byggeplasser norskopplæring i arbeidstiden, med ord og "
            "situasjoner fra eget arbeid.",
            "Prosjektet eies av IMDi. VOFO koordinerer studieforbundenes del, og AOF Norge, Folkeuniversitetet og "
            "Kristelig studieforbund har gitt kursene. I 2083 var prosjektet på byggeplasser i Oslo, Bergen og "
            "Trondheim:"],
         ["38 byggeplasser", "620 deltakere", "om lag 9 000 kurstimer"],
         "3.4", "prosjekt", "VOFO", "IMDi, AOF Norge, Folkeuniversitetet, Kristelig studieforbund", "J03",
         PROSJEKT),
        ("Språkvenn på byggeplassen i Bergen", [
            "AOF Vestland har startet språkvenngrupper på byggeplasser i Bergen etter modell av Norsk i praksis, i "
            "samarbeid med Bergen kommune. Gruppene drives i AOF Vestlands egen regi og er ikke en del av Norsk i "
            "praksis. 85 deltakere møttes en gang i uka."],
         [], "3.4", "kurs", "AOF Vestland", "Bergen kommune", None, KURS),
    ]),
    ("Læring i frivilligheten", [
        ("Kompetansepluss frivillighet – lese- og skrivekurs", [
            "Studieforbundene ga kurs i lesing, skriving og regning for voksne med svake grunnleggende ferdigheter, "
            "med tilskudd fra Kompetansepluss frivillighet. VOFO fordeler midlene i samarbeid med HK-dir.",
            "I 2083 ble det holdt 310 kurs med 2 900 deltakere, flest i Innlandet og Agder."],
         [], "3.2", "kurs", "VOFO", "HK-dir", None, KURS),
        ("Læringsfestivalen 2083", [
            "En festival på 20 steder i hele landet i uke 38, med gratis smakebiter på kurs. Festivalen ble laget "
            "sammen med Frivillighet Norge og Norges Musikkorps Forbund, og hadde om lag 7 000 besøkende."],
         [], "3.6", "arrangement", "VOFO", "Frivillighet Norge, Norges Musikkorps Forbund", None, ARR),
        ("Undersøkelse om læring i frivilligheten", [
            "NTNU Samfunnsforskning spurte på oppdrag fra VOFO 4 000 kursdeltakere om motivasjon og læringsutbytte. "
            "Rapporten kom i november og viser at fire av ti deltakere har tatt mer opplæring etterpå."],
         [], "3.6", "undersøkelse", "VOFO", "NTNU Samfunnsforskning", None, FOU),
    ]),
    ("Karriereveiledning", [
        ("Nasjonalt forum for karriereveiledning", [
            "VOFO har plassen for frivillig sektor i forumet. Vi har arbeidet for at studieforbundene skal brukes "
            "mer når voksne trenger veiledning om opplæring."],
         [], "1.3", "forumsplass", "VOFO", "", "M01", RAD),
    ]),
]

CLOSING = ("Prosjektet «Lesekraft», som vi rapporterte om i fjor, ble avsluttet i desember i fjor og er derfor ikke "
           "med. Neste år starter vi et nettkurs for tillitsvalgte i frivilligheten; det kommer i rapporten for "
           "2084.")


def build(out) -> list[dict]:
    o = Odt(font="Liberation Serif", size="11pt")
    o.p("VOFO – rapport til Kompetansepolitisk råd 2083", "P_title")
    o.p("Voksenopplæringsforbundet, januar 2084", "P_sub")
    o.p("Studieforbundene hadde i 2083 over 450 000 deltakere. Her omtaler vi de tiltakene som følger opp Nasjonal "
        "kompetansepolitisk strategi.")
    rows = []
    for theme, items in THEMES:
        o.h(theme, 1)
        for name, paras, bullets, dm, kind, ans, med, seed, ty in items:
            o.h(name, 2)
            o.p(paras[0])
            if bullets:
                for para in paras[1:]:
                    o.p(para)
                o.bullets(bullets)
            else:
                for para in paras[1:]:
                    o.p(para)
            o.p([(f"Strategien: {dm} · Tiltakstype: {kind}", "i")])
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, " ".join(paras)))
    o.h("Det som var og det som kommer", 1)
    o.p(CLOSING)
    lo_to_pdf(o.to_bytes("VOFO rapport 2083", "Anne Lise Dahl", footer="VOFO · Rapport til KPR 2083"), ".odt",
              out / FILENAME)
    return rows


def text(path) -> str:
    return pdf_text(path)
