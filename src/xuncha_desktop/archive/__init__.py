"""Evidence store and archive packages (content-addressed files, integrity checks)."""
