"""Italian: boilerplate and related-block data, used beside French on Italian pages."""
