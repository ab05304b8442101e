"""Running an import: the planned rows written through the records' batch write API,
one signed change set per batch of file rows."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ...errors import QT_TRANSLATE_NOOP, CaucusError, ValidationError
from ...phrases import Phrase
from ...records import Batch, Branch, Member
from ...replica.bulk import collect_young, young_collections_only
from ..errors import ImportInterrupted, MappingError
from .checking import checked_ahead
from .cleaning import ASIDE, RowIssue, RowOptions, RowPlan
from .mapping import check_mapping, guess_mapping
from .planning import DuplicateIndex, plan_row, row_options
from .reading import Table, read_table
from .units import Places

DECISIONS = ("skip", "update", "create")
#: File rows per change set (and per commit). Each commit rewrites the index pages its
#: rows touch, wherever they are: at 500 rows a 50,000-row import wrote seven times the
#: vault's size into the log (139,000 pages), at 2,000 three times (63,000), at 5,000
#: twice (38,000): 2 s less in all, for some 15 MB more pending.
DEFAULT_BATCH = 5000
#: Within a batch, rows between two progress reports and two looks at Cancel (a cancel
#: there drops the batch's rows: whole batches only are imported)
STEP_ROWS = 500

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass
class ImportResult:
    total: int = 0
    imported: int = 0
    updated: int = 0
    # (row, why) of each row skipped (it matches a member, or holds no person) and of
    # each row rejected (it cannot be read as it is)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    rejected: list[tuple[int, str]] = field(default_factory=list)
    workplaces_created: int = 0
    cancelled: bool = False
    batches: int = 0
    message: str = ""
    notes: list[str] = field(default_factory=list)
    member_ids: list[str] = field(default_factory=list)
    # every value repaired or flagged in the rows imported (see :class:`RowIssue`)
    issues: list[RowIssue] = field(default_factory=list)

    @property
    def flagged_rows(self) -> list[int]:
        return sorted({i.row for i in self.issues if i.flagged})

    @property
    def repaired_rows(self) -> list[int]:
        return sorted({i.row for i in self.issues if not i.flagged})

    def summary(self) -> str:
        """What the import did, in English (a :class:`Phrase`, which the app translates)."""
        if self.message:
            return self.message
        if self.cancelled:
            #: {figures} is what the import did, e.g. "5 imported, 0 updated, 1 skipped, 0
            #: rejected"
            return Phrase(QT_TRANSLATE_NOOP("phrases", "Cancelled: {figures}. Rows after the "
                                            "last whole batch were not imported."),
                          figures=self.figures())
        #: {figures} is what the import did, e.g. "5 imported, 0 updated, 1 skipped, 0
        #: rejected"
        return Phrase(QT_TRANSLATE_NOOP("phrases", "{figures}."), figures=self.figures())

    def figures(self) -> Phrase:
        """The counts of :meth:`summary` without its last full stop (to go inside a
        sentence)."""
        counts = Phrase(QT_TRANSLATE_NOOP(
            "phrases", "{imported} imported, {updated} updated, {skipped} skipped, {rejected} "
            "rejected"), imported=self.imported, updated=self.updated,
            skipped=len(self.skipped), rejected=len(self.rejected))
        flagged, repaired = len(self.flagged_rows), len(self.repaired_rows)
        if not (flagged or repaired):
            return counts
        #: {counts} is "5 imported, 0 updated, 1 skipped, 0 rejected"
        template = QT_TRANSLATE_NOOP("phrases", "{counts}. {flagged} row flagged to check, "
                                     "{repaired} repaired") if flagged == 1 else \
            QT_TRANSLATE_NOOP("phrases", "{counts}. {flagged} rows flagged to check, "
                              "{repaired} repaired")
        return Phrase(template, counts=counts, flagged=flagged, repaired=repaired)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for name in ("skipped", "rejected"):
            d[name] = [{"row": r, "reason": why} for r, why in getattr(self, name)]
        d.pop("member_ids")
        d["issues"] = [i.to_dict() for i in self.issues]
        d["flagged_rows"] = self.flagged_rows
        d["repaired_rows"] = self.repaired_rows
        d["summary"] = self.summary()
        return d


def import_file(branch: Branch, path: str | Path, mapping: Mapping[str, str | None] | None = None,
                *, on_duplicate: str = "skip", overrides: Mapping[int, str] | None = None,
                batch_size: int = DEFAULT_BATCH, progress: Progress | None = None,
                cancelled: Cancelled | None = None, repair: bool = True,
                edits: Mapping[int, Mapping[str, Any]] | None = None) -> ImportResult:
    """Read, map (the guess, updated by ``mapping``), plan and run an import."""
    table = read_table(path)
    full = guess_mapping(table.headings)
    if mapping:
        full.update({h: t for h, t in check_mapping(mapping).items() if h in full})
    return run_import(branch, table, full, on_duplicate=on_duplicate, overrides=overrides,
                      batch_size=batch_size, progress=progress, cancelled=cancelled,
                      repair=repair, edits=edits)


def run_import(branch: Branch, table: Table, mapping: Mapping[str, str | None], *,
               on_duplicate: str = "skip", overrides: Mapping[int, str] | None = None,
               batch_size: int = DEFAULT_BATCH, progress: Progress | None = None,
               cancelled: Cancelled | None = None, repair: bool = True,
               edits: Mapping[int, Mapping[str, Any]] | None = None) -> ImportResult:
    """Write the rows in batches of ``batch_size``, one signed change set per batch.

    ``on_duplicate`` (skip, update or create) applies to rows matching an existing
    member or an earlier row of the file; ``overrides`` maps a row number to its own
    decision. ``cancelled()`` is asked between batches and every :data:`STEP_ROWS` rows
    within one, as ``progress`` is told: a cancelled import has written whole batches
    only. A failure part way raises :class:`ImportInterrupted`, which says
    what the batches before it imported. ``repair`` (the user's consent) repairs known
    spreadsheet damage; ``edits`` fixes cells first (row number → heading → value); the
    result lists every value repaired or flagged (``issues``).
    """
    if on_duplicate not in DECISIONS:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "errors", "On duplicate must be one of {choices}."), "on_duplicate",
            choices=", ".join(DECISIONS))
    overrides = dict(overrides or {})
    for row, decision in overrides.items():
        if decision not in DECISIONS:
            raise ValidationError.of(QT_TRANSLATE_NOOP(
                "errors", "Row {row}: the choice must be skip, update or create."),
                "overrides", row=str(row))
    if batch_size < 1:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The batch size must be at least 1."),
                              "batch_size")
    result = ImportResult(total=len(table.rows), notes=list(table.notes))
    if not table.rows:
        result.message = QT_TRANSLATE_NOOP("errors", "The file has column headings but no "
                                           "rows of data; nothing was imported.")
        return result
    mapping = check_mapping(mapping)
    if not any(mapping.values()):
        raise MappingError(QT_TRANSLATE_NOOP(
            "errors", "No column is mapped to a member field; nothing was imported."), "mapping")
    if not {"first_name", "last_name", "full_name"} & set(mapping.values()):
        raise MappingError(QT_TRANSLATE_NOOP(
            "errors", "Map a column to first name, last name or full name; nothing was "
            "imported."), "mapping")
    options, notes = row_options(table, mapping, branch.region, repair, edits)
    result.notes += notes
    # the rows are cleaned ahead in a second process meanwhile (.checking)
    with checked_ahead(table, mapping, options) as checks:
        writer = _Writer(branch, table, mapping, options, on_duplicate, overrides)
        total = len(table.rows)
        done = 0
        if progress:
            progress(0, total)
        with young_collections_only(), branch.vault.pages_for_bulk_writes(), \
                branch.replica.bulk_load(), branch.batch(chunk=None) as batch:
            for start in range(0, total, batch_size):
                if cancelled is not None and cancelled():
                    result.cancelled = True
                    break
                rows = list(zip(table.rows[start:start + batch_size],
                                table.row_numbers[start:start + batch_size], strict=True))
                counts = ImportResult()
                no = rows[0][1]
                try:
                    for i, (values, no) in enumerate(rows):
                        if i and not i % STEP_ROWS:  # a large batch: show it move, heed Cancel
                            if cancelled is not None and cancelled():
                                result.cancelled = True
                                break
                            if progress:
                                progress(done + i, total)
                        plan = None
                        if checks is not None:
                            checks.reach(start + i)
                            plan = checks.plan(start + i)
                        writer.row(batch, values, no, counts, plan)
                    if result.cancelled:  # the batch is not whole: none of it is imported
                        batch.discard()
                        break
                    batch.commit()
                except Exception as exc:
                    why = Phrase.of_error(exc) if isinstance(exc, CaucusError) else \
                        type(exc).__name__
                    first = rows[0][1]
                    span = Phrase(QT_TRANSLATE_NOOP("phrases", "row {row}"), row=first) \
                        if no == first else \
                        Phrase(QT_TRANSLATE_NOOP("phrases", "rows {first}–{last}"), first=first,
                               last=no)
                    #: {span} is "row 5" or "rows 5–7", {why} why it stopped, {summary} what
                    #: the batches before did ("5 imported, 0 updated, …"), {first} a row number
                    raise ImportInterrupted.of(QT_TRANSLATE_NOOP(
                        "errors", "The import stopped at {span} ({why}). The batches before were "
                        "imported ({summary}); nothing from row {first} on was imported."),
                        span=span, why=why, summary=result.figures(), first=first) from exc
                # the batch is committed: only now count it
                result.imported += counts.imported
                result.updated += counts.updated
                result.skipped += counts.skipped
                result.rejected += counts.rejected
                result.member_ids += counts.member_ids
                result.issues += counts.issues
                result.workplaces_created += writer.committed()
                result.batches += 1
                done += len(rows)
                collect_young()
                if progress:
                    progress(done, total)
        return result


class _Writer:
    """Writes planned rows into a batch: creates or updates members, finds or creates
    their workplaces, and remembers who each row became (for the file's later rows)."""

    def __init__(self, branch: Branch, table: Table, mapping: Mapping[str, str | None],
                 options: RowOptions, on_duplicate: str, overrides: Mapping[int, str]) -> None:
        self.table = table
        self.mapping = mapping
        self.options = options
        self.on_duplicate = on_duplicate
        self.overrides = overrides
        self.index = DuplicateIndex(branch)
        self.places = Places(branch)
        self.counted = 0

    def committed(self) -> int:
        """The pending batch was committed: how many workplaces it created."""
        created = self.places.created_workplaces - self.counted
        self.counted = self.places.created_workplaces
        return created

    def row(self, batch: Batch, values: list[Any], no: int, counts: ImportResult,
            plan: RowPlan | None = None) -> None:
        """Write row ``no`` as ``plan`` has cleaned it (None: clean it now)."""
        if plan is None:
            plan = plan_row(self.table, values, no, self.mapping, self.options)
        if plan.error is not None:
            (counts.skipped if plan.empty else counts.rejected).append((no, plan.error))
            return
        index = self.index
        hit = index.match(plan)
        decision = self.overrides.get(no, self.on_duplicate) if hit else "create"
        if hit and decision == "skip":
            #: {reason} is whom the row is the same person as, and why
            counts.skipped.append((no, Phrase(QT_TRANSLATE_NOOP("phrases", "Skipped: {reason}."),
                                              reason=index.describe(hit))))
            return
        fields = dict(plan.fields)
        fields.pop("__id", None)
        if plan.workplace:
            fields["workplace_id"] = self.places.workplace(batch, plan.workplace)
        if plan.unit:
            place = fields.get("workplace_id") or (
                batch.member(hit[0]).workplace_id if hit and decision == "update" else None)
            if place:
                fields["unit_id"] = self.places.unit(batch, place, plan.unit)
            else:  # kept on the person, not lost: a unit is only known in a workplace
                fields[f"{ASIDE}unit"] = plan.unit
                plan.issues.append(RowIssue(
                    no, self.unit_column, "unit", plan.unit, "kept aside",
                    #: {unit} is a unit's name, {field} the custom field it was kept in
                    Phrase(QT_TRANSLATE_NOOP("phrases", "The unit {unit} needs a workplace; it "
                                             "was kept as {field}."),
                           unit=repr(plan.unit), field=f"{ASIDE}unit")))
        if hit and decision == "update":
            member_id = hit[0]
            member = _update(batch, member_id, fields, plan.tags)
            index.add(member_id, member.first_name, member.last_name, member.emails,
                      member.phones)
            counts.updated += 1
        else:
            member_id = batch.add_member(fields, plan.tags)
            index.add(member_id, fields.get("first_name"), fields.get("last_name"),
                      fields.get("emails") or [], fields.get("phones") or [], row=no)
            counts.imported += 1
        counts.member_ids.append(member_id)
        counts.issues += plan.issues

    @property
    def unit_column(self) -> str:
        return next((h for h, t in self.mapping.items() if t == "unit"), "unit")


def _update(batch: Batch, member_id: str, fields: dict[str, Any], tags: list[str]) -> Member:
    """Merge a row into a member as the batch has left them: new emails and phones are
    added to theirs, other fields replaced, tags added."""
    current = batch.member(member_id)
    changed: dict[str, Any] = {}
    for name, value in fields.items():
        have = current.custom.get(name[7:]) if name.startswith("custom.") else \
            getattr(current, name)
        if name in ("emails", "phones"):
            have = list(have or [])
            lower = {v.lower() for v in have}
            value = have + [v for v in value if v.lower() not in lower]
        if value != have:
            changed[name] = value
    if changed:
        batch.update_member(member_id, changed)
    batch.add_tags(member_id, tags)
    return batch.member(member_id)
