"""French dates data."""

from __future__ import annotations
