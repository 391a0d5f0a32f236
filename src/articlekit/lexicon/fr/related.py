"""French related-block data: the labels of related-article blocks."""

from __future__ import annotations
