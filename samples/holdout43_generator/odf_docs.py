"""04 Unio (ODT questionnaire), 07 UHR (ODS field blocks), 13 Virke (ODT prose)."""
import os

from .odf import OdsBook, OdtDoc
from .truth import FILES, get

CODES = [("1", ["1.1", "1.2", "1.3", "1.4"]), ("2", ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6"]),
         ("3", ["3.1", "3.2", "3.3", "3.4", "3.5", "3.6"])]
TYPES = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]


def _box(on):
    return "☒" if on else "☐"


def build_04(out_dir):
    d = OdtDoc("Spørreskjema rapportering 2063 – Unio", "Unio", footer="Unio – spørreskjema 2063 – side ")
    d.heading("Spørreskjema – medlemmenes rapportering av tiltak for 2063", 1)
    d.para("Sekretariatet for Kompetansepolitisk råd ber hvert medlem fylle ut ett skjema per tiltak. "
           "Kryss av (☒) for delmål og type tiltak.")
    d.para([("Organisasjon: ", "B"), ("Unio – hovedorganisasjonen for universitets- og høyskoleutdannede", "")])
    d.para([("Utfylt av: ", "B"), ("Hanne Lie, seniorrådgiver", ""), ("    Dato: ", "B"), ("10.01.2064", "")])
    seeds = ["M03", "M04", "J03", "U01"]
    for i, s in enumerate(seeds, 1):
        r = get("04", s)
        d.heading("Tiltak %d av %d" % (i, len(seeds)), 2)
        d.para([("1. Navn på tiltaket", "B")])
        d.para(r["tiltak"])
        d.para([("2. Hvilket delmål i strategien er tiltaket knyttet til?", "B")])
        for area, codes in CODES:
            d.para("Område %s:  " % area + "   ".join("%s %s" % (_box(c == r["delmal"]), c) for c in codes))
        d.para([("3. Hva slags tiltak er det?", "B")])
        d.para("   ".join("%s %s" % (_box(t == r["type"]), t) for t in TYPES))
        d.para([("4. Hvem er ansvarlig for tiltaket?", "B")])
        d.para(r["ansvarlig"] or "–")
        d.para([("5. Samarbeidspartnere", "B")])
        d.para(r["samarbeidspartnere"].replace("; ", ", ") or "–")
        d.para([("6. Kort beskrivelse av tiltaket", "B")])
        d.para(r["beskrivelse"])
    d.heading("Tilleggsspørsmål", 2)
    d.para([("7. Planlegger dere nye tiltak i 2064?", "B")])
    d.para("Ja. Unio vil sette i gang en kartlegging av etter- og videreutdanning for sykepleiere og "
           "lærere. Kartleggingen er ikke startet.")
    d.para([("8. Andre kommentarer til rapporteringen", "B")])
    d.para("Vi foreslår at skjemaet for 2064 også får et felt for resultater og antall deltakere.")
    d.save(os.path.join(out_dir, FILES["04"]))


def build_07(out_dir):
    kinds = {"M02": "Råd", "M04": "Nettverk", "U01": "Innspill", "J11": "Nettportal", "U02": "Kartlegging"}
    rows = [[("Universitets- og høgskolerådet (UHR) – rapportering til Kompetansepolitisk råd 2063", "h")],
            ["Ett tiltak per blokk. «Kategori» er UHRs egen inndeling."], []]
    for s in ("M02", "M04", "U01", "J11", "U02"):
        r = get("07", s)
        rows.append([("Tiltak", "b"), r["tiltak"]])
        rows.append([("Delmål", "b"), float(r["delmal"])])
        rows.append([("Kategori", "b"), kinds[s]])
        rows.append([("Ansvarlig", "b"), r["ansvarlig"]])
        rows.append([("Samarbeid med", "b"), r["samarbeidspartnere"].replace("; ", ", ")])
        rows.append([("Beskrivelse", "b"), r["beskrivelse"]])
        if s == "J11":
            rows.append([("Kontakt", "b"), "Seniorrådgiver Per Ødegård, UHR-sekretariatet"])
        rows.append([])
    b = OdsBook("UHR rapport 2063", "UHR")
    b.sheet("Rapport 2063", rows, [3.2, 16.0])
    b.sheet("Nøkkeltall", [[("Nøkkeltall 2063", "b"), ("Antall", "b")],
                           ["Studenter i etter- og videreutdanning", 61250],
                           ["Studiepoeng avlagt i EVU", 412800],
                           ["Institusjoner med RSA", 21],
                           ["Besøk på EVU-portalen", 410000]], [8.0, 3.0])
    b.sheet("Om skjemaet", [["Utfylt av UHR-sekretariatet, januar 2064."],
                            ["Tiltak som er planlagt for 2064, er ikke tatt med."]], [12.0])
    b.save(os.path.join(out_dir, FILES["07"]))


def build_13(out_dir):
    g = lambda s: get("13", s)  # noqa: E731
    d = OdtDoc("Virke – innspill til rapporteringen 2063", "Virke", font="Liberation Serif", size="11pt",
               header="Hovedorganisasjonen Virke", footer="Virke – innspill 2063 – side ")
    d.heading("Innspill til Kompetansepolitisk råd – rapportering for 2063", 1)
    d.para("Virke organiserer over 25 000 virksomheter i handel, tjenesteyting og ideell sektor. Nedenfor "
           "beskriver vi Virkes bidrag i 2063 under de områdene i strategien der vi har vært mest aktive. "
           "Tall fra SSB viser at sysselsettingen i varehandelen økte med 1,8 prosent i 2063.")
    d.heading("Samarbeid mellom utdanning og arbeidsliv", 2)
    d.para("Gjennom råd for samarbeid med arbeidslivet (RSA-er) har Virke i 2063 hatt jevnlig dialog med "
           "utdanningsinstitusjonene. " + g("M02")["beskrivelse"] + " " + g("M03")["beskrivelse"])
    d.heading("Etter- og videreutdanning tilpasset virksomhetenes behov", 2)
    d.para([(g("U01")["tiltak"], "B"), (" ble etablert av Virke i 2062. " + g("U01")["beskrivelse"], "")])
    d.heading("Digital kompetanse i hele arbeidsstyrken", 2)
    d.para("Virke er partner i programmet " + g("J03")["tiltak"] + " sammen med KS og Unio. "
           + g("J03")["beskrivelse"])
    d.heading("Kompetansepluss og grunnleggende ferdigheter", 2)
    d.para(g("J05")["tiltak"] + " er et viktig virkemiddel for ansatte med svake grunnleggende ferdigheter. "
           + g("J05")["beskrivelse"])
    d.heading("Kvalifisering av innvandrere", 2)
    d.para("Virke deltar også i NiA, prosjektet for norskopplæring på arbeidsplassen sammen med LO og NHO. "
           + g("J08")["beskrivelse"])
    d.heading("Prioriteringer for 2064", 2)
    d.bullets(["Et eget kompetanseprogram for ideell sektor (under utredning)",
               "Bedre statistikk om læring i små virksomheter",
               "Flere bransjetilpassede fagskoletilbud"])
    d.para("Med vennlig hilsen")
    d.para("Kari Moen, direktør for kompetanse og arbeidsliv, Hovedorganisasjonen Virke")
    d.save(os.path.join(out_dir, FILES["13"]))
