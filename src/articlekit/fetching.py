"""Fetch pages over HTTP with httpx (imported lazily): redirects, timeouts, size cap, content type."""

from __future__ import annotations
