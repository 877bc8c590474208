"""The naming convention (Branding › URL, Domain Names and Social Media Registrations): IOM/OIM plus a location."""

from __future__ import annotations

import pytest

from postcheck.policy import load_policy
from postcheck.vault import account_name, check_name

NAMING = load_policy().vault.naming


@pytest.mark.parametrize("name", [
    "IOMPhilippines", "OIM_Colombia", "iomphilippines",  # the guidelines' own examples
    "OIMSénégal", "OIM_Perú", "OIMSenegal", "OIM_Peru",  # French and Spanish country names, accents or not
    "OIM_Filipinas", "OIMMaroc", "OIM-Côte-d'Ivoire", "IOM_Bolivia", "Philippines_IOM",
    "IOM_Cox's_Bazar", "OIMAmériqueLatine", "IOM.Sri.Lanka", "IOM_UK",  # extra places and separators
])
def test_acronym_and_location_follow_the_convention(name):
    result = check_name(name, NAMING)
    assert result.ok, result.message
    assert "follows the naming convention" in result.message


@pytest.mark.parametrize("name, why", [
    ("HelpMigrantsNow", "must contain IOM or OIM"),
    ("IOM", "alone; add the location"),
    ("oim", "alone; add the location"),
    ("PhilippinesNews", "must contain IOM or OIM"),
    ("IOM_news", "'news' is not a known country"),
    ("IOMPhilippinesNews", "'PhilippinesNews' is not a known country"),
    ("iommigration", "'migration' is not a known country"),
    ("Philippines", "must contain IOM or OIM"),
])
def test_names_without_acronym_or_place_are_refused_with_the_reason(name, why):
    result = check_name(name, NAMING)
    assert not result.ok
    assert why in result.message
    assert "IOMPhilippines" in result.message  # every refusal shows an example to follow


@pytest.mark.parametrize("handle, url, name", [
    ("x", "http://www.youtube.com/user/iomphilippines", "iomphilippines"),
    ("x", "www.facebook.com/IOMPhilippines", "IOMPhilippines"),
    ("x", "https://www.twitter.com/OIM_Colombia/", "OIM_Colombia"),
    ("@OIM_Colombia", None, "OIM_Colombia"),
    # urlsplit refuses "[" in a host (an IPv6 bracket): the name is still read, not a 500 (found by schemathesis)
    ("x", "http://www.facebook[.com/IOMKenya", "IOMKenya"),
])
def test_the_name_checked_is_the_url_last_segment_or_the_handle(handle, url, name):
    assert account_name(handle, url) == name


def test_extra_places_come_from_the_policy():
    assert not check_name("IOM_Springfield", NAMING).ok
    custom = NAMING.model_copy(update={"extra_places": [*NAMING.extra_places, "Springfield"]})
    assert check_name("IOM_Springfield", custom).ok
