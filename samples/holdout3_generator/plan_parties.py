"""What the social partners wrote about 2023: LO, NHO, Unio, KS, YS, Virke and Spekter, each in its own words."""

from . import measures as m
from .model import Entry as E  # noqa: N817 - the plan reads as a table

LO = (
    E(m.KBU, "LOs plass i Kompetansebehovsutvalget",
      beskrivelse="LO er representert i utvalget med én representant fra samfunnspolitisk avdeling og har i 2023 "
                  "særlig løftet behovet for fagarbeidere i det grønne skiftet."),
    E(m.SRY, "Representasjon i SRY og de faglige rådene", partnere="Forbundene i LO",
      beskrivelse="LO og forbundene oppnevner medlemmer til Samarbeidsrådet for yrkesopplæring og til alle de ti "
                  "faglige rådene. Arbeidet med ny tilbudsstruktur tok mye tid i 2023."),
    E(m.LO_KI, "Kunstig intelligens på arbeidsplassen – nettkurs for tillitsvalgte", partnere="AOF, LO Stat",
      beskrivelse="Nettkurset gir tillitsvalgte grunnlag for å drøfte innføring av KI-verktøy med arbeidsgiver."),
    E(m.HANDELSLOFT, "Digitalt løft i varehandelen", partnere="Virke, Handel og Kontor",
      beskrivelse="Handel og Kontor og Virke har laget et nettbasert kursløp i netthandel, lager og kundedata for "
                  "ansatte i butikk."),
    E(m.LO_PERMISJON, "Notat om bruk av utdanningspermisjon", partnere="Fafo",
      beskrivelse="Fafo har på oppdrag fra LO undersøkt hvor mange som bruker retten til utdanningspermisjon, og "
                  "hva som hindrer dem."),
    E(m.INDUSTRILOFT, "Industriløft 2030 – kompetanse for lavutslippsindustrien",
      partnere="NHO, Fellesforbundet, Industri Energi",
      beskrivelse="Et treårig program der LO og NHO sammen med fagskolene utvikler korte moduler i elektrifisering "
                  "og karbonfangst for ansatte i prosessindustrien."),
    E(m.TV_PLANLEGGING, "Kurs for tillitsvalgte i kompetanseplanlegging", partnere="AOF",
      beskrivelse="Fire regionale kurs om hvordan tillitsvalgte kan kreve en plan for kompetanseutvikling i egen "
                  "virksomhet."),
    E(m.LO_GRUNNLEGGENDE, "Lese- og regneopplæring på arbeidsplassen gjennom Kompetanseprogrammet",
      partnere="HK-dir, Fagforbundet, NNN",
      beskrivelse="Forbundene har hjulpet 40 virksomheter med å søke midler til opplæring i grunnleggende "
                  "ferdigheter for ansatte."),
)

NHO = (
    E(m.KBU, "NHOs medlemskap i Kompetansebehovsutvalget", "KD", "Øvrige hovedorganisasjoner",
      "NHO har et fast medlem i KBU og har bidratt med tall fra NHOs kompetansebarometer."),
    E(m.KBU_BREAKFAST, "Frokostmøte om KBU-rapporten", "NHO", "Kompetansebehovsutvalget",
      "NHO inviterte medlemsbedriftene til en gjennomgang av funnene i utvalgets nye rapport og hva de betyr for "
      "rekrutteringen."),
    E(m.SRY, "Landsforeningenes arbeid i de faglige rådene og i SRY", "NHO", "Landsforeningene",
      "NHO har leder- eller nestlederverv i seks faglige råd og er fast medlem av SRY."),
    E(m.RSA, "Regionkontorene i RSA", "NHO", "Universiteter og høyskoler",
      "NHO er med i råd for samarbeid med arbeidslivet ved elleve universiteter og høyskoler, for det meste "
      "gjennom regiondirektørene."),
    E(m.FAGSKOLERAD, "Plass i Nasjonalt fagskoleråd", "KD", "Fagskolene, arbeidstakersiden",
      "NHO har to representanter i rådet og har i 2023 arbeidet for flere studieplasser i tekniske fag."),
    E(m.INDUSTRILOFT, "Industriløft 2030", "NHO", "LO, Norsk Industri, fagskolene",
      "Partene har sammen utviklet korte fagskolemoduler for ansatte som skal jobbe med elektrifisering og "
      "hydrogen."),
    E(m.BYGGLOFT, "Grønt løft i byggenæringen", "BNL", "Fagskolene i Viken og Vestland",
      "Et utviklingsprosjekt der BNL og fagskolene lager nye etterutdanningstilbud i energieffektiv rehabilitering "
      "for små byggebedrifter."),
    E(m.REISELIV_NETTKURS, "Bransjeprogram for reiseliv: nettkurs i vertskap og service", "NHO Reiseliv",
      "HK-dir, Fellesforbundet",
      "Korte nettkurs for ansatte på hotell og restaurant, med mulighet for å ta fagbrev senere."),
    E(m.NHO_BEDRIFTSKLAR, "Bedriftsklar – opplæring av ledige i samarbeid med NAV", "NHO", "NAV, medlemsbedrifter",
      "Ledige får en kort opplæring og praksis i bedrifter som trenger folk."),
)

UNIO = (
    E(m.KBU, "Unio oppnevner ett medlem til Kompetansebehovsutvalget",
      beskrivelse="Medlemmet kommer fra Forskerforbundet."),
    E(m.KBU_INPUT, "Innspill til Kompetansebehovsutvalgets arbeid med lærer- og sykepleiermangel",
      partnere="Utdanningsforbundet, Norsk Sykepleierforbund",
      beskrivelse="Unio sendte i mai et skriftlig innspill med tall fra forbundene."),
    E(m.UHR_UNITS, "Forbundene er med i UHR-Lærerutdanning og UHR-Helse og velferd",
      partnere="Utdanningsforbundet, NSF"),
    E(m.UNIO_SYKEPLEIE, "Kartlegging av sykepleieres bruk av videreutdanning", partnere="NSF",
      beskrivelse="Undersøkelsen blant 3 000 medlemmer viser at turnus og manglende permisjon er de største "
                  "hindrene."),
    E(m.UNIO_FILM, "Filmserie om karriereveier fra helsefagarbeider til sykepleier", partnere="NSF"),
    E(m.UNIO_MENTOR, "Mentorordning for lærere med utdanning fra utlandet", partnere="Utdanningsforbundet, HK-dir"),
)

KS = (
    E(m.KARRIEREFORUM, "Deltakelse i Nasjonalt forum for karriereveiledning", "HK-dir", "Fylkeskommunene"),
    E(m.SRY, "KS i Samarbeidsrådet for yrkesopplæring og i faglig råd for helse- og oppvekstfag", "KS",
      "Fylkeskommunene, kommunene"),
    E(m.RSA, "Representasjon i RSA ved universiteter og høgskoler som utdanner til velferdsyrkene",
      "Universitetene og høgskolene", "Kommuner i regionen"),
    E(m.KS_VELFERDSTEK, "Læringsløp om velferdsteknologi i KS Læring", "KS", "Kommunene, Helsedirektoratet"),
    E(m.KOMMUNE_KARTLEGGING, "Kartlegging av kompetansebehov i kommunesektoren 2023", "KS", "Proba samfunnsanalyse"),
    E(m.KS_LAERLING, "Kampanjen «Lærling i kommunen»", "KS", "Fylkeskommunene, Fagforbundet"),
    E(m.TURNUS, "Fagbrev i turnus – fagbrev for ufaglærte i helse og omsorg", "KS",
      "Spekter, Delta, Fagforbundet, NSF"),
    E(m.KS_SPRAKPRAKSIS, "Språkpraksis i kommunale virksomheter for deltakere i introduksjonsprogrammet",
      "Kommunene", "IMDi, NAV"),
)

YS = (
    E(m.KBU, "YS i Kompetansebehovsutvalget",
      beskrivelse="YS har hatt fast plass i utvalget siden starten og deltok på alle møtene i 2023."),
    E(m.FAGSKOLERAD, "Representasjon i Nasjonalt fagskoleråd",
      beskrivelse="YS og Unio deler arbeidstakerplassen; i 2023 har YS hatt setet."),
    E(m.REP_TRAINING, "Samling for YS-representanter i faglige råd og yrkesopplæringsnemnder",
      beskrivelse="Nye representanter fikk en innføring i regelverket for fag- og yrkesopplæringen og i hvordan "
                  "de kan fremme forbundenes saker."),
    E(m.YS_BAROMETER, "YS Arbeidslivsbarometer 2023 med tema livslang læring",
      beskrivelse="Barometeret viser at fire av ti arbeidstakere ikke har fått noen opplæring fra arbeidsgiver det "
                  "siste året."),
    E(m.TV_KARTLEGGING, "Kurs for tillitsvalgte i kompetansekartlegging",
      beskrivelse="Kurset lærer tillitsvalgte å bruke et enkelt verktøy for å kartlegge hva de ansatte kan og "
                  "trenger."),
    E(m.YS_VEILEDER, "Veileder om godkjenning av utenlandske fagbrev",
      beskrivelse="Parat og Delta har laget en veileder på flere språk for medlemmer med yrkesutdanning fra "
                  "utlandet."),
    E(m.TURNUS, "Fagbrev i turnus",
      beskrivelse="Delta er med i partssamarbeidet med KS og Spekter om å gi ufaglærte i helse og omsorg fagbrev "
                  "mens de er i jobb."),
)

VIRKE = (
    E(m.KARRIEREFORUM, "Virke sitter i Nasjonalt forum for karriereveiledning", "HK-dir", "NHO",
      "Virke representerer arbeidsgiversiden sammen med NHO."),
    E(m.SRY, "Virkes representanter i faglig råd for salg, service og reiseliv og i SRY", "Virke", "Handel og Kontor",
      "Virke har hatt ledervervet i det faglige rådet i 2023."),
    E(m.HANDELSLOFT, "Handelsløftet – digitale kurs for butikkansatte", "Virke", "LO/Handel og Kontor",
      "Nettkurs i netthandel, logistikk og bruk av kundedata, utviklet sammen med HK."),
    E(m.HANDEL_NETTKURS, "Bransjeprogram for varehandel: nettkurs i kundeservice", "Virke", "HK-dir",
      "Korte kurs for ansatte i butikk uten formell kompetanse, finansiert gjennom bransjeprogrammene."),
    E(m.VIRKE_LEDER, "Lederprogram i strategisk kompetanseplanlegging for ideelle virksomheter", "Virke", "BI",
      "Seks samlinger for ledere i ideelle barnehager, skoler og helsevirksomheter."),
    E(m.VIRKE_FILM, "Rekrutteringsfilmer om fagbrev i salg", "Virke", "Opplæringskontorene i handel",
      "Tre korte filmer for sosiale medier, rettet mot elever i ungdomsskolen."),
    E(m.VIRKE_SERTIFIKAT, "Bransjesertifikat for butikkmedarbeidere", "Virke", "Handelens opplæringskontor",
      "Et sertifikat som dokumenterer hva erfarne butikkmedarbeidere kan, uten at de må ta fagbrev."),
)

SPEKTER_TABLE = (
    E(m.SRY, "Spekter har plass i SRY og i faglig råd for helse- og oppvekstfag", "Spekter", "Helseforetakene"),
    E(m.RSA, "Helseforetakene deltar i arbeidslivsrådene ved universitetene", "Universitetene", "Helseforetakene"),
    E(m.UHR_UNITS, "Observatør i UHR-Helse og velferd", "UHR"),
    E(m.TURNUS, "Fagbrev i turnus (sammen med KS og YS/Delta)", "Spekter", "KS, Delta"),
)
SPEKTER_LIST = (
    E(m.RSA_WEBINAR, "Webinar for helseforetakene om hvordan RSA-møtene kan brukes bedre"),
    E(m.SPEKTER_JOBBMATCH, "Jobbmatch – arbeidspraksis i sykehus for innvandrere med helsefaglig bakgrunn"),
)
