"""The catalogue's matchers, built once per process and shared by the stages."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .catalogue import Catalogue, load_catalogue
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

    @classmethod
    def build(cls, catalogue: Catalogue) -> "Matchers":
        return cls(
            catalogue=catalogue,
            columns=ColumnMapper(catalogue.vocabulary),
            delmal=DelmalMatcher(catalogue),
            types=TypeMatcher(catalogue),
            orgs=OrgMatcher(catalogue),
        )

    @classmethod
    def load(cls, path: Path | None = None) -> "Matchers":
        return cls.build(load_catalogue(path))
