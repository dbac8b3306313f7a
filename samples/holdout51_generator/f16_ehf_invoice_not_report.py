"""NOT a member report: an EHF (PEPPOL BIS Billing 3.0, UBL 2.1) e-invoice.

A conference centre invoices the secretariat's host directorate for
rooms, catering and streaming at council events in autumn 2071.  Invoice
lines name the council meeting, a seminar on the KBU report, a
Kompetansepluss frivillighet seminar and planning of Yrkesfagdagen 2072 –
none of them is a measure reported by a member.  No truth rows.
"""
from __future__ import annotations

from .common import esc

FILENAME = "EHF_faktura_2071-0412.xml"
MEMBER = None
FORMAT = "EHF / PEPPOL BIS Billing 3.0 invoice (UBL 2.1 XML), written as text"
SHAPE = ("NOT a member report: a supplier's e-invoice to the secretariat's host for meeting rooms "
         "and catering at council events (council meeting, KBU-report seminar, Kompetansepluss "
         "seminar, Yrkesfagdagen 2072 planning) – no truth rows")

LINES = [
    ("1", "Møterom og servering – Kompetansepolitisk råd, rådsmøte 24.11.2071",
     "Plenumssal Akershus, kaffe og lunsj", 1, "EA", 18500.00),
    ("2", "Dagpakke – seminar om KBU-rapporten 2071",
     "Dagpakke med lunsj, 45 deltakere", 45, "EA", 695.00),
    ("3", "Teknisk utstyr og strømming – seminar om Kompetansepluss frivillighet",
     "Tekniker, to kamera og strømming, 3 timer", 1, "EA", 6200.00),
    ("4", "Lunsj – arbeidsmøte om Yrkesfagdagen 2072",
     "Planleggingsmøte, 12 personer", 12, "EA", 285.00),
]


def _amt(v):
    return f"{v:.2f}"


def build(out):
    net = sum(q * p for *_x, q, _u, p in LINES)
    vat = round(net * 0.25, 2)
    x = []
    a = x.append
    a('<?xml version="1.0" encoding="UTF-8"?>\n')
    a('<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"\n'
      '         xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"\n'
      '         xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">\n')
    a('  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:'
      'billing:3.0</cbc:CustomizationID>\n')
    a('  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>\n')
    a('  <cbc:ID>2071-0412</cbc:ID>\n  <cbc:IssueDate>2071-12-03</cbc:IssueDate>\n'
      '  <cbc:DueDate>2072-01-02</cbc:DueDate>\n  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>\n')
    a('  <cbc:Note>' + esc("Gjelder arrangementer for Kompetansepolitisk råd høsten 2071. "
                           "Vår ref.: Ingrid Moen. Deres ref.: sekretariatet v/ Tor Helge Aas.")
      + '</cbc:Note>\n')
    a('  <cbc:DocumentCurrencyCode>NOK</cbc:DocumentCurrencyCode>\n'
      '  <cbc:BuyerReference>KPR-sekretariatet 4471</cbc:BuyerReference>\n'
      '  <cac:OrderReference>\n    <cbc:ID>PO-2071-118</cbc:ID>\n  </cac:OrderReference>\n')
    a('  <cac:AccountingSupplierParty>\n    <cac:Party>\n'
      '      <cbc:EndpointID schemeID="0192">998877665</cbc:EndpointID>\n'
      '      <cac:PartyName>\n        <cbc:Name>Christiania Konferansesenter AS</cbc:Name>\n'
      '      </cac:PartyName>\n      <cac:PostalAddress>\n'
      '        <cbc:StreetName>Kongens gate 41</cbc:StreetName>\n'
      '        <cbc:CityName>Oslo</cbc:CityName>\n        <cbc:PostalZone>0153</cbc:PostalZone>\n'
      '        <cac:Country>\n          <cbc:IdentificationCode>NO</cbc:IdentificationCode>\n'
      '        </cac:Country>\n      </cac:PostalAddress>\n      <cac:PartyTaxScheme>\n'
      '        <cbc:CompanyID>NO998877665MVA</cbc:CompanyID>\n'
      '        <cac:TaxScheme>\n          <cbc:ID>VAT</cbc:ID>\n        </cac:TaxScheme>\n'
      '      </cac:PartyTaxScheme>\n      <cac:PartyLegalEntity>\n'
      '        <cbc:RegistrationName>Christiania Konferansesenter AS</cbc:RegistrationName>\n'
      '        <cbc:CompanyID>998877665</cbc:CompanyID>\n'
      '        <cbc:CompanyLegalForm>Foretaksregisteret</cbc:CompanyLegalForm>\n'
      '      </cac:PartyLegalEntity>\n      <cac:Contact>\n'
      '        <cbc:Name>Ingrid Moen</cbc:Name>\n'
      '        <cbc:ElectronicMail>faktura@christiania-konferanse.no</cbc:ElectronicMail>\n'
      '      </cac:Contact>\n    </cac:Party>\n  </cac:AccountingSupplierParty>\n')
    a('  <cac:AccountingCustomerParty>\n    <cac:Party>\n'
      '      <cbc:EndpointID schemeID="0192">919477822</cbc:EndpointID>\n'
      '      <cac:PartyName>\n        <cbc:Name>' + esc("Direktoratet for høyere utdanning og "
                                                        "kompetanse") + '</cbc:Name>\n'
      '      </cac:PartyName>\n      <cac:PostalAddress>\n'
      '        <cbc:StreetName>Fakturamottak, Postboks 1093</cbc:StreetName>\n'
      '        <cbc:CityName>Bergen</cbc:CityName>\n        <cbc:PostalZone>5809</cbc:PostalZone>\n'
      '        <cac:Country>\n          <cbc:IdentificationCode>NO</cbc:IdentificationCode>\n'
      '        </cac:Country>\n      </cac:PostalAddress>\n      <cac:PartyLegalEntity>\n'
      '        <cbc:RegistrationName>' + esc("Direktoratet for høyere utdanning og kompetanse")
      + '</cbc:RegistrationName>\n        <cbc:CompanyID>919477822</cbc:CompanyID>\n'
      '      </cac:PartyLegalEntity>\n    </cac:Party>\n  </cac:AccountingCustomerParty>\n')
    a('  <cac:Delivery>\n    <cbc:ActualDeliveryDate>2071-11-24</cbc:ActualDeliveryDate>\n'
      '  </cac:Delivery>\n')
    a('  <cac:PaymentMeans>\n    <cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>\n'
      '    <cbc:PaymentID>20710412005</cbc:PaymentID>\n    <cac:PayeeFinancialAccount>\n'
      '      <cbc:ID>15030612345</cbc:ID>\n    </cac:PayeeFinancialAccount>\n'
      '  </cac:PaymentMeans>\n')
    a('  <cac:PaymentTerms>\n    <cbc:Note>30 dager netto</cbc:Note>\n  </cac:PaymentTerms>\n')
    a(f'  <cac:TaxTotal>\n    <cbc:TaxAmount currencyID="NOK">{_amt(vat)}</cbc:TaxAmount>\n'
      '    <cac:TaxSubtotal>\n'
      f'      <cbc:TaxableAmount currencyID="NOK">{_amt(net)}</cbc:TaxableAmount>\n'
      f'      <cbc:TaxAmount currencyID="NOK">{_amt(vat)}</cbc:TaxAmount>\n'
      '      <cac:TaxCategory>\n        <cbc:ID>S</cbc:ID>\n        <cbc:Percent>25</cbc:Percent>\n'
      '        <cac:TaxScheme>\n          <cbc:ID>VAT</cbc:ID>\n        </cac:TaxScheme>\n'
      '      </cac:TaxCategory>\n    </cac:TaxSubtotal>\n  </cac:TaxTotal>\n')
    a('  <cac:LegalMonetaryTotal>\n'
      f'    <cbc:LineExtensionAmount currencyID="NOK">{_amt(net)}</cbc:LineExtensionAmount>\n'
      f'    <cbc:TaxExclusiveAmount currencyID="NOK">{_amt(net)}</cbc:TaxExclusiveAmount>\n'
      f'    <cbc:TaxInclusiveAmount currencyID="NOK">{_amt(net + vat)}</cbc:TaxInclusiveAmount>\n'
      f'    <cbc:PayableAmount currencyID="NOK">{_amt(net + vat)}</cbc:PayableAmount>\n'
      '  </cac:LegalMonetaryTotal>\n')
    for lid, name, desc, qty, unit, price in LINES:
        a('  <cac:InvoiceLine>\n'
          f'    <cbc:ID>{lid}</cbc:ID>\n'
          f'    <cbc:InvoicedQuantity unitCode="{unit}">{qty}</cbc:InvoicedQuantity>\n'
          f'    <cbc:LineExtensionAmount currencyID="NOK">{_amt(qty * price)}</cbc:LineExtensionAmount>\n'
          '    <cac:Item>\n'
          f'      <cbc:Description>{esc(desc)}</cbc:Description>\n'
          f'      <cbc:Name>{esc(name)}</cbc:Name>\n'
          '      <cac:ClassifiedTaxCategory>\n        <cbc:ID>S</cbc:ID>\n'
          '        <cbc:Percent>25</cbc:Percent>\n        <cac:TaxScheme>\n'
          '          <cbc:ID>VAT</cbc:ID>\n        </cac:TaxScheme>\n'
          '      </cac:ClassifiedTaxCategory>\n    </cac:Item>\n'
          '    <cac:Price>\n'
          f'      <cbc:PriceAmount currencyID="NOK">{_amt(price)}</cbc:PriceAmount>\n'
          '    </cac:Price>\n  </cac:InvoiceLine>\n')
    a('</Invoice>\n')
    (out / FILENAME).write_bytes("".join(x).encode("utf-8"))
    return []
