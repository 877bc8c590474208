"""Practice pages copying the X, Facebook and Instagram composers, and the local HTTPS server that serves them."""

from postcheck.practice.server import PLATFORM_HOSTS, PracticeServer

__all__ = ["PLATFORM_HOSTS", "PracticeServer"]
