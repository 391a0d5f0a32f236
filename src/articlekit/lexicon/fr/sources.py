"""French sources data."""

from __future__ import annotations
