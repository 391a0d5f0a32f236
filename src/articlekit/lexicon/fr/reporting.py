"""French reporting data."""

from __future__ import annotations
