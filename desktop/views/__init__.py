"""Windows and panels of the desktop client."""
