"""Spanish: boilerplate and related-block data, used beside French on Spanish pages."""
