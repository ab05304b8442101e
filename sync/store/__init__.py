"""Storage: the encrypted vault (SQLCipher, Argon2id key, sidecar), its schema and
migrations, and atomic file writes."""
