"""The guidelines as data: the bundled default.toml, merged with a workstation's override, validated."""

from postcheck.policy.loader import PolicyError, load_policy
from postcheck.policy.models import PLATFORMS, Policy

__all__ = ["Policy", "PolicyError", "load_policy", "PLATFORMS"]
