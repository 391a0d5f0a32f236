"""English: boilerplate and related-block data, used beside French on English pages."""
