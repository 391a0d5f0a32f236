"""French: the language articlekit was built for."""
