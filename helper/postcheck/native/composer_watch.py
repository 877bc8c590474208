"""`postcheck doctor`'s composer watch: per platform, whether boxes the person typed in went unrecognised since the
last box postcheck did recognise (the site changed its composer), read from the activity log without changing it.

The extension records `composer-recognised` {platform} and `composer-unrecognised` {platform, structure} (at most
once per page load each; content/watch.js). Nothing of what was typed is ever in them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from postcheck.native.doctor import Check

# The platform's name as the person sees it in the message.
SITES = {"twitter": "x.com", "facebook": "facebook.com", "instagram": "instagram.com"}


def _rows(path: Path) -> list[tuple[str, str, str, str]]:
    """(type, platform, at, data) of the composer events, oldest first; read-only, never creates the file."""
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return db.execute("SELECT type, platform, at, json_extract(data, '$.structure') FROM events "
                          "WHERE type IN ('composer-recognised', 'composer-unrecognised') ORDER BY at, id").fetchall()
    finally:
        db.close()


def check_composers(path: Path) -> list[Check]:
    """One Check per platform with composer events: failing when its latest unrecognised box is later than its
    latest recognised one. [] when the log does not exist (nothing typed yet); a failing Check when it is unreadable."""
    if not path.exists():
        return []
    try:
        rows = _rows(path)
    except sqlite3.Error as exc:
        return [Check("composers", False, f"cannot read the activity log {path}: {exc}",
                      "postcheck serve   (it opens and repairs the log), then doctor again")]
    last_seen: dict[str, str] = {}
    missed: dict[str, list[str]] = {}
    for kind, platform, at, structure in rows:
        if kind == "composer-recognised":
            last_seen[platform] = at
            missed[platform] = []
        else:
            missed.setdefault(platform, []).append(structure or "?")
    checks = []
    for platform in sorted(set(last_seen) | set(missed)):
        site = SITES.get(platform, platform)
        boxes = missed.get(platform, [])
        if not boxes:
            checks.append(Check(f"composer on {site}", True, f"recognised (last typed in {last_seen[platform][:10]})"))
            continue
        since = last_seen[platform][:10] if platform in last_seen else "ever"
        structures = ", ".join(sorted(set(boxes)))
        checks.append(Check(f"composer on {site}", False,
                            f"no composer recognised on {site} since {since}: {len(boxes)} boxes typed in were not "
                            f"recognised (structure {structures})",
                            "update postcheck — the site changed its composer"))
    return checks
