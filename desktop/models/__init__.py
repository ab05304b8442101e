"""Qt item models over the records API (ids and rows, never SQL)."""
