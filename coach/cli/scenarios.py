"""``coach scenarios``: list, show, validate, schema."""
