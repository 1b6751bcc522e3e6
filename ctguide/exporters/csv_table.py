"""CSV: one row per indicator, logframe columns; UTF-8 with a BOM and full quoting so spreadsheet
software opens accents and multi-line cells correctly."""

from __future__ import annotations

import csv
import io

from ctguide.exporters import ExportOptions, ExportResult
from ctguide.exporters.rows import COLUMNS, HEADINGS, logframe_rows
from ctguide.plan import Plan

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
"""First characters that make a spreadsheet read a cell as a formula (OWASP's CSV injection list)."""


def guard(text: str) -> str:
    """Text that a spreadsheet would run as a formula is written with a leading apostrophe."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def render(plan: Plan, name: str, options: ExportOptions) -> ExportResult:
    buffer = io.StringIO()
    writer = csv.DictWriter(
        buffer, fieldnames=[HEADINGS[c] for c in COLUMNS], quoting=csv.QUOTE_ALL, lineterminator="\r\n"
    )
    writer.writeheader()
    for row in logframe_rows(plan):
        writer.writerow({HEADINGS[c]: guard(row[c]) for c in COLUMNS})
    return ExportResult("\ufeff" + buffer.getvalue())
