"""Generator for held-out round 65 (reporting year 2085).

Run ``python -m samples.holdout65_generator [outdir]`` (default ``samples/holdout65``); check with
``python -m samples.holdout65_generator.verify``.
"""
from . import (f01_regjeringen_rapport_med_vedlegg_pdf, f02_lo_tabell_egne_typeord_docx, f03_nho_liste_notatark_xlsx,
               f04_ks_tabeller_per_omrade_forts_docx, f05_ys_egne_satsinger_pdf, f06_virke_tradkommentarer_xlsx,
               f07_unio_tabell_hvem_i_tekst_docx, f08_akademikerne_flat_opc_xml, f09_spekter_overskrift_er_typen_pdf,
               f10_vofo_skannet_regneark_pdf, f11_uhr_prioriteringer_pdf, f12_fagskoleradet_strict_xlsx,
               f13_kompetanseforbundet_sporede_endringer_odt, f14_sametinget_punktliste_avdelinger_docx,
               f15_more_og_romsdal_nynorsk_calc_pdf, f16_reiseregning_not_report_xlsx)

MODULES = [
    f01_regjeringen_rapport_med_vedlegg_pdf, f02_lo_tabell_egne_typeord_docx, f03_nho_liste_notatark_xlsx,
    f04_ks_tabeller_per_omrade_forts_docx, f05_ys_egne_satsinger_pdf, f06_virke_tradkommentarer_xlsx,
    f07_unio_tabell_hvem_i_tekst_docx, f08_akademikerne_flat_opc_xml, f09_spekter_overskrift_er_typen_pdf,
    f10_vofo_skannet_regneark_pdf, f11_uhr_prioriteringer_pdf, f12_fagskoleradet_strict_xlsx,
    f13_kompetanseforbundet_sporede_endringer_odt, f14_sametinget_punktliste_avdelinger_docx,
    f15_more_og_romsdal_nynorsk_calc_pdf, f16_reiseregning_not_report_xlsx,
]
