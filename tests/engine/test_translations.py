"""Every message and suggestion the rules write has its French and Spanish translation (helper/postcheck/i18n/):
run over every fixture, the labelled safety corpus and image metadata of each kind, no finding stays English."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from postcheck.engine import Engine
from postcheck.i18n import localize, translate
from postcheck.media import findings as media_findings
from postcheck.media.reading import Metadata
from postcheck.policy import load_policy
from tests.safety.corpus import load

POLICY = load_policy()
ENGINE = Engine(POLICY)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rules"


def _drafts():
    for path in sorted(FIXTURES.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for section in ("flagged", "ok", "regressions"):
            for case in data.get(section) or []:
                case = {"text": case} if isinstance(case, str) else case
                yield case["text"], case.get("platform", data.get("platform", "twitter")), case.get(
                    "kind", data.get("kind", "post"))
    for post in load():
        yield post.text, "twitter", "post"
    yield "#a " * 12 + "@b " * 12, "twitter", "post"  # grouped: "… (and N more like this)"


def _findings():
    for text, platform, kind in _drafts():
        for kind_ in {kind, "reply"}:
            yield from ENGINE.check(text, platform, kind_, addressee=None).findings
    media = POLICY.media
    for meta, text in ((Metadata(format="jpeg", iso6709="+14.6928-017.4467/", personal=[("Artist", "Jane Doe")],
                                 credits=[("Credit", "AFP")], camera=True), ""),
                       (Metadata(format="jpeg", camera=True), "")):
        yield from media_findings.findings(meta, text, media)[0]


FINDINGS = list(_findings())


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_no_finding_stays_english(lang: str) -> None:
    untranslated = set()
    rules = set()
    for finding in FINDINGS:
        rules.add(finding.rule)
        for text in (finding.message, finding.suggestion):
            if text and translate(finding.rule, text, lang) == text:
                untranslated.add((finding.rule, text))
    assert not untranslated, f"{len(untranslated)} texts without a {lang} translation, e.g. {sorted(untranslated)[:5]}"
    assert len(rules) >= 30  # every family was exercised: hashtags, length, links, reply, safety, style, tone, image


def test_values_are_kept_and_translated_where_the_catalogue_lists_them() -> None:
    report = ENGINE.check("Call Amal on +254 712 345 678. Convoy leaves Kabul at 05:30 via the Jalalabad road")
    french = {f.rule: f.message for f in localize(report, "fr").findings}
    assert french["safety.phone"].startswith("« +254 712 345 678 » est un numéro de téléphone")
    assert "l'heure et l'itinéraire d'un déplacement (« Convoy »)" in french["safety.movement"]
    assert translate("hashtags.too-many", "4 hashtags: the guidelines allow at most 3 per post. (and 2 more like this)",
                     "es") == "4 hashtags: las directrices permiten como máximo 3 por publicación. (y 2 más del mismo tipo)"
    located = ("The file records where it was taken: 14.6928° N, 17.4467° W (stored to about 11 m; the camera estimated "
               "±5 m). Anyone who downloads it can find the place.")
    assert "(à environ 11 m près ; l'appareil a estimé ±5 m)" in translate("image.location", located, "fr")


def test_english_and_unknown_texts_are_left_alone_and_a_bad_language_is_named() -> None:
    report = ENGINE.check("#a #b #c #d")
    assert localize(report, "en") is report
    assert translate("hashtags.too-many", "A text no rule writes.", "fr") == "A text no rule writes."
    with pytest.raises(ValueError, match="lang: 'de' is not one of en, fr, es"):
        localize(report, "de")
