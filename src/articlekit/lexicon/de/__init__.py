"""German: boilerplate and related-block data, used beside French on German pages."""
