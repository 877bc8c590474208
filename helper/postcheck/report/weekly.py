"""Weekly figures: the official hashtags and the posts that used them, the original images and their rotation.

Guidelines: Twitter › Hashtags ("at least five tweets per week" with the official hashtags), Instagram › Hashtags
(two posts), Twitter › Images (three original images a week, alternating infographic, photo, photo with caption).
The targets are the schedule's duties of kinds weekly-official-hashtag-posts and weekly-original-images.
"""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from postcheck.checklist.activity import Activity
from postcheck.checklist.clock import iso_local
from postcheck.policy import Policy
from postcheck.report.models import HashtagTarget, ImageRotation, TaggedPost, WeekFigures
from postcheck.report.period import week_label, week_span


def _hashtags(policy: Policy, activity: Activity, monday: date, zone: ZoneInfo) -> tuple[list[str], str]:
    """The week's official hashtags (the last set entered that week), else the policy's, with where they come from."""
    entered = activity.of_type("official-hashtags-set", week_span(monday, zone))
    if entered:
        return list(entered[-1].data.get("hashtags", [])), "week"
    fallback = [tag.lstrip("#") for tag in policy.hashtags.official]
    return fallback, ("policy" if fallback else "none")


def _rotation(policy: Policy, duty, kinds: list[str]) -> ImageRotation:
    rotation = policy.images.rotation
    following = [rotation[(rotation.index(before) + 1) % len(rotation)] for before in kinds[:-1]]
    target = duty.count or 1
    return ImageRotation(platform=duty.platform, count=len(kinds), target=target, met=len(kinds) >= target,
                         sequence=kinds, by_kind={kind: kinds.count(kind) for kind in rotation},
                         in_turn=sum(expected == kind for expected, kind in zip(following, kinds[1:])),
                         turns=max(len(kinds) - 1, 0), section=duty.section)


def week_figures(policy: Policy, activity: Activity, monday: date, zone: ZoneInfo) -> WeekFigures:
    """The week starting `monday`: hashtag targets met or not, the posts with an official hashtag, the images."""
    span = week_span(monday, zone)
    tags, source = _hashtags(policy, activity, monday, zone)
    official = {tag.casefold() for tag in tags}
    tagged = []
    for post in activity.posts(span):
        used = [tag for tag in post.data.get("hashtags", []) if tag.casefold() in official]
        if used or post.data.get("official_hashtag"):
            tagged.append(TaggedPost(at=iso_local(post.at, zone), platform=post.platform, hashtags=used))
    targets, images = [], []
    for duty in policy.schedule.duties:
        if duty.kind == "weekly-official-hashtag-posts":
            count = sum(post.platform == duty.platform for post in tagged)
            target = duty.count or 1
            targets.append(HashtagTarget(platform=duty.platform, count=count, target=target, met=count >= target,
                                         section=duty.section))
        elif duty.kind == "weekly-original-images":
            rotation = policy.images.rotation
            kinds = [next((m for m in reversed(post.data.get("media", [])) if m in rotation), None)
                     for post in activity.posts(span, duty.platform)]
            images.append(_rotation(policy, duty, [kind for kind in kinds if kind]))
    return WeekFigures(week=week_label(monday), first=monday.isoformat(),
                       last=(monday + timedelta(days=6)).isoformat(), official_hashtags=tags,
                       hashtags_source=source, hashtag_targets=targets, tagged_posts=tagged, images=images)
