"""Bringing data in and out of a branch: spreadsheet import, exports, duplicates,
subject-access exports. Never imports Qt (PDFs are drawn by :mod:`.pdf` with fpdf2)."""
