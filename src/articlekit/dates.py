"""Date parsing: ISO and common French shapes by regex, dateparser (loaded lazily) for the rest."""

from __future__ import annotations
