"""One country's holidays loaded alone are the package's own, and cost one module.

``mailbot.lifecycle.public_holidays.country_holidays`` loads a single country module of
the ``holidays`` package instead of all of them; these tests hold its answers equal to
``holidays.country_holidays`` and check, in a fresh interpreter, that the package's
all-countries ``__init__`` did not run and still works afterwards.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import holidays
import pytest

from mailbot.lifecycle.public_holidays import country_holidays

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("country", "subdiv"),
    [("GB", "ENG"), ("GB", "SCT"), ("GB", None), ("US", "CA"), ("DE", "BY"), ("FR", None),
     ("UnitedKingdom", "ENG"), ("GBR", "NIR"), ("JP", None)],
)  # fmt: skip
def test_the_same_days_and_names_as_the_package(country: str, subdiv: str | None) -> None:
    ours = country_holidays(country, subdiv=subdiv)
    theirs = holidays.country_holidays(country, subdiv=subdiv)
    years = range(2024, 2029)
    # Both fill in a year when a day of it is first asked about.
    asked = [(date(year, 1, 1) in ours, date(year, 1, 1) in theirs) for year in years]
    assert all(mine == package for mine, package in asked)
    assert len(ours) > 5 * len(years) - 1
    assert sorted(ours.items()) == sorted(theirs.items())
    assert type(ours).__name__ == type(theirs).__name__


def test_unknown_country_and_subdivision_raise_as_the_package_does() -> None:
    with pytest.raises(NotImplementedError):
        country_holidays("XX")
    with pytest.raises(NotImplementedError):
        country_holidays("GB", subdiv="NOPE")


_PROBE = """
import sys
from datetime import date
from mailbot.lifecycle.public_holidays import country_holidays
gb = country_holidays("GB", subdiv="ENG")
print(date(2026, 12, 25) in gb, "holidays.countries" in sys.modules)
import holidays
us = holidays.country_holidays("US")
print(date(2026, 7, 4) in us, type(gb) is holidays.countries.GB)  # one module, not two
"""


def test_only_the_named_country_is_imported_and_the_package_still_works() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], cwd=ROOT, capture_output=True, text=True, check=True,
        env={"PYTHONPATH": str(ROOT), "PATH": ""},
    )  # fmt: skip
    assert done.stdout.split() == ["True", "False", "True", "True"]
