"""The round's content: every member's measures, as the builders write them and as the truth records them.

Each row is a dict:
  sid       the measure id (rows of different members that the secretariat merges share it)
  tiltak    the title exactly as written in the report
  dm        the delmål a secretary assigns ("1.1".."3.6")
  type      the type as the 2018 matrix spells it (assigned even where the report gives none)
  ansv      the ansvarlig as written in the report ("" when the report names none)
  partners  the partners as written ("" when none)
  desc      the description as written ("" when none)
  dm_txt    how the report writes the delmål (rendering only)
  type_txt  how the report writes the type, or None when it gives none (rendering only)
"""

from __future__ import annotations

FOU = "FoU"
KURS = "Kurs/utdanning"
RAD = "Råd/utvalg/nettverk"
PROSJEKT = "Prosjekt"
INFO = "Informasjon"
ARR = "Arrangement"


def row(sid, tiltak, dm, type_, ansv="", partners="", desc="", dm_txt=None, type_txt=None):
    return {
        "sid": sid,
        "tiltak": tiltak,
        "dm": dm,
        "type": type_,
        "ansv": ansv,
        "partners": partners,
        "desc": desc,
        "dm_txt": dm_txt if dm_txt is not None else dm,
        "type_txt": type_txt,
    }


# ---------------------------------------------------------------- shared measures (ids S01..S12)
# S01 Kompetansebehovsutvalget (KBU)                 Regjeringen, LO, NHO, Unio, Akademikerne
# S02 Samarbeidsrådet for yrkesopplæring (SRY)       LO, KS, YS, Virke
# S03 De faglige rådene (one named faglig råd)       NHO, Unio, Spekter
# S04 Råd for samarbeid med arbeidslivet (RSA)       UHR, KS, Virke, Akademikerne
# S05 UHRs fagstrategiske enheter (named units)      UHR, NHO, Spekter
# S06 Nasjonalt forum for karriereveiledning         Regjeringen, KS, Vestland (nynorsk)
# S07 Bransjeprogram kommunal helse og omsorg        Regjeringen, KS, LO
# S08 Samfunnskontrakten for flere læreplasser       Regjeringen, NHO, Spekter, Vestland (nynorsk)
# S09 KGI – Kompetanseløft for det grønne skiftet    LO, NHO
# S10 Arendalsuka-debatten «Hvem tar regningen …»    LO, Spekter
# S11 Forskningsprosjektet LIS                       Virke, YS
# S12 Nasjonal fagskolekonferanse 2026               Regjeringen, Nasjonalt fagskoleråd

# ---------------------------------------------------------------- Regjeringen (DOCX table, grouped)
REGJERINGEN = [
    row("S01", "Kompetansebehovsutvalget (KBU)", "1.1", RAD, "KD",
        "AID, KDD, NFD, HK-dir, partene i arbeidslivet",
        "Utvalget la i juni 2026 fram en ny hovedrapport om kompetansebehovene i omstillingen til "
        "et lavutslippssamfunn. Mandatet er forlenget ut 2028.", type_txt="Råd/utvalg"),
    row("S06", "Nasjonalt forum for karriereveiledning", "1.3", RAD, "HK-dir",
        "Fylkeskommunene, Nav, partene i arbeidslivet",
        "HK-dir leder forumet, som samler partene, fylkeskommunene, Nav og utdanningssektoren. "
        "Temaet i 2026 var veiledning av voksne som står i arbeid.", type_txt="Nettverk"),
    row("R01", "Videreutvikling av den digitale karriereveiledningstjenesten", "1.3", INFO, "HK-dir",
        "KD",
        "Karriereveiledning.no har fått utvidet åpningstid på chat og telefon og et eget tilbud "
        "til personer som står i fare for å miste jobben.", type_txt="Informasjon"),
    row("R02", "Tilskuddsordning for desentralisert og fleksibel høyere utdanning", "1.4", KURS,
        "KD/HK-dir", "Universiteter og høyskoler, fylkeskommunene",
        "Det ble lyst ut 95 mill. kroner i 2026 til utdanningstilbud der arbeidslivet i regionen "
        "har behov som institusjonene ellers ikke dekker.", type_txt="Utdanning"),
    row("R03", "Fleksible videreutdanningstilbud i digital kompetanse og KI", "2.1", KURS, "HK-dir",
        "Partene i arbeidslivet, universiteter, høyskoler og fagskoler",
        "Midler til korte, nettbaserte emner i kunstig intelligens, informasjonssikkerhet og "
        "digital forretningsutvikling. 38 nye tilbud startet høsten 2026.", type_txt="Utdanning"),
    row("R04", "Utlysning av forskningsmidler om læring i arbeidslivet", "2.2", FOU, "KD",
        "Norges forskningsråd",
        "KD har finansiert en utlysning på 40 mill. kroner om læringsmiljøet i virksomhetene og "
        "effekten av etter- og videreutdanning.", type_txt="FoU"),
    row("S08", "Samfunnskontrakten for flere læreplasser 2022–2026", "2.3", KURS, "KD",
        "Partene i arbeidslivet, KS, fylkeskommunene",
        "Kontraktsperioden gikk ut i 2026. Partene og myndighetene har startet arbeidet med en ny "
        "avtale fra 2027.", type_txt="Utdanning"),
    row("S12", "Nasjonal fagskolekonferanse 2026", "2.3", ARR, "HK-dir", "Nasjonalt fagskoleråd",
        "Konferansen ble holdt i Bergen 22.–23. oktober med om lag 400 deltakere fra fagskolene, "
        "arbeidslivet og fylkeskommunene.", type_txt="Konferanse"),
    row("S07", "Bransjeprogram for kommunal helse- og omsorgssektor", "2.4", KURS, "KD",
        "KS, LO Kommune, Unio, YS Kommune, Akademikerne kommune, HK-dir",
        "Trepartsprogrammet gir ansatte uten fagbrev eller høyere utdanning tilbud om fagbrev, "
        "fagskole og videreutdanning. Avtalen mellom partene er forlenget til 2028.",
        type_txt="Utdanning"),
    row("R05", "Evaluering av ordningene for realkompetansevurdering", "2.5", FOU, "KD",
        "NIFU, HK-dir, Udir",
        "NIFU evaluerer hvordan realkompetanse vurderes i videregående opplæring, fagskole og "
        "høyere utdanning. Sluttrapporten kommer i 2027.", type_txt="FoU"),
    row("R06", "Raskere godkjenning av utenlandsk fag- og yrkesopplæring", "2.6", KURS, "HK-dir",
        "KD, AID",
        "Digital søknad og ny vurderingsordning for utenlandsk fagopplæring. Saksbehandlingstiden "
        "er nå under tre måneder.", type_txt="Utdanning"),
    row("R07", "Modulstrukturert fag- og yrkesopplæring for voksne i alle fylker", "3.1", KURS,
        "KD/Udir", "Fylkeskommunene",
        "Fra høsten 2026 tilbyr alle fylkeskommuner modulstrukturert opplæring for voksne i minst "
        "20 lærefag.", type_txt="Utdanning"),
    row("R08", "Kompetanseprogrammet", "3.2", KURS, "HK-dir",
        "Virksomheter, studieforbund og frivillige organisasjoner",
        "Tilskuddsordningen for opplæring i grunnleggende ferdigheter (tidligere Kompetansepluss). "
        "Arbeidslivsdelen og frivillighetsdelen ble lyst ut samlet i 2026.", type_txt="Utdanning"),
    row("R09", "Kvalitetsutvikling i introduksjonsprogrammet", "3.4", INFO, "AID",
        "IMDi, HK-dir, KS",
        "IMDi og HK-dir har laget veiledningsmateriell til kommunene om hvordan norskopplæring "
        "og arbeidspraksis kan kombineres.", type_txt="Informasjon"),
    row("R10", "Fagbrev som arbeidsmarkedstiltak i Nav", "3.5", KURS, "AID",
        "Arbeids- og velferdsdirektoratet, fylkeskommunene",
        "Nav har økt bruken av opplæringstiltaket slik at flere arbeidssøkere kan ta fagbrev. "
        "Om lag 2 100 deltakere i 2026.", type_txt="Utdanning"),
]

# Regjeringen's table groups rows under these headings (only those with rows are written).
DELMAL_SHORT = {
    "1.1": "Kompetansebehovsutvalg",
    "1.2": "Regionalt folkevalgt nivås rolle",
    "1.3": "Karriereveiledning",
    "1.4": "Samarbeid mellom utdanning og arbeidsliv",
    "2.1": "Digital kompetanse",
    "2.2": "Kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Karrieremuligheter i yrkesfagene",
    "2.4": "Koble kompetansebehov og tilbud",
    "2.5": "Dokumentasjon av kompetanse fra arbeidslivet",
    "2.6": "Godkjenning av utenlandsk utdanning",
    "3.1": "Fleksibel opplæring for voksne",
    "3.2": "Kompetanseprogrammet (tidligere Kompetansepluss)",
    "3.3": "Opplæring i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Norskopplæring og introduksjonsprogrammet",
    "3.5": "Navs opplæringstilbud",
    "3.6": "Opplæring i frivillig sektor",
}

AREAS = {
    "1": "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet",
    "2": "Hovedinnsatsområde 2: Læring i arbeidslivet",
    "3": "Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}

# ---------------------------------------------------------------- LO (DOCX -> PDF, numbered items)
LO = [
    row("S01", "Kompetansebehovsutvalget (KBU)", "1.1", RAD, "", "",
        "LO har to representanter i utvalget. I 2026 har vi særlig bidratt i arbeidet med "
        "kompetansebehovene i industrien og i helse- og omsorgssektoren.",
        dm_txt="dm 1.1", type_txt="råd/utvalg"),
    row("S02", "Samarbeidsrådet for yrkesopplæring (SRY)", "1.4", RAD, "",
        "NHO, KS, Virke, Spekter, YS, Unio",
        "LO har ledet SRY i perioden 2024–2026. Rådet har i år prioritert tilbudsstrukturen og "
        "dimensjoneringen av læreplasser.", dm_txt="dm 1.4", type_txt="råd/utvalg"),
    row("L01", "Skolering av LOs representanter i RSA", "1.4", KURS, "", "",
        "To samlinger for LO-representantene i Råd for samarbeid med arbeidslivet ved "
        "universiteter og høyskoler, om hvordan de kan påvirke relevansen i studieprogrammene.",
        dm_txt="dm 1.4", type_txt="kurs"),
    row("L02", "Tillitsvalgtkurs om kompetanseplaner i virksomheten", "2.2", KURS, "", "",
        "Nytt kurs i LOs tillitsvalgtskolering om hvordan tillitsvalgte kan bruke hovedavtalens "
        "bestemmelser om kompetanseutvikling. 620 deltakere i 2026.",
        dm_txt="dm 2.2", type_txt="kurs"),
    row("S10", "Arendalsuka 2026: «Hvem tar regningen for etterutdanningen?»", "2.2", ARR, "",
        "Spekter",
        "Felles debattmøte med Spekter om finansiering av etter- og videreutdanning for ansatte "
        "i helse og industri.", dm_txt="dm 2.2", type_txt="arrangement"),
    row("L03", "Kompetanseløft for helsefagarbeidere (2023–2025)", "2.3", PROSJEKT, "Fagforbundet",
        "Spekter, Delta",
        "Prosjektet ble avsluttet ved utgangen av 2025, og sluttrapporten ble lagt fram i mars "
        "2026. 450 helsefagarbeidere tok fagskoleutdanning i prosjektperioden.",
        dm_txt="dm 2.3", type_txt="prosjekt"),
    row("S07", "Bransjeprogrammet i kommunal helse og omsorg", "2.4", KURS, "Fagforbundet",
        "KS, KD, Unio, YS",
        "Fagforbundet og LO Kommune sitter i styringsgruppen. Over 3 000 ansatte har fått tilbud "
        "gjennom programmet siden oppstarten.", dm_txt="dm 2.4", type_txt="kurs/utdanning"),
    row("S09", "KGI-prosjektet", "2.4", PROSJEKT, "Fellesforbundet", "Norsk Industri, Industri Energi",
        "Kompetanseløft for det grønne skiftet i industrien er et partssammensatt prosjekt som "
        "kartlegger kompetansebehov og utvikler fagskolemoduler for batteri-, hydrogen- og "
        "havvindindustrien.", dm_txt="dm 2.4", type_txt="prosjekt"),
]

# ---------------------------------------------------------------- NHO (XLSX, one sheet per area)
NHO = [
    row("S01", "Medlem av Kompetansebehovsutvalget", "1.1", RAD, "NHO",
        "Øvrige hovedorganisasjoner, departementene",
        "NHO deltar i KBU og bidrar med data fra NHOs kompetansebarometer.", type_txt="Utvalg"),
    row("N01", "NHO-notat om KBUs rapport 2026", "1.1", INFO, "NHO", "",
        "Kortversjon av utvalgets hovedfunn med vekt på hva de betyr for medlemsbedriftene, sendt "
        "til landsforeningene og regionkontorene.", type_txt="Informasjon"),
    row("S03", "Representanter i de faglige rådene", "1.4", RAD, "NHO og landsforeningene",
        "LO, KS, Virke, Spekter",
        "Landsforeningene har oppnevnt om lag 40 representanter til de faglige rådene for "
        "perioden 2024–2027.", type_txt="Råd/utvalg"),
    row("S05", "Plass i UHR-MNT", "1.4", RAD, "NHO", "Norsk Industri, Abelia",
        "NHO har en representant i Universitets- og høgskolerådets strategiske enhet for "
        "matematikk, naturvitenskap og teknologi.", type_txt="Råd/utvalg"),
    row("N02", "NHOs kompetansebarometer 2026", "2.2", FOU, "NHO", "NIFU",
        "Årlig spørreundersøkelse blant medlemsbedriftene om udekket kompetansebehov.",
        type_txt="Analyse"),
    row("S08", "Samfunnskontrakten", "2.3", KURS, "NHOs regionkontorer", "Partene, KD",
        "NHO har fulgt opp kontrakten med kampanjen «Bli lærebedrift» og rekrutteringsmøter for "
        "nye lærebedrifter i alle fylker.", type_txt=None),
    row("N03", "Jenter og teknologi", "2.3", INFO, "NHO", "Bedrifter, fylkeskommunene",
        "Nasjonal kampanje for å få flere jenter til å velge teknologifag, i 2026 med vekt på "
        "yrkesfagene.", type_txt="Kampanje"),
    row("S09", "Kompetanseløft for det grønne skiftet i industrien (KGI)", "2.4", PROSJEKT,
        "Norsk Industri", "Fellesforbundet, Industri Energi, fagskolene",
        "Norsk Industri leder arbeidsgruppen som utvikler fagskolemoduler, sammen med "
        "Fellesforbundet og Industri Energi.", type_txt="Prosjekt"),
    row("N04", "Ringer i vannet", "3.3", PROSJEKT, "NHO Service og Handel", "Nav, kommuner",
        "Rekrutteringssamarbeid der medlemsbedrifter gir personer utenfor arbeidslivet "
        "arbeidspraksis og opplæring, med Nav som samarbeidspartner.", type_txt="Prosjekt"),
]

# ---------------------------------------------------------------- Unio (scanned table)
UNIO = [
    row("S01", "Unios plass i KBU", "1.1", RAD, "Unio", "Partene, departementene",
        dm_txt="1,1", type_txt="Utvalg"),
    row("S03", "Faglig råd for helse- og oppvekstfag", "1.4", RAD, "Unio",
        "NSF, Utdanningsforbundet", dm_txt="1,4", type_txt="Råd"),
    row("U01", "Undersøkelse om RSA sett fra arbeidstakersiden", "1.4", FOU, "Unio",
        "Proba samfunnsanalyse", dm_txt="1,4", type_txt="FoU"),
    row("U02", "Kurs for tillitsvalgte om KI på arbeidsplassen", "2.1", KURS, "Unio",
        "Unio-forbundene", dm_txt="2,1", type_txt="Kurs"),
    row("U03", "Rapport om videreutdanning for sykepleiere", "2.2", FOU, "NSF", "Oslo Economics",
        dm_txt="2,2", type_txt="FoU"),
]

# ---------------------------------------------------------------- KS (DOCX form, content controls)
KS = [
    row("S02", "Oppnevning av medlemmer til SRY", "1.4", RAD, "KS", "Fylkeskommunene",
        "KS oppnevner to medlemmer og to varamedlemmer til SRY etter forslag fra "
        "fylkeskommunene. Medlemmene har ledet rådets arbeidsgruppe om læreplassformidling.",
        dm_txt="1.4 Samarbeid utdanning–arbeidsliv", type_txt="Råd/utvalg/nettverk"),
    row("S04", "KS-representanter i RSA", "1.4", RAD, "KS", "Universiteter og høyskoler, kommuner",
        "KS er representert i Råd for samarbeid med arbeidslivet ved ni universiteter og "
        "høyskoler, med vekt på helse-, lærer- og barnehagelærerutdanningene.",
        dm_txt="1.4 Samarbeid utdanning–arbeidsliv", type_txt="Råd/utvalg/nettverk"),
    row("S06", "Deltakelse i nasjonalt karriereveiledningsforum", "1.3", RAD, "KS",
        "HK-dir, fylkeskommunene",
        "KS deltar i Nasjonalt forum for karriereveiledning og har i 2026 løftet fram "
        "karriereveiledning for ansatte i kommunene.", dm_txt="1.3 Karriereveiledning",
        type_txt="Nettverk"),
    row("K01", "DigiLed – lederutvikling for digital omstilling", "2.1", KURS, "KS", "OsloMet",
        "Videreutdanning på 15 studiepoeng for ledere i kommunesektoren. Fjerde kull startet "
        "høsten 2026.", dm_txt="2.1 Digital kompetanse", type_txt="Kurs/utdanning"),
    row("K02", "Lærlingløftet i kommunesektoren", "2.3", PROSJEKT, "KS", "Kommuner, fylkeskommunene",
        "Prosjekt for å øke antall læreplasser i helsearbeiderfaget og barne- og "
        "ungdomsarbeiderfaget i kommunene.", dm_txt="2.3 Yrkesfag", type_txt="Prosjekt"),
    row("S07", "Bransjeprogrammet helse og omsorg – kommunesektoren", "2.4", KURS, "KS",
        "KD, HK-dir, Fagforbundet, NSF, Delta",
        "KS er part i trepartsprogrammet og har koordinert tilbudene mot kommunene. 142 kommuner "
        "deltok i 2026.", dm_txt="2.4 Koble kompetansebehov og tilbud", type_txt="Kurs/utdanning"),
]

# ---------------------------------------------------------------- YS (RTF letter, bullets under area words)
# The first item is a plain sentence (no title): the sentence is the tiltak, without description.
YS_GROUPS = [
    ("Samarbeid mellom utdanning og arbeidsliv", ["S02"]),
    ("Digital kompetanse i hele arbeidsstyrken", ["Y02"]),
    ("Kunnskap om læring i arbeidslivet", ["S11", "Y01"]),
    ("Yrkesfagene og karrieremulighetene der", ["Y03"]),
]
YS = [
    row("S02", "YS er representert i Samarbeidsrådet for yrkesopplæring (SRY) med ett medlem og ett "
        "varamedlem.", "1.4", RAD),
    row("Y02", "Digitalt grunnkurs for tillitsvalgte", "2.1", KURS, "", "",
        "Nettkurs i bruk av digitale verktøy og KI i det lokale partssamarbeidet, tatt av 900 "
        "tillitsvalgte."),
    row("S11", "LIS-prosjektet", "2.2", FOU, "", "",
        "YS sitter i referansegruppen for Fafos studie av hvordan småbedrifter organiserer læring, "
        "sammen med Virke."),
    row("Y01", "YS Arbeidslivsbarometer 2026", "2.2", FOU, "", "",
        "Årets barometer hadde et eget tema om arbeidstakernes muligheter for etter- og "
        "videreutdanning."),
    row("Y03", "Karrierekveld for lærlinger og unge fagarbeidere", "2.3", ARR, "", "",
        "Arrangement i Oslo og Trondheim der YS-forbundene viste fram videre karriereveier etter "
        "fagbrevet."),
]

# ---------------------------------------------------------------- Virke (ODT, repeated header, merged column)
VIRKE = [
    row("S02", "Fast plass i SRY", "1.4", RAD, "Virke", "NHO, Spekter, KS",
        "Virke har ett av arbeidsgiversidens medlemmer i Samarbeidsrådet for yrkesopplæring og har "
        "særlig fulgt saken om ny tilbudsstruktur for salg og service.", dm_txt="dm. 1.4"),
    row("S04", "Virke i RSA ved BI og OsloMet", "1.4", RAD, "Virke", "BI, OsloMet",
        "Virke sitter i Råd for samarbeid med arbeidslivet ved Handelshøyskolen BI og OsloMet.",
        dm_txt="dm. 1.4"),
    row("S11", "Forskningsprosjektet «Læring i småbedrifter» (LIS)", "2.2", FOU, "Virke", "Fafo, YS",
        "Fafo undersøker hvordan virksomheter med under 20 ansatte organiserer læring. Første "
        "delrapport kom i november 2026.", dm_txt="dm. 2.2"),
    row("V01", "Bransjeprogram for varehandel", "2.4", KURS, "Virke", "Handel og Kontor, KD, HK-dir",
        "Trepartsprogram med moduler i salg, netthandel og logistikk. 1 200 ansatte tok moduler "
        "i 2026.", dm_txt="dm. 2.4"),
    row("V02", "HR-nettverk for små virksomheter", "2.4", RAD, "Virke", "",
        "Nettverk der 35 medlemsvirksomheter deler erfaringer med kompetansekartlegging og "
        "kompetanseplanlegging.", dm_txt="dm. 2.4"),
    row("V03", "Kompetansebevis for handel", "2.5", PROSJEKT, "Virke", "Handel og Kontor, HK-dir",
        "Digitalt verktøy som dokumenterer kompetanse ansatte har fått gjennom arbeid i "
        "varehandelen, som grunnlag for realkompetansevurdering.", dm_txt="dm. 2.5"),
]

# ---------------------------------------------------------------- Akademikerne (two DOCX versions, direct numbering)
AKADEMIKERNE = [
    row("S01", "Kompetansebehovsutvalget", "1.1", RAD, "", "",
        "Akademikerne har plass i KBU og har i 2026 bidratt med analyser av behovet for høyt "
        "utdannet arbeidskraft i offentlig sektor.", type_txt="råd/utvalg/nettverk"),
    row("A01", "Karriereveiledning for medlemmer i omstilling", "1.3", INFO, "", "",
        "Forbundene tilbyr individuell karriereveiledning til medlemmer som berøres av "
        "nedbemanning eller omstilling.", type_txt="informasjon"),
    row("S04", "Medlemmer i universitetenes arbeidslivsråd (RSA)", "1.4", RAD, "", "",
        "Representanter fra Akademikernes forbund sitter i RSA ved NTNU, UiB og UiT.",
        type_txt="råd/utvalg/nettverk"),
    row("A02", "Webinarserie om kunstig intelligens i kunnskapsarbeid", "2.1", ARR, "", "",
        "Fem webinarer for tillitsvalgte og medlemmer om bruk av KI og hva det betyr for "
        "kompetansebehovet.", type_txt="arrangement"),
    row("A03", "Rapport om etter- og videreutdanning blant akademikere", "2.2", FOU, "", "",
        "Undersøkelse blant 6 000 medlemmer om deltakelse i og hindringer for videreutdanning, "
        "gjennomført av Samfunnsøkonomisk analyse.", type_txt="FoU"),
]
# In the revised version, the description of A03 was edited with tracked changes (shown as
# accepted text above): "gjennomført av Samfunnsøkonomisk analyse" replaced "gjennomført av Ipsos".
AKADEMIKERNE_TRACKED = ("A03", "gjennomført av ", "Ipsos", "Samfunnsøkonomisk analyse")

# The superseded draft: a different set, in places other words. Not in the truth.
AKADEMIKERNE_UTKAST = [
    ("Kompetansebehovsutvalget",
     "Akademikerne har plass i KBU og bidrar med analyser.", "Delmål 1.1, råd/utvalg/nettverk"),
    ("Karriereveiledning for medlemmer",
     "Forbundene tilbyr karriereveiledning til medlemmer.", "Delmål 1.3, informasjon"),
    ("Webinarer om KI",
     "Webinarer for tillitsvalgte om kunstig intelligens.", "Delmål 2.1, arrangement"),
    ("Medlemsundersøkelse om etter- og videreutdanning",
     "Undersøkelse blant medlemmene om videreutdanning, gjennomført av Ipsos.", "Delmål 2.2, FoU"),
]

# ---------------------------------------------------------------- Spekter (slide deck PDF, roman areas)
SPEKTER = [
    row("S03", "Representanter i Faglig råd for helse- og oppvekstfag", "1.4", RAD, "", "",
        "Spekter oppnevner to av arbeidsgiverrepresentantene i rådet.",
        dm_txt="I.4", type_txt="Råd/utvalg"),
    row("S05", "Observatør i UHR-Helse og velferd", "1.4", RAD, "", "",
        "Observatørplassen brukes til å gi innspill om praksis og relevans i helse- og "
        "velferdsutdanningene.", dm_txt="I.4", type_txt="Råd/utvalg"),
    row("S10", "Frokostmøte i Arendal: «Hvem tar regningen for etterutdanningen?»", "2.2", ARR, "",
        "LO", "Debatt under Arendalsuka om hvem som skal betale for etter- og videreutdanning.",
        dm_txt="II.2", type_txt="Arrangement"),
    row("P01", "Samling for Spekters representanter i de faglige rådene", "2.3", ARR, "", "",
        "Erfaringsutveksling og forberedelse til høringen om ny tilbudsstruktur.",
        dm_txt="II.3", type_txt="Arrangement"),
    row("S08", "Samfunnskontrakten for flere læreplasser", "2.3", KURS, "", "",
        "Fulgt opp i helseforetakene: 1 150 lærlinger ved utgangen av 2026.",
        dm_txt="II.3", type_txt=None),
    row("P02", "Kompetanseløft for helsefagarbeidere – fase 2 (2026–2028)", "2.3", PROSJEKT, "",
        "Fagforbundet, Delta",
        "Ny fase med vekt på fagskoleutdanning i psykisk helse og rus for helsefagarbeidere i "
        "sykehusene.", dm_txt="II.3", type_txt="Prosjekt"),
]

# ---------------------------------------------------------------- VOFO (.doc, prose under delmål headings)
VOFO = [
    row("F01", "Regionale VOFO-nettverk med fylkeskommunene", "1.2", RAD, "VOFO",
        "Fylkeskommunene, studieforbundene",
        "VOFO har etablert faste møtepunkter mellom studieforbundene og fylkeskommunene i ni "
        "fylker, for at studieforbundene skal bli en del av de regionale kompetansestrategiene.",
        type_txt="Nettverk"),
    row("F02", "Promotering av Kompetanseprogrammet", "3.2", INFO, "VOFO", "HK-dir",
        "Informasjonsmøter og en veileder for studieforbund som vil søke midler til opplæring i "
        "grunnleggende ferdigheter.", type_txt=None),
    row("F03", "«Norsk i praksis» – norskkurs i studieforbundene", "3.4", KURS, "Studieforbundene", "",
        "Studieforbundene tilbød i 2026 norskkurs med praktisk innhold til 3 400 deltakere, mange "
        "i kombinasjon med frivillig arbeid.", type_txt="Kurs"),
    row("F04", "Statistikkrapporten «Voksnes læring i studieforbund 2026»", "3.6", FOU, "VOFO", "",
        "Årlig rapport om deltakelse, fagområder og målgrupper i studieforbundene.",
        type_txt="FoU"),
]
VOFO_HEADINGS = {
    "1.2": "Delmål 1.2 – Regionalt samarbeid",
    "3.2": "Delmål 3.2 – Kompetanseprogrammet",
    "3.4": "Delmål 3.4 – Norskopplæring",
    "3.6": "Delmål 3.6 – Opplæring i frivillig sektor",
}

# ---------------------------------------------------------------- UHR (two-column PDF)
UHR = [
    row("S05", "De fagstrategiske enhetene", "1.4", RAD, "UHR", "Partene i arbeidslivet",
        "UHRs fagstrategiske enheter, blant dem UHR-Lærerutdanning, UHR-Helse og velferd og "
        "UHR-MNT, har i 2026 hatt arbeidslivsrelevans som fast tema. Partene har plass eller "
        "observatørstatus i flere av enhetene.", type_txt="Råd/utvalg/nettverk"),
    row("S04", "Råd for samarbeid med arbeidslivet (RSA)", "1.4", RAD,
        "Universitetene og høgskolene", "KS, NHO, LO, Virke, Akademikerne, Unio, Spekter",
        "RSA er institusjonenes viktigste arena for strategisk samarbeid med arbeidslivet. I 2026 "
        "har rådene særlig drøftet etter- og videreutdanning.", type_txt="Råd/utvalg/nettverk"),
    row("H01", "Kartlegging av etter- og videreutdanningstilbudet i UH-sektoren", "2.2", FOU, "UHR",
        "NIFU", "Oversikt over alle EVU-tilbud i 2025–2026 med omfang, pris og deltakertall.",
        type_txt="FoU"),
    row("H02", "Nasjonale retningslinjer for mikrokvalifikasjoner", "2.4", PROSJEKT, "UHR", "HK-dir",
        "Felles retningslinjer for korte, studiepoenggivende emner for yrkesaktive, slik at de "
        "kan bygges sammen til større grader.", type_txt="Prosjekt"),
]

# ---------------------------------------------------------------- Vestland fylkeskommune (nynorsk DOCX -> PDF)
VESTLAND = [
    row("W01", "Kompetanseforum Vestland", "1.2", RAD, "Vestland fylkeskommune",
        "LO, NHO, KS, Nav Vestland, HVL, UiB, Fagskulen Vestland",
        "Partnarskap mellom fylkeskommunen, partane, Nav, universitet og høgskular og fagskulane "
        "om den regionale kompetansestrategien. Fire møte i 2026.", type_txt="Råd/utval/nettverk"),
    row("S06", "Plass i Nasjonalt forum for karriererettleiing", "1.3", RAD, "Vestland fylkeskommune",
        "HK-dir, dei andre fylkeskommunane",
        "Vestland fylkeskommune har ein plass i forumet på vegner av fylkeskommunane og la i 2026 "
        "fram erfaringane frå karrieresentera i fylket.", type_txt="Nettverk"),
    row("W02", "Karriererettleiing for vaksne i omstilling", "1.3", INFO, "Vestland fylkeskommune",
        "Nav Vestland",
        "Karrieresentera i Bergen, Førde og Stord hadde 2 700 rettleiingssamtalar med vaksne, "
        "mange av dei permitterte eller oppsagde.", type_txt="Informasjon"),
    row("S08", "Samfunnskontrakten for fleire læreplassar", "2.3", KURS, "Vestland fylkeskommune",
        "Partane i arbeidslivet, opplæringskontora",
        "Fylkeskommunen har følgt opp kontrakten med rekrutteringsmøte for lærebedrifter og 180 "
        "nye godkjende lærebedrifter.", type_txt="Kurs/utdanning"),
    row("W03", "Kompetanseløft for det grøne skiftet – regional satsing i Sunnfjord og Sogn", "2.4",
        PROSJEKT, "Vestland fylkeskommune", "Fagskulen Vestland, Industrinettverk Sogn",
        "Regional versjon av KGI: fylkeskommunen finansierer fagskulemodular om batteri og "
        "hydrogen for industrien i Sunnfjord og Sogn.", type_txt="Prosjekt"),
    row("W04", "Modulstrukturert fagopplæring for vaksne", "3.1", KURS, "Vestland fylkeskommune",
        "Nav Vestland, kommunane",
        "Vaksne kan ta fagbrev modul for modul i 14 lærefag. 520 deltakarar i 2026.",
        type_txt="Kurs/utdanning"),
]

# ---------------------------------------------------------------- Innlandet fylkeskommune (DOCX memo, delmål in words)
INNLANDET = [
    row("I01", "Kompetanseforum Innlandet", "1.2", RAD, "", "LO, NHO, KS, Virke, Nav Innlandet, "
        "Universitetet i Innlandet, fagskolene",
        "Forumet la i 2026 fram forslag til regional kompetansestrategi for 2026–2030, som "
        "fylkestinget vedtok i juni.",
        dm_txt="styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
        type_txt="nettverk"),
    row("I02", "Karrieresenteret på arbeidsplassen", "1.3", INFO, "", "22 virksomheter i Innlandet",
        "Veiledere fra Karriere Innlandet har hatt faste dager på arbeidsplasser for ansatte "
        "uten fagbrev.", dm_txt="tilgang til karriereveiledning for alle", type_txt="informasjon"),
    row("I03", "Desentralisert fagskoletilbud i helse", "1.4", KURS, "", "Fagskolen Innlandet, kommunene",
        "Psykisk helsearbeid og eldreomsorg tilbys som nettbasert utdanning med samlinger i seks "
        "kommuner.",
        dm_txt="relevant utdanning og tilgang på kvalifisert arbeidskraft i alle regioner",
        type_txt="utdanning"),
    row("I04", "Norsk og fagopplæring for minoritetsspråklige", "3.4", KURS, "",
        "Kommunene, Nav Innlandet",
        "Kombinasjonsløp der deltakere i introduksjonsprogrammet tar norsk og "
        "helsearbeiderfaget parallelt.",
        dm_txt="norskopplæring og kvalifisering i introduksjonsprogrammet", type_txt="utdanning"),
    row("I05", "Samarbeidsavtale med Nav Innlandet om opplæring", "3.5", KURS, "", "Nav Innlandet",
        "Avtalen gir arbeidssøkere plass i videregående opplæring for voksne, finansiert av Nav "
        "som arbeidsmarkedstiltak.",
        dm_txt="Navs opplæringstilbud for arbeidssøkere som trenger kvalifisering",
        type_txt="utdanning"),
]

# ---------------------------------------------------------------- Nasjonalt fagskoleråd (PDF letter, new member)
FAGSKOLERADET = [
    row("G01", "Arbeidslivspaneler ved fagskolene", "1.4", INFO, "Nasjonalt fagskoleråd", "",
        "Vi har laget en veileder for hvordan fagskolene kan etablere arbeidslivspaneler som gir "
        "råd om innholdet i utdanningene. 31 fagskoler har nå slike paneler.",
        dm_txt="delmål 1.4", type_txt="informasjon"),
    row("S12", "Fagskolekonferansen 2026", "2.3", ARR, "Nasjonalt fagskoleråd", "HK-dir",
        "Vi arrangerte konferansen sammen med HK-dir i Bergen i oktober. Temaet var fagskolenes "
        "rolle i det grønne skiftet.", dm_txt="delmål 2.3", type_txt="arrangement"),
]

# ---------------------------------------------------------------- the files: name, member, rows, shape
FILES = [
    ("Regjeringen - rapportering KPR 2026.docx", "Regjeringen", REGJERINGEN,
     "DOCX: one table, rows grouped under merged area and delmål rows (no delmål column); "
     "title in bold with its description below it in the tiltak cell; Kategori column"),
    ("LO_rapport_kompetansepolitisk_rad_2026.pdf", "LO", LO,
     "PDF exported by LibreOffice from Word: area headings, numbered bold titles, description, "
     "a small line «dm 1.1 · type · Ansvar · Samarbeid»"),
    ("NHO tiltak 2026.xlsx", "NHO", NHO,
     "XLSX: instructions sheet, one sheet per area, header in row 4 with other words "
     "(Aktivitet, Hva innebærer aktiviteten, Hvem i NHO-fellesskapet, Med hvem), delmål as numbers, "
     "a hidden lists sheet"),
    ("Scan_20270129_Unio.pdf", "Unio", UNIO,
     "Scanned page: image-only PDF, tilted and noisy table, delmål with comma (1,1)"),
    ("KS rapporteringsskjema 2026.docx", "KS", KS,
     "DOCX form: one two-column table per tiltak, values in content controls (w:sdt)"),
    ("YS_rapportering_2026.rtf", "YS", YS,
     "RTF letter: bullets under headings that name the delmål in words only; bold title before a "
     "colon, one bullet a plain sentence; no types"),
    ("Virke_KPR_2026.odt", "Virke", VIRKE,
     "ODT: table Hva | Dm. | Beskrivelse | Ansvarlig / partnere (merged column), header row repeated "
     "in the middle; no types"),
    ("Akademikerne_KPR_2026.docx", "Akademikerne", [],
     "DOCX draft (15 Jan 2027), superseded by the revised version: no rows"),
    ("Akademikerne_KPR_2026_revidert.docx", "Akademikerne", AKADEMIKERNE,
     "DOCX revised (3 Feb 2027): bullets with direct numbering (w:numPr), bold title – description "
     "(Delmål x.y, type); one tracked change"),
    ("Spekter_presentasjon_KPR_2026.pdf", "Spekter", SPEKTER,
     "Slide deck as PDF: contents slide, one slide per area with roman numerals (Delmål II.3), "
     "bold titles with a meta line and a description line"),
    ("VOFO_rapport_2026.doc", "VOFO", VOFO,
     "Word 97 .doc (LibreOffice): prose under «Delmål x.y – …» headings, bold title, description, "
     "a line of Type/Ansvarlig/Samarbeid"),
    ("UHR_rapport_KPR_2026.pdf", "UHR", UHR,
     "PDF in two columns: intro prose, section headings with [delmål 1.4], tiltak subheadings, "
     "description, a meta line; closing prose"),
    ("Vestland_fylkeskommune_rapportering_2026.pdf", "Vestland fylkeskommune", VESTLAND,
     "Nynorsk PDF exported by LibreOffice from Word: table with a two-row header (Tiltak over Namn "
     "and Skildring)"),
    ("Innlandet fk - notat rapportering 2026.docx", "Innlandet fylkeskommune", INNLANDET,
     "DOCX memo: typed numbers, bold titles, delmål named in words only, Kategori/Samarbeid line"),
    ("Fagskolerådet_brev_2026.pdf", "Nasjonalt fagskoleråd", FAGSKOLERADET,
     "PDF letter from a member reporting for the first time: numbered bold titles and descriptions"),
    ("Innkalling_KPR_mars_2027.docx", "", [],
     "Not a member report: the secretariat's meeting notice with numbered agenda items and "
     "sub-headings 3.1/3.2: no rows"),
]
