"""links.shortener's suggestion speaks of X's 23-character links only on X, where it is true."""

from postcheck import check

TEXT = "Read our new report: https://bit.ly/3xYz12"


def test_the_23_characters_are_an_x_argument_only() -> None:
    by_platform = {}
    for platform in ("twitter", "facebook", "instagram"):
        (finding,) = [f for f in check(TEXT, platform).findings if f.rule == "links.shortener"] or [None]
        by_platform[platform] = finding.suggestion if finding else None
    assert "23 characters" in by_platform["twitter"]
    assert by_platform["facebook"] == "Use the full address of the page."
    assert by_platform["instagram"] in (None, "Use the full address of the page.")
