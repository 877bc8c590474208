"""Platform names: the four the guidelines cover, the other names people use for them, and the one type that reads
them (policy files, the HTTP API and the command line all go through it)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, WithJsonSchema

PLATFORMS: tuple[str, ...] = ("twitter", "facebook", "instagram", "youtube")
# Other names people use for a platform (the product says "X/Twitter"); reported under the canonical name.
PLATFORM_ALIASES: dict[str, str] = {"x": "twitter"}


def platform_name(value: Any) -> Any:
    """The canonical platform for a name as people write it: `x` and `X` are `twitter`, and case does not matter.

    ASCII case only (so the Kelvin sign does not spell "facebooK", and the OpenAPI pattern says exactly what is
    accepted). Anything else comes back unchanged, for the caller's validation to refuse with the list of names.
    """
    if isinstance(value, str) and value.isascii():
        lowered = value.lower()
        canonical = PLATFORM_ALIASES.get(lowered, lowered)
        if canonical in PLATFORMS:
            return canonical
    return value


def _any_case(word: str) -> str:
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in word)


PLATFORM_NAMES = (*PLATFORMS, *PLATFORM_ALIASES)
PLATFORM_SCHEMA = {
    "type": "string", "pattern": f"^(?:{'|'.join(_any_case(name) for name in PLATFORM_NAMES)})$",
    "description": f"One of {', '.join(PLATFORMS)}; {', '.join(f'{a} means {c}' for a, c in PLATFORM_ALIASES.items())}"
                   "; any ASCII case. Responses use the lowercase canonical name.",
}
# The one place where a platform name is read: policy files, the HTTP API and the command line all go through it.
Platform = Annotated[Literal["twitter", "facebook", "instagram", "youtube"], BeforeValidator(platform_name),
                     WithJsonSchema(PLATFORM_SCHEMA, mode="validation")]


def platform_keys(table: Any) -> Any:
    """A table keyed by platform with its keys made canonical. When two keys name one platform (`twitter` from
    default.toml, `x` from an override, which the loader's merge puts later), the later one wins, table by table."""
    if not isinstance(table, dict):
        return table
    canonical: dict[Any, Any] = {}
    for key, value in table.items():
        name = platform_name(key)
        earlier = canonical.get(name)
        canonical[name] = {**earlier, **value} if isinstance(earlier, dict) and isinstance(value, dict) else value
    return canonical
