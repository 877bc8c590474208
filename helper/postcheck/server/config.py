"""What create_app() needs: the token, the allowed extension ids, the store's path and the request limits."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from pathlib import Path

from postcheck import __version__
from postcheck.policy import Policy

MAX_BODY = 256 * 1024


@dataclass(frozen=True)
class ServerConfig:
    token: str
    policy: Policy
    db_path: Path
    max_body: int = MAX_BODY
    # POST /v1/media's own limit (the policy's [media] max_body_bytes): a photo's metadata part, base64 in JSON.
    max_media_body: int = 640 * 1024
    # A client that announces a body and then trickles it (slowloris) is cut off after this many seconds.
    body_timeout: float = 10.0
    # Texts longer than this (in code points) are checked in a worker thread so that one huge paste cannot stall
    # other requests; a tweet-sized text is checked inline (it takes well under a millisecond).
    inline_check_limit: int = 16_384
    version: str = __version__
    extension_ids: tuple[str, ...] = field(default=())

    @classmethod
    def for_policy(cls, policy: Policy, db_path: Path, **overrides) -> "ServerConfig":
        """A config with a fresh random token and the policy's extension ids."""
        overrides.setdefault("token", secrets.token_urlsafe(32))
        overrides.setdefault("max_media_body", policy.media.max_body_bytes)
        return cls(policy=policy, db_path=db_path, extension_ids=tuple(policy.helper.extension_ids), **overrides)
