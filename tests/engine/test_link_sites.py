"""Where a link leads: host, registered domain and public suffix, from the bundled Public Suffix List, never the network."""

from __future__ import annotations

import socket

import pytest
from postcheck.engine.rules.links._sites import Domains, _suffixes, site_of


@pytest.mark.parametrize(
    ("url", "host", "registered", "suffix"),
    [
        ("https://en.m.wikipedia.org/wiki/Refugee", "en.m.wikipedia.org", "wikipedia.org", "org"),
        ("http://user@www.compas.ox.ac.uk:8080/x", "www.compas.ox.ac.uk", "ox.ac.uk", "ac.uk"),
        ("bit.ly/3xYz12", "bit.ly", "bit.ly", "ly"),
        ("https://www.interieur.gouv.fr/Actualites", "www.interieur.gouv.fr", "interieur.gouv.fr", "gouv.fr"),
        ("HTTPS://WWW.IOM.INT/", "www.iom.int", "iom.int", "int"),
        ("https://intranetportal/publications", "intranetportal", "", ""),
    ],
)
def test_site_of(url: str, host: str, registered: str, suffix: str) -> None:
    site = site_of(url)
    assert site is not None
    assert (site.host, site.registered, site.suffix) == (host, registered, suffix)


def test_a_url_without_host_has_no_site() -> None:
    assert site_of("https://") is None


def test_domains_match_subdomains_and_path_prefixes() -> None:
    domains = Domains(["wikipedia.org", "twitter.com/iom"])
    assert domains.match(site_of("https://fr.m.wikipedia.org/wiki/X")) == "wikipedia.org"
    assert domains.match(site_of("https://twitter.com/IOM_news")) == "twitter.com/iom"
    assert domains.match(site_of("https://twitter.com/someone")) is None
    assert domains.match(site_of("https://wikipedia.org.example.com/")) is None


def test_suffix_list_comes_from_the_bundled_snapshot(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args, **kwargs):
        raise AssertionError("the suffix list tried to open a network connection")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    _suffixes.cache_clear()
    site_of.cache_clear()
    assert site_of("https://news.bbc.co.uk/x").registered == "bbc.co.uk"
    assert site_of("https://foo.example.notatld/").registered == ""  # unknown TLDs are no registered domain
