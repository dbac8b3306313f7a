"""Shared fixtures: the built-in catalogue's matchers, loaded once per test session."""

from __future__ import annotations

import pytest

from normalise.matchers import Matchers


@pytest.fixture(scope="session")
def matchers() -> Matchers:
    return Matchers.load()


@pytest.fixture(scope="session")
def catalogue(matchers):
    return matchers.catalogue
