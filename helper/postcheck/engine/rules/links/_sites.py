"""Where a link leads: its host, registered domain and public suffix (the Public Suffix List, offline).

publicsuffixlist bundles a dated snapshot of the list and has no network code at all. It replaced tldextract, whose
import pulls in requests and its kin: +23 MB of RSS and ~150 ms against +2 MB and ~45 ms (measured for the server's
memory budget). ICANN rules only, as tldextract does by default: "github.io" sites are under "io". It is imported on
the first link, not with the engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from postcheck.engine import regex_table

_SCHEME = regex_table.compile(r"^[a-z][a-z0-9+.\-]*://", re.IGNORECASE)
_HOST_END = regex_table.compile(r"[/?#]")


@dataclass(frozen=True, slots=True)
class Site:
    host: str          # "en.m.wikipedia.org"
    registered: str    # "wikipedia.org" ("" when the host has no public suffix)
    suffix: str        # "org"
    path: str          # "/wiki/migration", lower-cased
    parents: tuple[str, ...]  # the host and every domain above it: en.m.wikipedia.org, m.wikipedia.org, … org


class Domains:
    """A policy list of domains ("wikipedia.org": the domain and its subdomains) and of domain-and-path prefixes
    ("twitter.com/iom": IOM's accounts, not all of Twitter)."""

    def __init__(self, entries: list[str]) -> None:
        lowered = {entry.strip().lower() for entry in entries if entry.strip()}
        self.domains = frozenset(e for e in lowered if "/" not in e)
        self.prefixes = tuple(sorted(e for e in lowered if "/" in e))

    def match(self, site: Site) -> str | None:
        """The entry `site` falls under, or None."""
        parents = site.parents
        for parent in parents:
            if parent in self.domains:
                return parent
        for prefix in self.prefixes:
            if any((parent + site.path).startswith(prefix) for parent in parents):
                return prefix
        return None


@cache
def _suffixes():
    from publicsuffixlist import PublicSuffixList  # ~45 ms to build: paid on the first link only

    return PublicSuffixList(only_icann=True, accept_unknown=False)


@lru_cache(maxsize=4096)
def site_of(url: str) -> Site | None:
    """The site of a URL as written in a post ("https://…", "www.…", "bit.ly/…"); None when it has no host."""
    rest = _SCHEME.sub("", url.strip())
    cut = _HOST_END.search(rest)
    host, path = (rest[:cut.start()], rest[cut.start():]) if cut else (rest, "")
    host = host.rpartition("@")[2].split(":")[0].rstrip(".").lower()
    if not host:
        return None
    suffixes = _suffixes()
    labels = host.split(".")
    parents = tuple(".".join(labels[i:]) for i in range(len(labels)))
    return Site(host, suffixes.privatesuffix(host) or "", suffixes.publicsuffix(host) or "", path.lower(), parents)
