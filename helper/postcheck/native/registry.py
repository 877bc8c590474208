"""Windows registry access for install/uninstall/doctor, behind a small interface tests can replace."""

from __future__ import annotations

from typing import Protocol


class RegistryWriter(Protocol):
    def set_default(self, root: str, key: str, value: str) -> None: ...
    def get_default(self, root: str, key: str) -> str | None: ...
    def delete_key(self, root: str, key: str) -> None: ...


class WinRegistry:
    """The real registry through winreg (only importable on Windows)."""

    def __init__(self) -> None:
        import winreg

        self._winreg = winreg
        self._roots = {"HKCU": winreg.HKEY_CURRENT_USER, "HKLM": winreg.HKEY_LOCAL_MACHINE}

    def set_default(self, root: str, key: str, value: str) -> None:
        with self._winreg.CreateKeyEx(self._roots[root], key, 0, self._winreg.KEY_WRITE) as handle:
            self._winreg.SetValueEx(handle, "", 0, self._winreg.REG_SZ, value)

    def get_default(self, root: str, key: str) -> str | None:
        try:
            with self._winreg.OpenKey(self._roots[root], key) as handle:
                value, _kind = self._winreg.QueryValueEx(handle, "")
        except FileNotFoundError:
            return None
        return str(value)

    def delete_key(self, root: str, key: str) -> None:
        try:
            self._winreg.DeleteKey(self._roots[root], key)
        except FileNotFoundError:
            pass


def default_registry(system: str) -> RegistryWriter | None:
    return WinRegistry() if system == "windows" else None
