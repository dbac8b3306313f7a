"""01 LO: long annual report (Word -> PDF via LibreOffice). The skills chapter
is one of seven; measures are named inside running paragraphs."""
import os

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from .common import R, must_contain, save_docx, lo_export

FILE = "01_LO_aarsberetning_2061.pdf"
MEMBER = "LO"
FORMAT = "PDF exported from Word (DOCX) by LibreOffice"
SHAPE = ("Long annual report, 7 chapters; the skills chapter (kap. 5) names the measures "
         "inside running paragraphs with delmål in parentheses; key-figure table, quotation, "
         "notes and a 'Veien videre' section that are not measures")

P_KBU = ("LO er representert i Kompetansebehovsutvalget (KBU) med ett fast medlem og én vara fra "
         "utredningsavdelingen. Utvalget la i juni fram sin hovedrapport for 2061, og LO har særlig "
         "arbeidet for at behovene i helse- og omsorgssektoren og i bygg og anlegg blir godt belyst "
         "(delmål 1.1).")
P_SRY = ("LO har to medlemmer og to varamedlemmer i Samarbeidsrådet for yrkesopplæring (SRY). I 2061 "
         "har LO i SRY særlig arbeidet med dimensjonering av læreplasser og med forslag til nye lærefag "
         "innen fornybar energi (delmål 2.3).")
P_KURS = ("For å styrke LOs folk i de faglige rådene og i SRY gjennomførte LO kurset «Partsrepresentant i "
          "fag- og yrkesopplæringen» for 45 egne representanter, fordelt på tre samlinger på Sørmarka. "
          "Ansvarlig var LOs utdanningsavdeling (delmål 2.3).")
P_YRK = ("Sammen med NHO, Virke og flere fylkeskommuner har LO stått bak informasjonskampanjen Yrkesløftet, "
         "som skal vise unge og voksne hvilke karriereveier fag- og svennebrev åpner for. Kampanjen ble i "
         "2061 vist i sosiale medier og på 140 ungdomsskoler. LOs informasjonsavdeling har hatt ansvaret "
         "for LOs del av kampanjen (delmål 2.3).")
P_RKM = ("LO deltar gjennom referansegruppen i utviklingsprosjektet Realkompetansemodellen for arbeidslivet "
         "(RKM-A), som Kompetanse Norge gjennomfører på oppdrag fra Kunnskapsdepartementet. Modellen skal "
         "gjøre det enklere å dokumentere kompetanse som er ervervet i arbeidslivet (delmål 2.5).")
P_NORSK = ("Norskløft i arbeid er et samarbeid mellom myndighetene og partene om norskopplæring på "
           "arbeidsplassen. LO har bidratt til å rekruttere virksomheter og tillitsvalgte til ordningen, og "
           "38 tillitsvalgte har fått opplæring som språkmentorer (delmål 3.4).")

ROWS = [
    R("M01", "1.1", "Råd/utvalg/nettverk", "LO er representert i Kompetansebehovsutvalget (KBU)",
      beskrivelse=P_KBU),
    R("M03", "2.3", "Råd/utvalg/nettverk",
      "LO har to medlemmer og to varamedlemmer i Samarbeidsrådet for yrkesopplæring (SRY)",
      beskrivelse=P_SRY),
    R("U01", "2.3", "Kurs/utdanning", "Partsrepresentant i fag- og yrkesopplæringen",
      ansvarlig="LOs utdanningsavdeling", beskrivelse=P_KURS),
    R("J01", "2.3", "Informasjon", "informasjonskampanjen Yrkesløftet",
      ansvarlig="LOs informasjonsavdeling", partnere="NHO; Virke; flere fylkeskommuner",
      beskrivelse=P_YRK),
    R("J03", "2.5", "Prosjekt", "Realkompetansemodellen for arbeidslivet (RKM-A)",
      partnere="Kompetanse Norge; Kunnskapsdepartementet", beskrivelse=P_RKM),
    R("J07", "3.4", "Kurs/utdanning", "Norskløft i arbeid", beskrivelse=P_NORSK),
]


def _para(d, text, style=None, size=None, italic=False, align=None):
    p = d.add_paragraph(style=style)
    run = p.add_run(text)
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def _filler(d):
    """Chapters 1-4 of the annual report (no measures for the council)."""
    d.add_heading("1 Innledning ved lederen", 1)
    _para(d, "2061 ble et år med store omstillinger i arbeidslivet. Mange av våre medlemmer har opplevd at "
             "arbeidsoppgavene endres raskt, og behovet for faglig påfyll er større enn noen gang. LO har "
             "gjennom hele året arbeidet for at alle arbeidstakere skal få mulighet til å lære gjennom hele "
             "yrkeslivet, uansett utdanningsbakgrunn.")
    _para(d, "«Kompetanse er det viktigste verktøyet vi har for å sikre trygge jobber i et arbeidsliv i "
             "endring. Ingen skal bli stående igjen på perrongen når toget går.»", italic=True)
    _para(d, "Lederen i LO, tale på representantskapsmøtet 12. mai 2061", size=9)
    d.add_heading("2 Organisasjon og medlemsutvikling", 1)
    _para(d, "Ved utgangen av 2061 hadde forbundene i LO til sammen 1 004 300 medlemmer. Tabellen viser "
             "nøkkeltall for organisasjonen.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ("Nøkkeltall", "2060", "2061")):
        c.text = v
    for row in (("Medlemmer i alt", "998 700", "1 004 300"), ("Yrkesaktive medlemmer", "712 400", "719 800"),
                ("Tillitsvalgte som har tatt LO-kurs", "9 850", "10 420"),
                ("Lærlinger og lærekandidater som medlemmer", "31 200", "33 950")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    _para(d, "")
    _para(d, "Medlemsveksten har vært sterkest blant unge under 30 år og i forbundene innen privat "
             "tjenesteyting. Rekrutteringen av lærlinger er fortsatt et satsingsområde.")
    d.add_heading("3 Lønnsoppgjøret 2061", 1)
    for txt in ("Hovedoppgjøret 2061 ble gjennomført med frontfaget som norm. Rammen endte på 4,1 prosent, og "
                "det ble gitt et generelt tillegg til alle samt et særskilt lavlønnstillegg.",
                "I tillegg ble partene enige om å videreføre arbeidet med kompetansebestemmelsene i "
                "hovedavtalene. Dette er avtaleverk og rapporteres ikke som tiltak i kompetansepolitikken.",
                "Oppgjøret i staten og kommunene fulgte i hovedsak rammen i frontfaget."):
        _para(d, txt)
    d.add_heading("4 Arbeidsmiljø og HMS", 1)
    for txt in ("Arbeidet med et fullt forsvarlig arbeidsmiljø har preget året. LO har fulgt opp "
                "Arbeidstilsynets tilsynskampanje i bygg og anlegg og arbeidet mot sosial dumping.",
                "Antallet registrerte arbeidsskader gikk ned for fjerde år på rad. LO vil likevel peke på at "
                "underrapporteringen er stor i bransjer med mange midlertidig ansatte.",
                "Verneombudsopplæringen ble lagt om til en kombinasjon av nettkurs og samlinger, og 6 200 "
                "verneombud har fullført grunnkurset."):
        _para(d, txt)


def build(outdir, tmpdir):
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    _para(d, "Landsorganisasjonen i Norge", size=12)
    d.add_heading("Årsberetning 2061", 0)
    _para(d, "Vedtatt av representantskapet 14. februar 2062", italic=True)
    _filler(d)

    d.add_heading("5 Kompetanse og utdanning", 1)
    _para(d, "LO er medlem av Kompetansepolitisk råd, og kapitlet her er også LOs rapportering til rådet for "
             "2061. Tiltakene er knyttet til delmålene i Nasjonal kompetansepolitisk strategi.")
    d.add_heading("5.1 Kunnskap om kompetansebehov", 2)
    p = _para(d, P_KBU)
    p.add_run("¹").font.superscript = True
    d.add_heading("5.2 Fag- og yrkesopplæringen", 2)
    _para(d, P_SRY)
    _para(d, P_KURS)
    _para(d, P_YRK)
    d.add_heading("5.3 Læring i arbeidslivet", 2)
    p = _para(d, P_RKM)
    p.add_run("²").font.superscript = True
    _para(d, "LO har også i år gitt høringsinnspill til flere forslag om endringer i opplæringsloven. "
             "Høringssvarene er publisert på lo.no.")
    d.add_heading("5.4 Voksne med svak tilknytning til arbeidslivet", 2)
    _para(d, P_NORSK)
    d.add_heading("5.5 Veien videre", 2)
    _para(d, "I 2062 vil LO vurdere om vi skal gå inn i neste fase av realkompetansemodellen, og vi vil følge "
             "opp anbefalingene i KBUs hovedrapport overfor departementene. LO ønsker også en felles "
             "satsing på digital kompetanse for ansatte i små virksomheter.")
    _para(d, "Noter til kapittel 5", size=9)
    _para(d, "¹ Kompetansebehovsutvalget: «Fremtidige kompetansebehov IV – Kompetanse for omstilling», "
             "NOU 2061: 7.", size=9)
    _para(d, "² Kompetanse Norge: Statusnotat om Realkompetansemodellen for arbeidslivet, september 2061.",
          size=9)

    d.add_heading("6 Internasjonalt arbeid", 1)
    _para(d, "LO har i 2061 deltatt i den europeiske faglige samarbeidskomiteen og i det nordiske "
             "samarbeidet gjennom NFS. Solidaritetsarbeidet i Sør-Afrika og Colombia er videreført.")
    d.add_heading("7 Økonomi", 1)
    _para(d, "Regnskapet for 2061 viser et driftsresultat på 41,2 millioner kroner. Egenkapitalen ved "
             "utgangen av året var 3,1 milliarder kroner. Revisors beretning følger som eget vedlegg.")
    _para(d, "Oslo, 14. februar 2062", align=WD_ALIGN_PARAGRAPH.RIGHT)

    chapter5 = " ".join(p.text for p in d.paragraphs)
    for r in ROWS:
        must_contain(chapter5, r["tiltak"], r["beskrivelse"], *r["ansvarlig"].split("; "))
    src = os.path.join(tmpdir, "01_LO_aarsberetning_2061.docx")
    save_docx(d, src, "LO Utredning", "Årsberetning 2061")
    lo_export(src, os.path.join(outdir, FILE), "pdf", tmpdir)
