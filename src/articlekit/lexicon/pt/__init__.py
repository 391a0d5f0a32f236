"""Portuguese: boilerplate and related-block data, used beside French on Portuguese pages."""
