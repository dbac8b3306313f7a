"""LO: instead of a report, LO sent extracts of the minutes of its competence committee (kompetanseutvalget) from
two meetings in 2079. Every case («Sak nn/79») has a title, a Saksansvarlig line, the case presentation and a
«Vedtak:»; the measures are the cases, but the formal cases (approval of the agenda, minutes, any other business), a
case about 2080 and an evaluation of a 2078 event are not measures. Word document exported to PDF by LibreOffice."""
from __future__ import annotations

import docx
from docx.shared import Cm, Pt

from .common import INFO, KURS, PROSJEKT, RAD, docx_to_pdf, pdf_text, row

FILENAME = "LO kompetanseutvalget protokoller 2079 (utdrag).pdf"
MEMBER = "LO"
FORMAT = "PDF exported by LibreOffice from a DOCX (python-docx); dates and /ID fixed"
SHAPE = ("board minutes: «Protokoll fra møte i LOs kompetanseutvalg» for two meetings (møte 2/2079 and 5/2079), "
         "each with a header block (Tid / Sted / Til stede / Forfall / Referent), then cases «Sak 12/79 Title» "
         "with a «Saksansvarlig:» line, the case presentation (delmål as «jf. delmål 2.3», the kind only in the "
         "words: kurset, styringsgruppen, innspillet) and «Vedtak:»; formal cases, a 2080 case and a 2078 "
         "evaluation are mixed with the measures; signatures «Protokollen godkjent»")
NOT_TRUTH = ("the title and meeting header blocks, the cases 'Godkjenning av innkalling og saksliste', 'Godkjenning av "
             "protokoll fra møte 1/2079', 'Eventuelt', 'Godkjenning av protokoll fra møte 4/2079', 'Evaluering av "
             "Fagbrevuka 2078' (a 2078 event), 'Kampanje om fagbrev for voksne – plan for 2080' (starts 2080), every "
             "«Vedtak:» paragraph, the signatures")
SPLIT_FIELDS = ("samarbeidspartnere",)

M1 = ("Møte 2/2079", "Tid: 12. mars 2079 kl. 10.00–14.30", "Sted: Folkets Hus, Youngstorget, møterom 5")
M2 = ("Møte 5/2079", "Tid: 14. oktober 2079 kl. 09.30–13.00", "Sted: Teams")
# (meeting, saknr, title, ansvarlig, presentation, vedtak, truth) truth = (seed, delmål, type, partners) or None
CASES = [
    (1, "10/79", "Godkjenning av innkalling og saksliste", "Leder", "", "Innkalling og saksliste godkjent.", None),
    (1, "11/79", "Godkjenning av protokoll fra møte 1/2079", "Referent", "",
     "Protokollen godkjent uten merknader.", None),
    (1, "12/79", "LOs plass i Samarbeidsrådet for yrkesopplæring", "Avdeling for utdanning og kompetanse",
     "LO har to faste medlemmer i SRY. Rådet har i 2079 særlig arbeidet med dimensjonering av yrkesfagene og med "
     "læreplasser i offentlig sektor, sammen med NHO, KS, Virke og Spekter (jf. delmål 2.3).",
     "Utvalget tar orienteringen til etterretning. LOs medlemmer i SRY følger opp saken om læreplasser i staten.",
     ("M01", "2.3", RAD, "NHO, KS, Virke, Spekter")),
    (1, "13/79", "Læreplassgarantien – LOs deltakelse", "Avdeling for utdanning og kompetanse",
     "Læreplassgarantien er et felles løft for at alle kvalifiserte søkere skal få læreplass. LO deltar i "
     "styringsgruppen sammen med KS og fylkeskommunene og har bidratt til verveaksjoner overfor bedrifter med "
     "tariffavtale (jf. delmål 2.3).",
     "LO fortsetter i styringsgruppen. Forbundene oppfordres til å bruke kampanjemateriellet lokalt.",
     ("J01", "2.3", PROSJEKT, "KS, fylkeskommunene")),
    (1, "14/79", "Lesesterk på arbeidsplassen", "LOs studiesenter",
     "Lesesterk gir ansatte opplæring i lesing, skriving og regning i arbeidstiden. LO har i vår hatt 14 grupper i "
     "renhold og lager, i samarbeid med Spekter og VOFO (jf. delmål 3.2).",
     "Utvalget ber om at Lesesterk blir tema på tillitsvalgtsamlingene i høst.",
     ("J04", "3.2", KURS, "Spekter, VOFO")),
    (1, "15/79", "Eventuelt", "Leder", "Ingen saker.", "–", None),
    (2, "30/79", "Godkjenning av protokoll fra møte 4/2079", "Referent", "", "Godkjent.", None),
    (2, "31/79", "Innspill til KBUs rapport om kompetanse i grønn omstilling", "Samfunnspolitisk avdeling",
     "Sekretariatet har skrevet et innspill til Kompetansebehovsutvalgets pågående arbeid. Innspillet peker på "
     "behovet for fagarbeidere i kraftforsyning og industri og er drøftet med Fellesforbundet og EL og IT "
     "Forbundet (jf. delmål 1.1).",
     "Innspillet oversendes KBUs sekretariat innen 1. november.",
     (None, "1.1", INFO, "Fellesforbundet, EL og IT Forbundet")),
    (2, "32/79", "Kompetansebehovsutvalget – orientering fra LOs medlem", "Samfunnspolitisk avdeling",
     "LOs medlem i KBU orienterte om utvalgets rapport fra juni og om arbeidet med neste rapport, der utvalget "
     "skal se på kompetansebehov i helse og omsorg (jf. delmål 1.1).",
     "Orienteringen tas til etterretning.", ("M04", "1.1", RAD, "")),
    (2, "33/79", "Tillitsvalgtskolen: kompetanseplaner i virksomheten", "LOs studiesenter",
     "Kurset for klubbledere om hvordan de kan kreve og følge opp kompetanseplaner ble holdt i september med 65 "
     "deltakere. AOF Norge sto for det praktiske (jf. delmål 2.4).",
     "Kurset gjentas i alle regioner. Utvalget takker for godt arbeid.", (None, "2.4", KURS, "AOF Norge")),
    (2, "34/79", "Evaluering av Fagbrevuka 2078", "Avdeling for utdanning og kompetanse",
     "Evalueringen av Fagbrevuka, som ble holdt i november 2078, viser god oppslutning i fylkene.",
     "Evalueringen tas til orientering.", None),
    (2, "35/79", "Kampanje om fagbrev for voksne – plan for 2080", "Kommunikasjonsavdelingen",
     "Administrasjonen legger fram et utkast til en kampanje som skal gå fra mars 2080.",
     "Utvalget slutter seg til planen. Budsjett behandles i desember.", None),
]


def build(out) -> list[dict]:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.footer.paragraphs[0].text = "LO – kompetanseutvalget – utdrag av protokoller 2079"
    d.add_heading("Utdrag av protokoller fra LOs kompetanseutvalg 2079", level=1)
    d.add_paragraph("Oversendt sekretariatet for Kompetansepolitisk råd som LOs rapportering for 2079. Sakene "
                    "som gjelder kompetansepolitikken er tatt med; lønns- og budsjettsaker er utelatt.")
    rows = []
    for mi, (mname, tid, sted) in ((1, M1), (2, M2)):
        d.add_heading(f"Protokoll fra møte i LOs kompetanseutvalg – {mname}", level=2)
        for ln in (tid, sted, "Til stede: 9 medlemmer. Forfall: 2.", "Referent: utvalgssekretæren"):
            d.add_paragraph(ln)
        for m, nr, title, ansv, pres, vedtak, truth in CASES:
            if m != mi:
                continue
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(10)
            p.add_run(f"Sak {nr} {title}").bold = True
            d.add_paragraph(f"Saksansvarlig: {ansv}")
            if pres:
                d.add_paragraph(pres)
            p = d.add_paragraph()
            p.add_run("Vedtak: ").bold = True
            p.add_run(vedtak)
            if truth:
                seed, dm, ty, partners = truth
                rows.append(row(FILENAME, MEMBER, title, seed, dm, ty, ansv, partners, pres))
        d.add_paragraph("Protokollen godkjent i neste møte.")
    d.add_paragraph("Oslo, 10. januar 2080")
    d.add_paragraph("For LOs kompetanseutvalg\nLeder")
    docx_to_pdf(d, out / FILENAME)
    return rows


def text(path) -> str:
    return pdf_text(path)
