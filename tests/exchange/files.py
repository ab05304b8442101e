"""Spreadsheet fixtures written by the tests themselves (each dialect and encoding)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

GERMAN_HEADINGS = ["Vorname", "Nachname", "E-Mail", "Handy", "PLZ", "Betrieb",
                   "Mitgliedsnummer", "Eintrittsdatum", "Schlagworte", "Adresse"]
GERMAN_ROWS = [
    ["Jürgen", "Müller", "juergen@example.de", "07911 123456", "N1 9GU", "Busdepot Nord",
     "M-001", "31.03.2021", "Vertrauensleute; Nachtschicht", "Hauptstraße 5\nHinterhaus"],
    ["Käthe", "Weiß", "kaethe@example.de", "07911 123457", "N1 9GV", "busdepot nord",
     "M-002", "01.12.2019", "Jugend", "Ringstraße 1"],
    ["Zoë", "Ørsted", "", "", "", "", "M-003", "2020-06-15", "", ""],
]
SPANISH_HEADINGS = ["Nombre", "Apellido(s)", "Correo", "Móvil", "Código postal", "Empresa",
                    "Fecha de alta", "Etiquetas"]
SPANISH_ROWS = [
    ["José", "García López", "jose@example.es", "07911 123458", "E1 6AN", "Hospital Central",
     "15/01/2022", "delegada, comité"],
    ["María", "Núñez", "maria@example.es", "07911 123459", "E1 6AB", "Hospital Central",
     "28/02/2023", ""],
]
ENGLISH_HEADINGS = ["First name", "Surname", "Email", "Phone", "Postcode", "Workplace",
                    "Membership number", "Joined", "Tags"]
ENGLISH_ROWS = [
    ["Ana", "Lopez", "ana@example.org", "07911 123460", "N1 9GU", "Central Depot", "1001",
     "2021-03-31", "steward"],
    ["Ben", "Okafor", "ben@example.org", "07911 123461", "N1 9GW", "Central Depot", "1002",
     "05/11/2020", "steward; rep"],
    ["Chloe", "Smith", "chloe@example.org", "", "N2 8AA", "Bakery", "1003", "", ""],
]


def _csv_text(headings: list[str], rows: list[list[str]], delimiter: str) -> str:
    def cell(value: str) -> str:
        if any(c in value for c in (delimiter, '"', "\n", "\r")):
            return '"' + value.replace('"', '""') + '"'
        return value

    lines = [delimiter.join(cell(c) for c in r) for r in [headings, *rows]]
    return "\r\n".join(lines) + "\r\n"


def write_csv(path: Path, headings: list[str], rows: list[list[str]], delimiter: str = ",",
              encoding: str = "utf-8") -> Path:
    text = _csv_text(headings, rows, delimiter)
    if encoding == "utf-16":  # Python writes a BOM for plain "utf-16"
        data = text.encode("utf-16")
    else:
        data = text.encode(encoding)
    path.write_bytes(data)
    return path


def write_xlsx(path: Path, headings: list[str], rows: list[list[object]]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(headings)
    for r in rows:
        sheet.append(r)
    book.save(path)
    return path


XLSX_HEADINGS = ["First Name", "Last Name", "Email", "Mobile", "Joined", "Dues paid until",
                 "Assessment", "Tags"]
XLSX_ROWS: list[list[object]] = [
    ["Dev", "Patel", "dev@example.org", "07911 123462", dt.datetime(2022, 4, 1),
     dt.date(2026, 12, 31), 4, "steward,rep"],
    ["Erin", "Walsh", "erin@example.org", 7911123463, 44927, "31/01/2027", 2, None],
]


#: what :func:`import_stopped_by_a_lock` raises, as the command line prints it
STOPPED_BY_A_LOCK = (
    "The import stopped at rows 5–7 (The vault is locked; unlock it first.). The "
    "batches before were imported (3 imported, 0 updated, 0 skipped, 0 rejected); "
    "nothing from row 5 on was imported.")


def import_stopped_by_a_lock(branch, folder: Path) -> BaseException:
    """Seven people imported three at a time while the laptop locks itself (idle) after
    the first batch: the error the import raises."""
    from sync.exchange import importer
    from sync.exchange.errors import ImportInterrupted

    rows = [[f"P{i}", f"Person{i}"] for i in range(7)]
    path = write_csv(folder / "many.csv", ["First name", "Last name"], rows)

    def progress(done: int, total: int) -> None:
        if done == 3:
            branch.vault.lock()

    try:
        importer.import_file(branch, path, batch_size=3, progress=progress)
    except ImportInterrupted as exc:
        return exc
    raise AssertionError("the import did not stop")
