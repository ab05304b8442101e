"""Units and headcounts from spreadsheets.

A member import's ``unit`` column names the person's unit in their row's workplace — a
name, or a path for a unit inside a unit ("Drivers / Nights"; ">" and "›" work too) —
found or created (:class:`Places`). :func:`import_headcounts` reads a sheet of units
and their headcounts (one row per unit: workplace, unit, kind, headcount, counted on;
a row with no unit gives the workplace's own headcount), creating what is missing.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ...errors import QT_TRANSLATE_NOOP, CaucusError, ValidationError
from ...phrases import Phrase
from ...records import MAX_DEPTH, UNIT_KINDS, Batch, Branch, clean_count
from ...records.organising_batch import add_unit, set_headcount
from ..errors import ImportInterrupted, MappingError
from . import headings as more
from .cells import blank, cell_text
from .dates import parse_date
from .mapping import normalise_heading
from .reading import read_table

# headings of a headcount sheet, by what they hold
HEADCOUNT_HEADINGS: dict[str, tuple[str, ...]] = {
    "workplace": ("workplace", "site", "employer", "building", "betrieb", "centro de trabajo",
                  "edificio"),
    "unit": ("unit", "department", "dept", "section", "shift", "floor", "stairwell", "team",
             "unit path", "abteilung", "einheit", "departamento", "unidad", "planta"),
    "kind": ("kind", "type", "unit kind", "art", "tipo"),
    "headcount": ("headcount", "head count", "people", "staff", "workers", "tenants",
                  "number", "count", "employees", "flats", "households", "beschaftigte",
                  "anzahl", "plantilla", "personas", "trabajadores"),
    "counted_on": ("counted on", "counted", "date", "as of", "stand", "fecha"),
}
for _target, _words in more.HEADCOUNT_HEADINGS.items():
    HEADCOUNT_HEADINGS[_target] = (*HEADCOUNT_HEADINGS[_target],
                                   *(normalise_heading(w) for w in _words))


def split_path(text: str) -> list[str]:
    """A unit path as its names, top first; a path deeper than the units go keeps the
    rest in the last name."""
    parts = [p.strip() for p in re.split(r"\s*[/>›]\s*", text or "") if p.strip()]
    if len(parts) > MAX_DEPTH:
        parts = [*parts[:MAX_DEPTH - 1], " / ".join(parts[MAX_DEPTH - 1:])]
    return parts


class Places:
    """Workplaces by name and units by path, found in the vault or created in a batch."""

    def __init__(self, branch: Branch) -> None:
        self.workplaces = {r[1].strip().casefold(): r[0] for r in branch.conn.execute(
            "SELECT id, name FROM workplace WHERE deleted = 0 ORDER BY id DESC")}
        self.units: dict[tuple[str, str | None, str], str] = {}
        for uid, wid, parent, name in branch.conn.execute(
                "SELECT id, workplace_id, parent_id, name FROM unit WHERE deleted = 0 "
                "ORDER BY id DESC"):
            self.units[(wid, parent, (name or "").strip().casefold())] = uid
        self.created_workplaces = 0
        self.created_units = 0

    def workplace(self, batch: Batch, name: str) -> str:
        key = name.strip().casefold()
        if key not in self.workplaces:
            self.workplaces[key] = batch.add_workplace(name.strip())
            self.created_workplaces += 1
        return self.workplaces[key]

    def unit(self, batch: Batch, workplace_id: str, path: str,
             kind: str | None = None) -> str | None:
        """The unit at ``path`` in the workplace (created, with any unit above it)."""
        parent: str | None = None
        for depth, name in enumerate(split_path(path), 1):
            key = (workplace_id, parent, name.casefold())
            if key not in self.units:
                last = depth == len(split_path(path))
                self.units[key] = add_unit(batch, workplace_id, name, parent,
                                           kind if last else None)
                self.created_units += 1
            parent = self.units[key]
        return parent


@dataclass
class HeadcountResult:
    total: int = 0
    counted: int = 0
    # (row, why) of each row that gave no headcount
    skipped: list[tuple[int, str]] = field(default_factory=list)
    units_created: int = 0
    workplaces_created: int = 0

    def summary(self) -> str:
        #: {counted}, {skipped}, {units} and {workplaces} are counts
        return Phrase(QT_TRANSLATE_NOOP(
            "phrases", "{counted} headcounts recorded, {skipped} rows skipped; {units} units "
            "and {workplaces} workplaces created."), counted=self.counted,
            skipped=len(self.skipped), units=self.units_created,
            workplaces=self.workplaces_created)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["skipped"] = [{"row": r, "reason": why} for r, why in self.skipped]
        d["summary"] = self.summary()
        return d


def headcount_columns(headings: list[str]) -> dict[str, int]:
    """Which column holds what, from its heading."""
    out: dict[str, int] = {}
    for index, heading in enumerate(headings):
        key = normalise_heading(heading)
        for target, words in HEADCOUNT_HEADINGS.items():
            if target not in out and (key == target.replace("_", " ") or key in words):
                out[target] = index
                break
    return out


def import_headcounts(branch: Branch, path: str | Path) -> HeadcountResult:
    """Units and headcounts from a CSV or XLSX file (one change set)."""
    table = read_table(path)
    columns = headcount_columns(table.headings)
    if "workplace" not in columns or "headcount" not in columns:
        #: {headings} is the file's column headings, or "no headings"
        raise MappingError.of(QT_TRANSLATE_NOOP(
            "errors", "A headcount sheet needs a workplace column and a headcount column (and "
            "a unit column for the units' own headcounts); this one has {headings}."),
            "mapping", headings=", ".join(table.headings) or Phrase(
                QT_TRANSLATE_NOOP("phrases", "no headings")))
    result = HeadcountResult(total=len(table.rows))
    places = Places(branch)

    def get(values: list[Any], target: str) -> Any:
        index = columns.get(target)
        return None if index is None or index >= len(values) else values[index]

    try:
        with branch.batch(chunk=None) as batch:
            for values, no in zip(table.rows, table.row_numbers, strict=True):
                place = cell_text(get(values, "workplace")).strip()
                if not place:
                    result.skipped.append((no, Phrase(QT_TRANSLATE_NOOP(
                        "phrases", "No workplace named."))))
                    continue
                try:
                    count = clean_count(cell_text(get(values, "headcount")))
                    day = get(values, "counted_on")
                    counted = None if blank(day) else parse_date(day, "counted_on")
                except ValidationError as exc:
                    result.skipped.append((no, Phrase.of_error(exc)))
                    continue
                kind = normalise_heading(cell_text(get(values, "kind"))).replace(" ", "_")
                workplace_id = places.workplace(batch, place)
                unit_path = cell_text(get(values, "unit")).strip()
                if unit_path:
                    target = places.unit(batch, workplace_id, unit_path,
                                         kind if kind in UNIT_KINDS else None)
                    if count is not None:
                        set_headcount(batch, "unit", target, count, counted)
                elif count is not None:
                    set_headcount(batch, "workplace", workplace_id, count, counted)
                if count is None:
                    result.skipped.append((no, Phrase(QT_TRANSLATE_NOOP(
                        "phrases", "No headcount given."))))
                else:
                    result.counted += 1
    except CaucusError as exc:
        #: {why} is the failure's sentence
        raise ImportInterrupted.of(QT_TRANSLATE_NOOP("errors", "Nothing was imported: {why}"),
                                   why=Phrase.of_error(exc)) from exc
    result.units_created = places.created_units
    result.workplaces_created = places.created_workplaces
    return result
