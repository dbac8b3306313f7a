"""LO: the department's annual report (årsmelding) for 2081, written in LibreOffice Writer and exported to PDF.
The skills-policy work is one chapter among the department's finance, staff/HMS and equality chapters. The HMS
chapter has its own «tiltak» (safety round, ergonomics course) that are not skills measures; the council seats are
a bullet list with one shared sentence giving their delmål, the own and joint measures a table."""
from __future__ import annotations

from .common import ARR, FOU, KURS, PROSJEKT, RAD, Odt, lo_to_pdf, pdf_text_with_cells, row

FILENAME = "LO årsmelding 2081 avdeling for samfunnspolitikk og kompetanse.pdf"
MEMBER = "LO"
FORMAT = "PDF exported by LibreOffice from a hand-written ODT (content, styles, meta, manifest); dates and /ID fixed"
SHAPE = ("department annual report (årsmelding): title page lines, chapters «1 Avdelingen i 2081», «2 Økonomi» "
         "(table Post / Budsjett 2081 / Regnskap 2081), «3 Personal og HMS» (sick-leave figure and a bullet list "
         "«HMS-tiltak i 2081»), «4 Kompetansepolitisk arbeid» with «4.1 Representasjon» (bullets: bold council "
         "name – text – italic «Representant: …»; one sentence after the list gives the delmål of all seats) and "
         "«4.2 Tiltak i 2081» (table Tiltak / Delmål / Form / Ansvarlig / Sammen med / Kort omtale), «4.3 "
         "Avsluttet og planlagt» in prose, «5 Likestilling og mangfold», signature")
NOT_TRUTH = ("the title lines, chapters 1, 2, 3 and 5 (finance table, staff figures, the HMS measures 'vernerunde', "
             "'kurs i ergonomi', 'ny varslingsrutine'), the sentence giving the seats' delmål, the header of the "
             "table, chapter 4.3 (the campaign «Fagbrev gir frihet», ended 2080; a course for young shop stewards "
             "starting 2082), the signature")

# council seats: name, text, representative (ansvarlig), delmål, seed
SEATS = [
    ("Kompetansebehovsutvalget (KBU)",
     "Utvalget la i juni fram rapporten om kompetanse for grønn omstilling. LO fikk gjennomslag for et eget "
     "kapittel om behovet for fagarbeidere i industrien.", "Liv Haugen", "1.1", "M03"),
    ("Faglig råd for teknikk og industriell produksjon",
     "Rådet er ett av de faglige rådene under Samarbeidsrådet for yrkesopplæring (SRY). I 2081 arbeidet rådet med "
     "nye læreplaner i industrimekanikerfaget og CNC-maskineringsfaget.", "Tor Eikeland (Fellesforbundet)", "2.3",
     "M01"),
]
# table: name, delmål, form, ansvarlig, sammen med, omtale, seed, type
MEASURES = [
    ("Praksisbrevet for voksne – LOs del", "3.1", "Prosjekt", "Fellesforbundet", "NHO, fylkeskommunene",
     "Tillitsvalgte rekrutterte 64 voksne uten fullført videregående til praksisbrevløpet i industri- og byggfag.",
     "J02", PROSJEKT),
    ("Tillitsvalgtskolering i kompetansekartlegging", "2.4", "Kurs", "LO-skolen", "",
     "Tolv kurs for klubbledere i hvordan de kartlegger kompetansebehov og fremmer krav om opplæring; 310 "
     "deltakere.", None, KURS),
    ("Fagbrevdagen på Youngstorget", "2.3", "Arrangement", "LO Ung", "Oslo kommune",
     "Åpen dag i juni der lærlinger fra 18 fag viste fram yrkene sine for elever i ungdomsskolen.", None, ARR),
    ("LOs innspill til KBUs rapport om grønn omstilling", "1.1", "Notat", "Avdeling for samfunnspolitikk og "
     "kompetanse", "LO-forbundene",
     "Eget notat med forbundenes vurdering av kompetansebehovet i grønn industri, sendt utvalget i februar. Notatet "
     "er LOs eget og ikke en del av utvalgets arbeid.", None, FOU),
]


def build(out) -> list[dict]:
    d = Odt(font="Liberation Sans", size="10.5pt")
    d.p("Landsorganisasjonen i Norge", "P_sub")
    d.p("Årsmelding 2081", "P_title")
    d.p("Avdeling for samfunnspolitikk og kompetanse", "P_sub")
    d.p([("Behandlet i avdelingsmøtet 19. januar 2082. Kapittel 4 er også avdelingens rapport til sekretariatet "
          "for Kompetansepolitisk råd.", "i")])
    d.h("1 Avdelingen i 2081", 1)
    d.p("Avdelingen hadde 14 ansatte ved utgangen av året, fordelt på tre team: arbeidsliv og velferd, utdanning og "
        "kompetanse, og analyse. To nye rådgivere begynte i august, og en rådgiver gikk av med pensjon.")
    d.h("2 Økonomi", 1)
    d.p("Avdelingen holdt seg innenfor rammen. Merforbruket på reiser skyldes flere regionale møter om "
        "kompetansereformen enn planlagt.")
    d.table([7.5, 4, 4], [
        ["Post", "Budsjett 2081", "Regnskap 2081"],
        ["Lønn og sosiale kostnader", "16 800 000", "16 512 300"],
        ["Reiser og møter", "620 000", "704 900"],
        ["Kurs og konferanser", "1 150 000", "1 098 200"],
        ["Prosjektmidler", "2 400 000", "2 365 000"],
        [[("Sum", "b")], [("20 970 000", "b")], [("20 680 400", "b")]],
    ])
    d.h("3 Personal og HMS", 1)
    d.p("Sykefraværet var 3,4 prosent, mot 4,1 prosent året før. Arbeidsmiljøundersøkelsen i oktober viste høy "
        "trivsel, men også at mange opplever arbeidspresset som stort i perioder.")
    d.p([("HMS-tiltak i 2081:", "b")])
    d.bullets(["vernerunde i mars, med oppfølging av funnene i avdelingsmøtet",
               "kurs i ergonomi for alle ansatte, holdt av bedriftshelsetjenesten",
               "ny varslingsrutine, vedtatt i samarbeid med de tillitsvalgte"])
    d.h("4 Kompetansepolitisk arbeid", 1)
    d.h("4.1 Representasjon", 2)
    d.p("LO har plass i disse organene som hører under den nasjonale kompetansepolitiske strategien:")
    d.bullets([[(name, "b"), (" – " + txt + " ", ""), (f"Representant: {rep}.", "i")]
               for name, txt, rep, _dm, _s in SEATS])
    d.p("Rådsplassene hører til delmål 1.1 (KBU) og 2.3 (de faglige rådene under SRY) i strategien.")
    d.h("4.2 Tiltak i 2081", 2)
    d.table([3.8, 1.3, 2.4, 2.9, 2.8, 3.4],
            [["Tiltak", "Delmål", "Form", "Ansvarlig", "Sammen med", "Kort omtale"]]
            + [[[(m[0], "b")], m[1], m[2], m[3], m[4], m[5]] for m in MEASURES])
    d.h("4.3 Avsluttet og planlagt", 2)
    d.p("Kampanjen «Fagbrev gir frihet» ble avsluttet i 2080 og er derfor ikke tatt med over. Fra 2082 starter "
        "LO-skolen et nytt kurs for unge tillitsvalgte om etter- og videreutdanning i tariffavtalene.")
    d.h("5 Likestilling og mangfold", 1)
    d.p("Avdelingen har like mange kvinner og menn. Alle ledere har gjennomført kurs i inkluderende rekruttering.")
    d.p("")
    d.p("Oslo, 20. januar 2082")
    d.p("Liv Haugen, avdelingsleder")
    lo_to_pdf(d.to_bytes("Årsmelding 2081", "LO", footer="LO – Årsmelding 2081 – Avdeling for samfunnspolitikk og "
                         "kompetanse"), ".odt", out / FILENAME)
    rows = [row(FILENAME, MEMBER, n, s, dm, RAD, rep, "", txt) for n, txt, rep, dm, s in SEATS]
    rows += [row(FILENAME, MEMBER, n, s, dm, ty, ans, med, om) for n, dm, _f, ans, med, om, s, ty in MEASURES]
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
