"""The real Windows registry writer (winreg), where a Windows registry exists."""

from __future__ import annotations

import sys
import uuid

import pytest

from postcheck.native.registry import WinRegistry

pytestmark = pytest.mark.skipif(sys.platform != "win32", reason="the Windows registry exists only on Windows")


def test_set_read_and_delete_a_default_value_under_hkcu():
    registry = WinRegistry()
    key = rf"Software\postcheck-test\{uuid.uuid4().hex}\NativeMessagingHosts\int.iom.postcheck"
    registry.set_default("HKCU", key, r"C:\postcheck\int.iom.postcheck.chrome.json")
    try:
        assert registry.get_default("HKCU", key) == r"C:\postcheck\int.iom.postcheck.chrome.json"
    finally:
        registry.delete_key("HKCU", key)
    assert registry.get_default("HKCU", key) is None
    registry.delete_key("HKCU", key)  # deleting what is already gone is not an error
    parts = key.split("\\")
    for depth in range(len(parts) - 1, 1, -1):  # and leave no test keys behind
        registry.delete_key("HKCU", "\\".join(parts[:depth]))
