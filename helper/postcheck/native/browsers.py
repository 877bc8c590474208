"""Where each supported browser looks for native-messaging hosts, per OS and scope, and how to tell it is there."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

SYSTEMS = ("linux", "darwin", "windows")
SCOPES = ("user", "system")


@dataclass(frozen=True)
class Browser:
    id: str
    label: str
    family: str  # which manifest it reads: "chrome" or "firefox"
    linux_user: str  # under $XDG_CONFIG_HOME (Chrome family) or $HOME (Firefox)
    linux_system: str
    darwin_user: str  # under ~/Library/Application Support
    darwin_system: str
    windows_key: str  # under HKCU or HKLM
    linux_commands: tuple[str, ...]
    darwin_app: str
    windows_profile: str  # under %LOCALAPPDATA% (Chrome family) or %APPDATA% (Firefox), "/"-separated


# Paths from each vendor's native-messaging documentation; KeePassXC's NativeMessageInstaller uses the same ones.
BROWSERS: dict[str, Browser] = {b.id: b for b in (
    Browser("chrome", "Google Chrome", "chrome", "google-chrome", "/etc/opt/chrome/native-messaging-hosts",
            "Google/Chrome", "/Library/Google/Chrome/NativeMessagingHosts",
            r"Software\Google\Chrome\NativeMessagingHosts", ("google-chrome", "google-chrome-stable"),
            "Google Chrome.app", "Google/Chrome/User Data"),
    Browser("chromium", "Chromium", "chrome", "chromium", "/etc/chromium/native-messaging-hosts",
            "Chromium", "/Library/Application Support/Chromium/NativeMessagingHosts",
            r"Software\Chromium\NativeMessagingHosts", ("chromium", "chromium-browser"),
            "Chromium.app", "Chromium/User Data"),
    Browser("edge", "Microsoft Edge", "chrome", "microsoft-edge", "/etc/opt/edge/native-messaging-hosts",
            "Microsoft Edge", "/Library/Microsoft/Edge/NativeMessagingHosts",
            r"Software\Microsoft\Edge\NativeMessagingHosts", ("microsoft-edge", "microsoft-edge-stable"),
            "Microsoft Edge.app", "Microsoft/Edge/User Data"),
    # Brave on Windows reads Chrome's registry key (as KeePassXC notes); on Linux/macOS it has its own folders.
    Browser("brave", "Brave", "chrome", "BraveSoftware/Brave-Browser", "/etc/opt/brave/native-messaging-hosts",
            "BraveSoftware/Brave-Browser",
            "/Library/Application Support/BraveSoftware/Brave-Browser/NativeMessagingHosts",
            r"Software\Google\Chrome\NativeMessagingHosts", ("brave-browser", "brave"),
            "Brave Browser.app", "BraveSoftware/Brave-Browser/User Data"),
    Browser("firefox", "Mozilla Firefox", "firefox", ".mozilla", "/usr/lib/mozilla/native-messaging-hosts",
            "Mozilla", "/Library/Application Support/Mozilla/NativeMessagingHosts",
            r"Software\Mozilla\NativeMessagingHosts", ("firefox", "firefox-esr"),
            "Firefox.app", "Mozilla/Firefox"),
)}


@dataclass(frozen=True)
class Environment:
    """What a plan depends on, passed in so that tests can lay out any OS under a temporary HOME."""
    system: str
    home: Path
    env: dict

    def var(self, name: str, default: Path) -> Path:
        value = self.env.get(name)
        return Path(value) if value else default


def manifest_dir(browser: Browser, where: Environment, scope: str) -> Path:
    """The folder holding the browser's host manifests (Linux, macOS) or our manifest copy's folder (Windows)."""
    if where.system == "linux":
        if scope == "system":
            return Path(browser.linux_system)
        if browser.family == "firefox":
            return where.home / browser.linux_user / "native-messaging-hosts"
        return where.var("XDG_CONFIG_HOME", where.home / ".config") / browser.linux_user / "NativeMessagingHosts"
    if where.system == "darwin":
        if scope == "system":
            return Path(browser.darwin_system)
        return where.home / "Library" / "Application Support" / browser.darwin_user / "NativeMessagingHosts"
    raise ValueError(f"{browser.label} on Windows finds its host through the registry, not a folder")


def is_present(browser: Browser, where: Environment) -> bool:
    """A browser counts as present when its program or its profile folder exists."""
    if where.system == "linux":
        base = where.home if browser.family == "firefox" else where.var("XDG_CONFIG_HOME", where.home / ".config")
        path = where.env.get("PATH", "")
        return (base / browser.linux_user).is_dir() or any(shutil.which(c, path=path) for c in browser.linux_commands)
    if where.system == "darwin":
        apps = [Path("/Applications"), where.home / "Applications"]
        support = where.home / "Library" / "Application Support" / browser.darwin_user
        return support.is_dir() or any((a / browser.darwin_app).is_dir() for a in apps)
    if where.system == "windows":
        var = "APPDATA" if browser.family == "firefox" else "LOCALAPPDATA"
        base = where.var(var, where.home / "AppData" / ("Roaming" if var == "APPDATA" else "Local"))
        return base.joinpath(*browser.windows_profile.split("/")).is_dir()
    raise ValueError(f"unsupported operating system {where.system!r}: use one of {', '.join(SYSTEMS)}")
