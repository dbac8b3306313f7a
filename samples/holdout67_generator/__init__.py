"""Generator for held-out round 67 (reporting year 2087).

Run ``python -m samples.holdout67_generator [outdir]`` (default ``samples/holdout67``); check with
``python -m samples.holdout67_generator.verify``.
"""
from . import (
    f01_regjeringen_faktarad_pdf,
    f02_lo_navn_og_omtale_i_en_celle_docx,
    f03_nho_noekkelblokk_xlsx,
    f04_ks_prosjektregister_dif,
    f05_unio_nummerert_hva_hvorfor_hvem_docx,
    f06_virke_tema_forst_xlsx,
    f07_spekter_navnerad_over_faktarad_pdf,
    f08_uhr_enhet_flettet_pdf,
    f09_fagskoleradet_verv_og_egne_docx,
    f10_innlandet_regionale_delmal_nynorsk_pdf,
    f11_akademikerne_sitat_fra_strategien_xlsx,
    f12_ys_lagret_som_mal_xltx,
    f13_vofo_abiword_abw,
    f14_kompetanseforbundet_gnumeric,
    f15_sametinget_flat_odp,
    f16_stottebrev_not_report_pdf,
)

MODULES = [
    f01_regjeringen_faktarad_pdf,
    f02_lo_navn_og_omtale_i_en_celle_docx,
    f03_nho_noekkelblokk_xlsx,
    f04_ks_prosjektregister_dif,
    f05_unio_nummerert_hva_hvorfor_hvem_docx,
    f06_virke_tema_forst_xlsx,
    f07_spekter_navnerad_over_faktarad_pdf,
    f08_uhr_enhet_flettet_pdf,
    f09_fagskoleradet_verv_og_egne_docx,
    f10_innlandet_regionale_delmal_nynorsk_pdf,
    f11_akademikerne_sitat_fra_strategien_xlsx,
    f12_ys_lagret_som_mal_xltx,
    f13_vofo_abiword_abw,
    f14_kompetanseforbundet_gnumeric,
    f15_sametinget_flat_odp,
    f16_stottebrev_not_report_pdf,
]
