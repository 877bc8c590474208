"""The IOM naming convention for institutional accounts: IOM or OIM plus a location, as in IOMPhilippines,
OIM_Colombia or youtube.com/user/iomphilippines (Branding and Visual Identity › URL, Domain Names and Social Media
Registrations). Locations: ISO 3166 country names from pycountry in English and the policy's languages, plus the
policy's extra places. pycountry is imported on the first check only (about 40 ms; see benchmarks/bench_vault.py)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from postcheck.policy.vault_model import Naming

_URL_PATH_PREFIXES = ("user", "c", "channel", "pages", "people")


@dataclass(frozen=True)
class NamingResult:
    """`ok` and a sentence saying why; `place` is the location recognised (as written in the name) or None."""

    ok: bool
    message: str
    place: str | None = None

    def as_json(self) -> dict:
        return {"ok": self.ok, "message": self.message}


def _key(text: str) -> str:
    """Compare places without case, accents, apostrophes or separators: Perú = peru, Cox's Bazar = coxsbazar."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


@lru_cache(maxsize=4)
def _places(languages: tuple[str, ...], extra: tuple[str, ...]) -> frozenset[str]:
    import gettext

    import pycountry

    catalogues = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
                  for lang in languages]
    names: set[str] = set(extra)
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if not name:
                continue
            for translated in (name, *(catalogue.gettext(name) for catalogue in catalogues)):
                names.add(translated)
                # "Bolivia, Plurinational State of" is named "Bolivia"; "Bolivie, état plurinational de" too.
                names.add(translated.split(",")[0])
    return frozenset(key for key in map(_key, names) if key)


def account_name(handle: str, url: str | None = None) -> str:
    """The name to check: the last path segment of `url` (facebook.com/IOMPhilippines, youtube.com/user/iomphilippines)
    when given, else the handle without a leading @."""
    if url:
        try:
            path = urlsplit(url if "//" in url else f"//{url}").path
        except ValueError:  # "http://a[b": urlsplit takes "[" for an IPv6 host; the path is what follows the host
            path = url.split("//", 1)[-1].partition("/")[2]
        segments = [s for s in path.split("/") if s]
        segments = [s for s in segments if s.lower() not in _URL_PATH_PREFIXES] or segments
        if segments:
            return segments[-1].lstrip("@")
    return handle.lstrip("@")


def check_name(name: str, naming: Naming) -> NamingResult:
    """Whether `name` is IOM/OIM plus a known location, before or after it, with or without a separator."""
    places = _places(tuple(naming.languages), tuple(naming.extra_places))
    prefixes = "|".join(re.escape(prefix) for prefix in naming.prefixes)
    separators = re.escape(naming.separators)
    examples = "IOMPhilippines, OIM_Colombia"
    for pattern in (rf"^(?P<acronym>{prefixes})[{separators}]*(?P<place>.+)$",
                    rf"^(?P<place>.+?)[{separators}]*(?P<acronym>{prefixes})$"):
        match = re.match(pattern, name, flags=re.IGNORECASE)
        if match and _key(match.group("place")) in places:
            place = match.group("place").strip(naming.separators)
            return NamingResult(True, f"{name} follows the naming convention: {match.group('acronym').upper()} + "
                                      f"{place}", place)
    acronyms = " or ".join(naming.prefixes)
    has_acronym = re.search(rf"(?:^|[{separators}]|(?<=[a-z]))(?:{prefixes})", name, flags=re.IGNORECASE)
    if not has_acronym:
        return NamingResult(False, f"{name}: the name must contain {acronyms} and the location, e.g. {examples}")
    rest = re.sub(rf"^(?:{prefixes})[{separators}]*|[{separators}]*(?:{prefixes})$", "", name, flags=re.IGNORECASE)
    if not rest:
        return NamingResult(False, f"{name}: {acronyms} alone; add the location (country, city or region), "
                                   f"e.g. {examples}")
    return NamingResult(False, f"{name}: {rest!r} is not a known country, city or region; name the location after "
                               f"{acronyms} (e.g. {examples}), or add the place to [vault.naming] extra_places")
