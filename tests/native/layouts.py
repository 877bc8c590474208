"""A temporary HOME laid out like each OS with every supported browser, and where each browser's manifest must land."""

from __future__ import annotations

from pathlib import Path

from postcheck.native.browsers import Environment

# Written from the vendors' documentation, independently of postcheck.native.browsers, so a typo there shows up here.
PROFILE_DIRS = {
    "linux": {"chrome": ".config/google-chrome", "chromium": ".config/chromium", "edge": ".config/microsoft-edge",
              "brave": ".config/BraveSoftware/Brave-Browser", "firefox": ".mozilla"},
    "darwin": {b: f"Library/Application Support/{d}" for b, d in (
        ("chrome", "Google/Chrome"), ("chromium", "Chromium"), ("edge", "Microsoft Edge"),
        ("brave", "BraveSoftware/Brave-Browser"), ("firefox", "Mozilla"))},
    "windows": {"chrome": "AppData/Local/Google/Chrome/User Data", "chromium": "AppData/Local/Chromium/User Data",
                "edge": "AppData/Local/Microsoft/Edge/User Data",
                "brave": "AppData/Local/BraveSoftware/Brave-Browser/User Data",
                "firefox": "AppData/Roaming/Mozilla/Firefox"},
}
MANIFESTS = {
    "linux": {"chrome": ".config/google-chrome/NativeMessagingHosts",
              "chromium": ".config/chromium/NativeMessagingHosts",
              "edge": ".config/microsoft-edge/NativeMessagingHosts",
              "brave": ".config/BraveSoftware/Brave-Browser/NativeMessagingHosts",
              "firefox": ".mozilla/native-messaging-hosts"},
    "darwin": {b: f"{d}/NativeMessagingHosts" for b, d in PROFILE_DIRS["darwin"].items()},
}
REGISTRY_KEYS = {  # HKCU\<key>\int.iom.postcheck; Brave reads Chrome's key on Windows
    "chrome": r"Software\Google\Chrome\NativeMessagingHosts", "brave": r"Software\Google\Chrome\NativeMessagingHosts",
    "chromium": r"Software\Chromium\NativeMessagingHosts", "edge": r"Software\Microsoft\Edge\NativeMessagingHosts",
    "firefox": r"Software\Mozilla\NativeMessagingHosts",
}
AUTOSTART = {
    "linux": ".config/systemd/user/postcheck-helper.service",
    "darwin": "Library/LaunchAgents/int.iom.postcheck.helper.plist",
    "windows": "AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Startup/postcheck-helper.cmd",
}


def environment(system: str, home: Path, browsers=tuple(PROFILE_DIRS["linux"])) -> Environment:
    """An Environment for `system` whose HOME is `home`, with profile folders for `browsers`. PATH is empty, so
    only these folders say which browsers are installed."""
    for browser in browsers:
        (home / PROFILE_DIRS[system][browser]).mkdir(parents=True, exist_ok=True)
    env = {"PATH": ""}
    if system == "windows":
        env |= {"LOCALAPPDATA": str(home / "AppData/Local"), "APPDATA": str(home / "AppData/Roaming"),
                "ProgramData": str(home / "ProgramData")}
    return Environment(system, home, env)
