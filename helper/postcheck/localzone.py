"""The zone the schedule's hours are in: the policy's `schedule.timezone`, else the workstation's (tzlocal)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from postcheck.policy import Policy


class ZoneError(ValueError):
    """The workstation's time zone cannot be told."""


def local_zone(policy: Policy) -> ZoneInfo:
    """"In your local time" (Managing a Social Media Account): the policy's zone when it names one, else the
    workstation's IANA zone (TZ, /etc/localtime, the registry on Windows). Raises ZoneError when neither is known."""
    if policy.schedule.timezone:
        return ZoneInfo(policy.schedule.timezone)
    import tzlocal

    try:
        return ZoneInfo(tzlocal.get_localzone_name() or "UTC")
    except Exception as exc:  # tzlocal raises its own errors for a broken TZ or /etc/localtime
        raise ZoneError(f"cannot tell this workstation's time zone ({exc}): set schedule.timezone in "
                        "policy.toml, e.g. timezone = \"Africa/Nairobi\"") from None
