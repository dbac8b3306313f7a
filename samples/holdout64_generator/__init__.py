"""Generator for held-out round 64 (reporting year 2084).

Run ``python -m samples.holdout64_generator [outdir]`` (default ``samples/holdout64``); check with
``python -m samples.holdout64_generator.verify``.
"""
from . import (f01_regjeringen_meldingskapittel_pdf, f02_lo_tabell_flere_delmal_docx,
               f03_nho_aktivitetsliste_veiledningsrad_xlsx, f04_unio_merkede_avsnitt_pdfua,
               f05_ks_leder_og_deltar_docx, f06_ys_liste_med_diagram_xlsx, f07_virke_sporsmal_vannmerke_docx,
               f08_akademikerne_mal_docm, f09_spekter_styrepresentasjon_impress_pdf,
               f10_vofo_felles_arbeidsdokument_gdocs_docx, f11_vestland_nynorsk_riktekst_xlsx,
               f12_uhr_tabell_per_enhet_pdf, f13_fagskoleradet_sharepoint_eksport_xlsx,
               f14_kompetanseforbundet_skannet_epost_pdf, f15_sametinget_samiske_typeord_docx,
               f16_kd_oppnevningsbrev_not_report_pdf)

MODULES = [
    f01_regjeringen_meldingskapittel_pdf, f02_lo_tabell_flere_delmal_docx, f03_nho_aktivitetsliste_veiledningsrad_xlsx,
    f04_unio_merkede_avsnitt_pdfua, f05_ks_leder_og_deltar_docx, f06_ys_liste_med_diagram_xlsx,
    f07_virke_sporsmal_vannmerke_docx, f08_akademikerne_mal_docm, f09_spekter_styrepresentasjon_impress_pdf,
    f10_vofo_felles_arbeidsdokument_gdocs_docx, f11_vestland_nynorsk_riktekst_xlsx, f12_uhr_tabell_per_enhet_pdf,
    f13_fagskoleradet_sharepoint_eksport_xlsx, f14_kompetanseforbundet_skannet_epost_pdf,
    f15_sametinget_samiske_typeord_docx, f16_kd_oppnevningsbrev_not_report_pdf,
]
