"""The phone client: the pages a host serves and the rounds it runs for phones."""
