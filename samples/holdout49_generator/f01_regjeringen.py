"""01 Regjeringen (KD) - PowerPoint deck for the council meeting; the texts are in the speaker notes."""
import os
from .common import truth_row, result
from .pptx import write_pptx, textbox, para

FILE = "01_Regjeringen_KD_innlegg_radsmote_februar_2070.pptx"
MEMBER = "Regjeringen"
FORMAT = "PPTX (hand-written PresentationML), speaker notes"
SHAPE = ("Slide deck for the council meeting: one slide per hovedinnsatsområde with 2–3 measure tiles side by "
         "side (bold name, «Delmål x.y · own type word», Ansvar:, Med:), the descriptions only in the speaker "
         "notes as «Name: text» paragraphs; a «Avsluttet i 2068» slide and a «Veien videre (2070)» slide")
TRAPS = ("title and agenda slides; slide «Avsluttet i 2068 – til orientering» (Treparts bransjeprogram for bygg "
         "og anlegg); slide «Veien videre (2070)» with two plans; tiles are only name/tag/Ansvar/Med – the "
         "text is in the notes")

# seed, delmal, type, name, tag word, ansvar, med, notes text
SLIDES = [
    ("Innsatsområde 1 – Gode valg for den enkelte og for samfunnet", [
        ("M01", "1.1", "Råd/utvalg/nettverk", "Kompetansebehovsutvalget (KBU)", "Utvalg",
         "KD (leder og sekretariat)", "partene i arbeidslivet, SSB og forskere",
         "Utvalget la fram sin åttende hovedrapport i juni 2069, med vekt på behovet for fagarbeidere i det "
         "grønne skiftet. Sekretariatet ble styrket med to årsverk."),
        ("M05", "1.4", "Råd/utvalg/nettverk", "Nasjonalt fagskoleråd", "Råd", "KD",
         "Fagskolerådet, fylkeskommunene og partene",
         "Rådet hadde fire møter i 2069 og ga råd om ny finansieringsmodell for fagskolene. KD deltar som "
         "observatør og har sekretariatet."),
    ]),
    ("Innsatsområde 2 – Læring i arbeidslivet", [
        ("U0102", "2.2", "FoU", "Kompetanseundersøkelsen 2069", "Undersøkelse", "KD", "SSB",
         "SSB gjennomførte undersøkelsen blant 9 000 virksomheter om opplæring og læring i arbeidslivet. "
         "Resultatene publiseres i mars 2070."),
        ("J04", "2.5", "Prosjekt", "Nasjonal modell for realkompetansevurdering i høyere utdanning", "Pilot",
         "KD / HK-dir", "UHR og seks universiteter og høyskoler",
         "Piloten prøver ut en felles metode for å vurdere realkompetanse ved opptak og innpassing. 1 150 "
         "søkere ble vurdert etter modellen i 2069."),
        ("J05", "2.6", "Informasjon", "Kampanjen «Få utdanningen din godkjent»", "Kampanje",
         "HK-dir på oppdrag fra KD", "NHO og IMDi",
         "Digital kampanje på ni språk om godkjenning av utenlandsk utdanning og yrkeskvalifikasjoner, rettet "
         "mot innvandrere og arbeidsgivere. Antall søknader økte med 18 prosent."),
    ]),
    ("Innsatsområde 3 – Voksne med svak tilknytning til arbeidslivet", [
        ("U0101", "3.1", "Kurs/utdanning", "Tilskudd til fagbrev på deltid for voksne", "Tilskudd", "KD",
         "fylkeskommunene",
         "Tilskuddsordningen ga 14 fylkeskommuner midler til opplæring fram mot fagbrev på deltid for voksne "
         "i jobb. 3 200 voksne deltok."),
        ("J11", "3.5", "Kurs/utdanning", "Grunnleggende ferdigheter for arbeidssøkere", "Kurs",
         "AID / Arbeids- og velferdsdirektoratet", "VOFO og studieforbundene",
         "NAV kjøpte kurs i lesing, skriving, regning og digitale ferdigheter for arbeidssøkere fra "
         "studieforbundene. 2 700 deltakere i 2069."),
    ]),
]

W, H = 33.867, 19.05
NAVY, RUST = "0B3D62", "A0410D"


def build(outdir):
    rows = []
    slides = []
    sid = [10]

    def nid():
        sid[0] += 1
        return sid[0]

    def footer():
        return textbox(nid(), "Bunntekst", 1.2, 18.0, 31, 0.8,
                       [para("Kunnskapsdepartementet · Kompetansepolitisk råd 12.02.2070", 9, color="7F7F7F")])

    s1 = textbox(nid(), "Tittel", 0, 5.5, W, 4.2,
                 [para("Rapportering til Kompetansepolitisk råd 2069", 34, True, "FFFFFF")], fill=NAVY,
                 anchor="ctr")
    s1 += textbox(nid(), "Undertittel", 1.5, 10.5, 30, 3,
                  [para("Kunnskapsdepartementet", 20, color=NAVY),
                   para("Rådsmøte 12. februar 2070 · Avdeling for kompetansepolitikk", 16, color=NAVY)])
    slides.append((s1, ["Velkommen. Kort gjennomgang av departementets tiltak i 2069."]))
    s2 = textbox(nid(), "Tittel", 1.2, 0.8, 31, 2, [para("Innhold", 28, True, NAVY)])
    s2 += textbox(nid(), "Innhold", 1.2, 3.4, 31, 12,
                  [para(t, 20, space_after=8) for t in (
                      "1  Gode valg for den enkelte og for samfunnet", "2  Læring i arbeidslivet",
                      "3  Voksne med svak tilknytning til arbeidslivet", "4  Avsluttet i 2068 og veien videre")])
    slides.append((s2 + footer(), ["Fire deler."]))
    for heading, meas in SLIDES:
        shapes = textbox(nid(), "Tittel", 1.2, 0.8, 31.5, 2, [para(heading, 26, True, NAVY)])
        n = len(meas)
        gap = 0.7
        w = (31.5 - gap * (n - 1)) / n
        notes = ["Talepunkter:"]
        for k, (seed, delmal, typ, name, tag, ansvar, med, text) in enumerate(meas):
            ps = [para(name, 18, True, NAVY, space_after=10), para("Delmål %s · %s" % (delmal, tag), 14, False,
                                                                  RUST, space_after=12),
                  para("Ansvar: " + ansvar, 13, space_after=4)]
            if med:
                ps.append(para("Med: " + med, 13))
            shapes += textbox(nid(), "Tiltak %d" % (k + 1), 1.2 + k * (w + gap), 3.6, w, 12.8, ps,
                              fill="E8F0F7", line=NAVY)
            notes.append("%s: %s" % (name, text))
            rows.append(truth_row(FILE, MEMBER, seed, delmal, typ, name, ansvar, med, text))
        slides.append((shapes + footer(), notes))
    s6 = textbox(nid(), "Tittel", 1.2, 0.8, 31, 2, [para("Avsluttet i 2068 – til orientering", 26, True, NAVY)])
    s6 += textbox(nid(), "Avsluttet", 1.2, 3.6, 15, 9,
                  [para("Treparts bransjeprogram for bygg og anlegg", 18, True, "595959", space_after=10),
                   para("Delmål 2.4 · Program", 14, color="7F7F7F", space_after=12),
                   para("Sluttrapport levert desember 2068", 13)], fill="EEEEEE", line="888888")
    slides.append((s6 + footer(), ["Programmet ble avsluttet i 2068 og rapporteres ikke for 2069."]))
    s7 = textbox(nid(), "Tittel", 1.2, 0.8, 31, 2, [para("Veien videre (2070)", 26, True, NAVY)])
    s7 += textbox(nid(), "Planer", 1.2, 3.6, 31, 10,
                  [para("• " + t, 20, space_after=8) for t in (
                      "Ny nasjonal strategi for karriereveiledning – høring våren 2070",
                      "Pilot med kompetansekonto for voksne – oppstart høsten 2070",
                      "Neste rapportering til rådet i februar 2071")])
    slides.append((s7 + footer(), ["Dette er planer, ikke tiltak i 2069."]))
    path = os.path.join(outdir, FILE)
    write_pptx(path, slides, "Rapportering til Kompetansepolitisk råd 2069", "Kunnskapsdepartementet",
               "2070-02-05T15:10:00Z", "2070-02-06T08:42:00Z")
    return result(FILE, MEMBER, FORMAT, SHAPE, rows, TRAPS)
