"""Generator for held-out round 56 (reporting year 2076).

Run ``python -m samples.holdout56_generator [outdir]`` (default ``samples/holdout56``); check with
``python -m samples.holdout56_generator.verify``.
"""
from . import (f01_regjeringen_jira_csv, f02_lo_obsidian_zip, f03_nho_asana_csv, f04_unio_enex,
               f05_ks_mediawiki_xml, f06_ys_zoom_chat, f07_virke_newsletter_htm, f08_akademikerne_asciidoc,
               f09_spekter_slack_zip, f10_vofo_jsonld, f11_uhr_revealjs, f12_fagskoleradet_todoist_csv,
               f13_sametinget_scribus, f14_kompetanseforbundet_taskpaper, f15_vestland_padlet_csv,
               f16_dcat_turtle_not_report)

MODULES = [
    f01_regjeringen_jira_csv, f02_lo_obsidian_zip, f03_nho_asana_csv, f04_unio_enex,
    f05_ks_mediawiki_xml, f06_ys_zoom_chat, f07_virke_newsletter_htm, f08_akademikerne_asciidoc,
    f09_spekter_slack_zip, f10_vofo_jsonld, f11_uhr_revealjs, f12_fagskoleradet_todoist_csv,
    f13_sametinget_scribus, f14_kompetanseforbundet_taskpaper, f15_vestland_padlet_csv,
    f16_dcat_turtle_not_report,
]
