"""Polish: boilerplate and related-block data, used beside French on Polish pages."""
