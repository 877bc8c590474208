"""The registry writer of a Windows install plan, kept in a dict (the real one, winreg, exists only on Windows)."""

from __future__ import annotations


class DictRegistry:
    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str] = {}

    def set_default(self, root: str, key: str, value: str) -> None:
        self.values[(root, key)] = value

    def get_default(self, root: str, key: str) -> str | None:
        return self.values.get((root, key))

    def delete_key(self, root: str, key: str) -> None:
        self.values.pop((root, key), None)
