"""Failures of import and export, as :class:`~sync.errors.CaucusError` subclasses."""

from __future__ import annotations

from ..errors import QT_TRANSLATE_NOOP, CaucusError, ValidationError


class ImportFileError(CaucusError):
    """That file could not be imported; nothing was written."""

    template = QT_TRANSLATE_NOOP("errors", "That file could not be imported; nothing was written.")


class EmptyImportFile(ImportFileError):
    """The file is empty: there is nothing to import and nothing was written."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The file is empty: there is nothing to import and nothing was written.")


class UnreadableImportFile(ImportFileError):
    """That file is not a CSV or Excel (.xlsx) spreadsheet Caucus can read; nothing was written."""

    template = QT_TRANSLATE_NOOP(
        "errors", "That file is not a CSV or Excel (.xlsx) spreadsheet Caucus can read; nothing "
        "was written.")


class ImportFileTooLarge(ImportFileError):
    """That file is too large to import at once; split it into smaller files. Nothing was
    written."""

    template = QT_TRANSLATE_NOOP(
        "errors", "That file is too large to import at once; split it into smaller files. "
        "Nothing was written.")


class ImportInterrupted(ImportFileError):
    """The import stopped part way; the batches before the stop were imported."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The import stopped part way; the batches before the stop were imported.")


class MappingError(ValidationError):
    """That column mapping is not valid."""

    template = QT_TRANSLATE_NOOP("errors", "That column mapping is not valid.")


class ExportCancelled(CaucusError):
    """The export was cancelled; no file was written."""

    template = QT_TRANSLATE_NOOP("errors", "The export was cancelled; no file was written.")
