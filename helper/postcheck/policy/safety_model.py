"""The policy's [safety] table: word lists per language, patterns, allowlists and regions for the safety.* rules."""

# No `from __future__ import annotations`: pydantic would compile and evaluate each field's annotation string
# at class creation (~4 ms of start-up over the policy's 300 fields); Python 3.11 evaluates these as written.

import os
import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from postcheck.policy.patterns import compiling

# Words per language code ("en", "fr", "es"): the rules read the union, the split keeps the lists reviewable.
Lexicon = dict[str, list[str]]


def _patterns_compile(patterns: Lexicon) -> Lexicon:
    for language, items in patterns.items():
        compiling(items, language)
    return patterns


# Regular expressions per language, checked at load so a typo is reported with its key, not at the first check.
Patterns = Annotated[Lexicon, AfterValidator(_patterns_compile)]


# "workstation" in the regions stands for the country of this computer's locale ("ha_NG.UTF-8" -> NG).
WORKSTATION = "workstation"
_LOCALE_COUNTRY = re.compile(r"^[a-z]{2,3}_([A-Z]{2})\b")


def workstation_region(environ=os.environ) -> str | None:
    """The ISO 3166 country of the locale (LC_ALL, then LC_CTYPE, then LANG, as POSIX reads them), or None when
    the locale names none ("C.UTF-8", unset)."""
    for variable in ("LC_ALL", "LC_CTYPE", "LANG"):
        value = environ.get(variable, "")
        if value:
            match = _LOCALE_COUNTRY.match(value)
            return match.group(1) if match else None
    return None


def _regions_resolve(regions: list[str]) -> list[str]:
    resolved = [workstation_region() if region == WORKSTATION else region for region in regions]
    return list(dict.fromkeys(region for region in resolved if region))


class _Closed(BaseModel):
    # defer_build: only Policy is validated at load, and building it builds its tables in one go; a table's own
    # validator, built on its first direct use, is not built at import for nothing (~7 ms of start-up).
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class When(_Closed):
    days: Lexicon
    months: Lexicon
    clock_suffixes: Lexicon
    past: Lexicon


class Movement(_Closed):
    motion_window: int = Field(gt=0)
    itinerary_days: Lexicon
    public_events: Lexicon
    movers: Lexicon
    motions: Lexicon
    routes: Lexicon
    self_movers: Lexicon
    rough_times: Patterns
    stays: Lexicon
    schedules: Patterns
    vehicles: Lexicon
    stations: Lexicon


class AbsenceWeights(_Closed):
    away: int
    away_with_someone: int
    empty: int
    someone: int
    home: int
    span: int


class AbsenceClues(_Closed):
    """The clue reading of safety.absence: words of each clue type and how much each weighs."""

    threshold: int = Field(gt=0)
    weights: AbsenceWeights
    away: Lexicon
    away_with_span: Lexicon
    away_with_someone: Lexicon
    headlines: Lexicon
    empty: Lexicon
    someone: Lexicon
    homes: Lexicon
    spans: Lexicon
    span_patterns: Patterns
    closed: Lexicon
    residences: Lexicon
    first_person: Lexicon
    ranges: Patterns
    figures: Patterns
    still_away: Lexicon
    silencers: Lexicon


class Absence(_Closed):
    triggers: list[str]
    clues: AbsenceClues
    patterns: Patterns


class Address(_Closed):
    description_triggers: list[str]
    landmark_window: int = Field(gt=0)
    street_types: Lexicon
    unit_types: Lexicon
    dwelling_units: Lexicon
    home_words: list[str]
    landmark_relations: Lexicon
    landmark_marks: Lexicon
    districts: Lexicon
    households: Lexicon
    house_words: Lexicon
    house_colours: Lexicon
    residence: Lexicon
    public_places: Lexicon
    hazards: Lexicon
    history: Lexicon
    descriptions: Patterns


class Birthdate(_Closed):
    reach: int = Field(gt=0)
    private_weight: int = Field(ge=0)
    public_weight: int = Field(ge=0)
    gap_words: int = Field(ge=0)
    child_age: int = Field(gt=0)
    group_gap: int = Field(ge=0)
    occasion_reach: int = Field(gt=0)
    cues: Lexicon
    records: Lexicon
    places: Lexicon
    private: Lexicon
    public: Lexicon
    wishes: Lexicon
    bodies: Lexicon
    not_people: Lexicon
    turns: Lexicon
    child_years: Lexicon
    not_names: Lexicon
    possessives: Lexicon
    groups: Lexicon
    occasions: Lexicon
    deceased: Lexicon


class Phone(_Closed):
    min_digits: int = Field(ge=1)
    public_lines: Lexicon
    personal_cues: Lexicon
    dial_cues: Lexicon
    own_number: Lexicon
    references: Lexicon
    units: Lexicon
    spoken_numbers: dict[str, dict[str, int]]


class Email(_Closed):
    institutional_labels: list[str]
    role_mailboxes: list[str]
    role_suffixes: list[str]
    at_words: Lexicon
    dot_words: Lexicon


class Coordinates(_Closed):
    min_decimals: int = Field(ge=1)
    natural_events: Lexicon
    quantities: Lexicon
    cues: Lexicon
    latitude_labels: Lexicon
    longitude_labels: Lexicon


class Vehicle(_Closed):
    plate_cues: Lexicon
    shared_cues: Lexicon
    vehicles: Lexicon
    colours: Lexicon
    armour: Lexicon
    generic: Lexicon
    places: Lexicon


class CredentialClues(_Closed):
    reach: int = Field(gt=0)
    secret_weight: int = Field(ge=0)
    loose_weight: int = Field(ge=0)
    opener_weight: int = Field(ge=0)
    link_weight: int = Field(ge=0)
    threshold: int = Field(gt=0)
    plain_threshold: int = Field(gt=0)


class Credential(_Closed):
    not_values: list[str]
    cues: Lexicon
    separators: Lexicon
    links: Lexicon
    changed: Lexicon
    being: Lexicon
    clues: CredentialClues
    secret_words: Lexicon
    loose_words: Lexicon
    openers: Lexicon
    login_users: Lexicon


class StaffIdentity(_Closed):
    staff: Lexicon
    details: Lexicon
    kin: Lexicon
    possessives: Lexicon
    kin_of: Lexicon
    origins: Lexicon
    place_kinds: Lexicon
    tenure: Lexicon
    ethnicity: Lexicon
    joins: Lexicon
    withs: Lexicon
    qualifiers: Lexicon
    ours: Lexicon
    tagged: Lexicon
    photo_order: Lexicon


class Safety(_Closed):
    section: str
    # ISO 3166 codes, or "workstation" for the country of this computer's locale (read once, at policy load).
    regions: Annotated[
        list[Annotated[str, Field(pattern=rf"^(?:[A-Z]{{2}}|{WORKSTATION})$")]], AfterValidator(_regions_resolve)
    ]
    allowed_phones: list[str]
    institutional_email_domains: list[str]
    window: int = Field(gt=0)
    when: When
    figures_of_speech: Lexicon
    movement: Movement
    absence: Absence
    address: Address
    birthdate: Birthdate
    phone: Phone
    email: Email
    coordinates: Coordinates
    vehicle: Vehicle
    credential: Credential
    staff_identity: StaffIdentity
