"""How long a draft is on its platform, and where a length budget runs out (shared by the length rules)."""

from __future__ import annotations

from postcheck.engine import twitter
from postcheck.engine.draft import Draft
from postcheck.engine.offsets import utf16_len, utf16_to_codepoints


def length_of(draft: Draft) -> int:
    return draft.parsed.weighted_length if draft.platform == "twitter" else utf16_len(draft.text)


def budget_end(draft: Draft, budget: int) -> int:
    """Code-point offset where the text first goes over `budget` (the start of what does not fit)."""
    if draft.platform == "twitter":
        return twitter.offset_at_weight(draft.text, budget, draft.parsed)
    return utf16_to_codepoints(draft.text, budget)
