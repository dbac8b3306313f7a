"""The catalogue's matchers, built once per process and shared by the stages."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .catalogue import Catalogue, load_catalogue
from .column_roles import ColumnRoles
from .columns import ColumnMapper
from .delmal import DelmalMatcher
from .orgs import OrgMatcher
from .tiltakstype import TypeMatcher


@dataclass(frozen=True)
class Matchers:
    catalogue: Catalogue
    columns: ColumnMapper
    delmal: DelmalMatcher
    types: TypeMatcher
    orgs: OrgMatcher
    roles: ColumnRoles

    @classmethod
    def build(cls, catalogue: Catalogue) -> "Matchers":
        columns, delmal = ColumnMapper(catalogue.vocabulary), DelmalMatcher(catalogue)
        types, orgs = TypeMatcher(catalogue), OrgMatcher(catalogue)
        return cls(catalogue=catalogue, columns=columns, delmal=delmal, types=types, orgs=orgs,
                   roles=ColumnRoles(columns, delmal, types, orgs))

    @classmethod
    def load(cls, path: Path | None = None) -> "Matchers":
        return cls.build(load_catalogue(path))
