"""The helper's HTTP server; importing this package stays cheap (aiohttp loads only when create_app is used)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from postcheck.server.helperfile import running_helper

if TYPE_CHECKING:
    from postcheck.server.app import create_app
    from postcheck.server.config import ServerConfig

__all__ = ["running_helper", "create_app", "ServerConfig"]


def __getattr__(name: str) -> Any:
    # The native host and `postcheck try` only need running_helper(); they should not pay for aiohttp and pydantic.
    if name == "create_app":
        from postcheck.server.app import create_app

        return create_app
    if name == "ServerConfig":
        from postcheck.server.config import ServerConfig

        return ServerConfig
    raise AttributeError(f"module 'postcheck.server' has no attribute {name!r}")
