"""15 Not a member report: the secretariat's newsletter (ODT -> PDF). It names
councils and joint measures, quotes members and gives a meeting calendar, but
reports nothing, so it has no truth rows."""
import os

from .common import lo_export
from .odf import TextDoc

FILE = "15_Kompetansepolitisk_rad_nyhetsbrev_2061.pdf"
MEMBER = ""
FORMAT = "PDF exported from ODT by LibreOffice"
SHAPE = ("NOT a member report: secretariat newsletter with short news items (one in Nynorsk), "
         "a quotation, a meeting calendar naming councils; no truth rows")
ROWS = []


def build(outdir, tmpdir):
    doc = TextDoc("Kompetansenytt 4/2061", "Sekretariatet for Kompetansepolitisk råd", font="DejaVu Sans",
                  size="10pt")
    doc.p("Kompetansenytt nr. 4 – desember 2061", "Title")
    doc.p("Nyhetsbrev fra sekretariatet for Kompetansepolitisk råd", "Subtitle")
    doc.h("Rapporteringen for 2061 er i gang", 1)
    doc.p("Sekretariatet har sendt ut invitasjon til medlemmene om å rapportere tiltak for 2061. Fristen er "
          "31. januar 2062. Vi minner om at rapporteringen skal gjelde egne tiltak, og at deltakelse i råd "
          "og utvalg kan tas med når medlemmet faktisk har en plass der.")
    doc.h("KBU la fram ny hovedrapport", 1)
    doc.p("Kompetansebehovsutvalget la i juni fram rapporten «Fremtidige kompetansebehov IV». Utvalget peker "
          "på store behov innen helse, bygg og fornybar energi. Rapporten ble drøftet på rådsmøtet i "
          "september, der flere medlemmer ga uttrykk for at regionale tall bør løftes tydeligere fram.")
    doc.p("«Vi trenger både flere fagarbeidere og flere med høyere utdanning. Det er ikke et enten–eller», "
          "sa utvalgets leder under presentasjonen.", "Quote")
    doc.h("Rekordmange på Læringsdagen", 1)
    doc.p("Over 400 deltok da konferansen om læring i arbeidslivet ble arrangert i Oslo 14. oktober. "
          "Opptak av foredragene ligger på nettsidene til Kompetanse Norge.")
    doc.h("Yrkesløftet fikk kommunikasjonspris", 1)
    doc.p("Kampanjen som viser karriereveiene i fag- og yrkesopplæringen, fikk i november prisen for årets "
          "offentlige kampanje. Kampanjen drives av partene i arbeidslivet sammen med fylkeskommunene.")
    doc.h("Nytt frå Vestland: partnarskapet har fått handlingsplan", 1)
    doc.p("Partnarskapet for kompetanse i Vestland vedtok i desember ein handlingsplan for dei neste tre åra. "
          "Fylkeskommunen vil rapportere om arbeidet i den ordinære rapporteringa.")
    doc.h("Møteplan første halvår 2062", 1)
    doc.table([["Dato", "Møte"],
               ["12. februar", "Kompetansepolitisk råd, rådsmøte 1/2062"],
               ["5. mars", "Nasjonalt fagskoleråd"],
               ["19. mars", "Samarbeidsrådet for yrkesopplæring (SRY)"],
               ["23. april", "Nasjonalt forum for karriereveiledning, vårsamling"],
               ["11. juni", "Kompetansepolitisk råd, rådsmøte 2/2062"]], [3.5, 12.5])
    doc.p("")
    doc.p("Nyhetsbrevet sendes til medlemmene i Kompetansepolitisk råd og deres kontaktpersoner. "
          "Du kan melde deg av ved å svare på e-posten.", "Small")
    src = os.path.join(tmpdir, "15_Kompetansepolitisk_rad_nyhetsbrev_2061.odt")
    doc.save(src)
    lo_export(src, os.path.join(outdir, FILE), "pdf", tmpdir)
