"""CSV import at size: ids stay unique and sequential (allocated from counters, not by rescanning every id)."""

import datetime as dt

from ctguide.importers import ImportOptions, import_table
from ctguide.knowledge import load_knowledge
from ctguide.plan import plan_to_data, validate_plan

KB = load_knowledge()
OPTIONS = ImportOptions("t", "o", ("Moldova",), (dt.date(2027, 1, 1), dt.date(2028, 12, 31)), "big.csv")


def test_a_large_table_gets_unique_sequential_ids_and_a_valid_plan():
    header = ["Area", "Result", "Result ID", "Indicator ID", "Indicator", "Baseline", "Target"]
    rows = [["shelter", f"Result {n // 10}", "SHL-OC2" if n == 0 else "", "SHL-5" if n == 1 else "",
             f"Number of residents assisted (row {n})", "10", "20 by 2028-12-31"] for n in range(3000)]  # fmt: skip
    plan, _ = import_table(KB, header, rows, OPTIONS)
    ids = [i.id for i in plan.indicators]
    assert len(set(ids)) == 3000 and ids[1] == "SHL-5"
    assert ids[:4] == ["SHL-1", "SHL-5", "SHL-2", "SHL-3"] and ids[5] == "SHL-6"
    (block,) = plan.results_chain
    results = [s.id for s in block.outcomes]
    assert len(results) == len(set(results)) == 300 and results[:3] == ["SHL-OC2", "SHL-OC1", "SHL-OC3"]
    assert validate_plan(plan_to_data(plan)) == []
