"""Dutch: boilerplate and related-block data, used beside French on Dutch pages."""
