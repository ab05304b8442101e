"""The import reports' summary lines in the user's language (the engine's own
``summary()`` is the command line's English sentence, built from the same figures)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from sync.ops.organising import HeadcountResult
from sync.ops.spreadsheets import ImportResult

from . import formats


class ReportText(QObject):
    """Counted sentences (lupdate finds plurals only in ``self.tr``: context "ReportText")."""

    def import_summary(self, result: ImportResult) -> str:
        if result.message:  # the engine's whole sentence (a file with no rows, …)
            return QCoreApplication.translate("errors", result.message)
        text = self.tr("{imported} imported, {updated} updated, {skipped} skipped, "
                       "{rejected} rejected.").format(
            imported=formats.number(result.imported), updated=formats.number(result.updated),
            skipped=formats.number(len(result.skipped)),
            rejected=formats.number(len(result.rejected)))
        flagged, repaired = len(result.flagged_rows), len(result.repaired_rows)
        if flagged or repaired:
            text += " " + self.tr("%Ln rows flagged to check, {repaired} repaired.", "",
                                  flagged).format(repaired=formats.number(repaired))
        if result.cancelled:
            text = self.tr("Cancelled: {summary} Rows after the last whole batch were not "
                           "imported.").format(summary=text)
        return text

    def headcount_summary(self, result: HeadcountResult) -> str:
        return self.tr("{counted} headcounts recorded, {skipped} rows skipped; {units} units "
                       "and {workplaces} workplaces created.").format(
            counted=formats.number(result.counted), skipped=formats.number(len(result.skipped)),
            units=formats.number(result.units_created),
            workplaces=formats.number(result.workplaces_created))


#: the one instance (read-only, like :data:`desktop.i18n.COUNTS`)
REPORTS = ReportText()
