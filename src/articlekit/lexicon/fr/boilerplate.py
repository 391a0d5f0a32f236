"""French boilerplate data."""

from __future__ import annotations
