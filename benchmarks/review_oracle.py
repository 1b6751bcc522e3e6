"""Every review finding on a large, fixed corpus, as one text: proof that a change to how vocabularies
are matched leaves the review's findings byte-identical.

The corpus: every knowledge-base indicator with its placeholders filled (as the self-review test
does), every plan under tests/data/plans, the review set's tune and holdout parts, and a few
thousand seeded variants of knowledge statements (plural and singular nouns, dates and windows,
Spanish and French words, case, spacing and punctuation changes, letters that only match under
case folding). For each case it writes the findings (rule, severity, criterion, indicator, path,
message, fix), and for each generated text every match of every word-list vocabulary in
ctguide.smart (start, end, text). Deterministic: the same code gives the same bytes.
Run: python benchmarks/review_oracle.py --write FILE    (before the change)
     python benchmarks/review_oracle.py --check FILE    (after it: exit 1 and the first difference)
With --alternation the word lists match through the regular expressions they replaced
(WordList.as_regex), so `--write A --alternation` then `--check A` compares the two on today's code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._args import existing_file  # noqa: E402
from ctguide import smart  # noqa: E402
from ctguide.drafting import draft_chain, draft_indicator  # noqa: E402
from ctguide.knowledge import load_knowledge  # noqa: E402
from ctguide.plan import Plan, PlanUnreadable, Profile, Statement, load_plan  # noqa: E402
from ctguide.wordlist import WordList  # noqa: E402
from tests.review_set import item_plan, load_items  # noqa: E402

PERIOD = (dt.date(2027, 1, 1), dt.date(2028, 12, 31))
PROFILE = Profile("Oracle", "Org", ("Moldova",), *PERIOD)
VARIANTS = 3000
VOCABULARIES = ("UNIT_OF_ANALYSIS", "UNIT_OF_ANALYSIS_ES_FR", "VAGUE", "NEEDS_DEFINITION", "OUTPUT_VERBS",
                "AMBIGUOUS", "CONTEXT_ONLY", "LAGGING", "VICTIM_DATA", "PEOPLE", "QUALITATIVE_OUTCOME",
                "PROFESSIONALS")  # fmt: skip
EXTRA_WORDS = (
    "victims", "Victim", "VICTIMS", "young people", "young  people", "young\tpeople", "case file", "case files",
    "task force", "per 100,000", "per 100 000", "per 100,000,000", "national total", "re-trafficked",
    "retrafficked", "well-being", "victim-witness", "victim-witnesses", "social workers", "social-workers",
    "working group", "report card", "hotline calls", "calls received", "suspicious transaction reports",
    "final judgment", "trafficked persons", "presumed victims", "prosecutions initiated", "investigations opened",
    "víctimas", "victimas", "niños", "ninos", "mujeres", "femmes", "enfants", "communautés", "écoles", "policía",
    "ſurvivors", "Kase", "İnspectors", "ınspectors", "ﬁles", "survivor's", "survivors'", "-victims", "victims-",
    "_victims", "victims_", "victims2", "2victims", "(victims)", "victims.", "trained,", "trained/referred",
    "sensitised", "sensitized", "trainedand", "within 6 months of exit", "in the reporting year", "by December 2028",
    "en el periodo", "au cours de l'année", "dans le trimestre", "in 2028", "at exit", "quarterly",
)  # fmt: skip
MUTATIONS = ("plural", "singular", "upper", "title", "spaces", "date", "extra", "spanish", "drop", "swap")
SPANISH_FRENCH = (
    "Número de víctimas identificadas en el periodo", "Porcentaje de mujeres que recibieron servicios",
    "Nombre de victimes orientées vers les services au cours de l'année",
    "Pourcentage des femmes accueillies dans les foyers", "% de niños en refugios durante el trimestre",
    "Tasa de denuncias por 100,000 personas", "Nombre d'enfants scolarisés dans les écoles",
)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, metavar="FILE")
    group.add_argument("--check", type=existing_file, metavar="FILE")
    parser.add_argument("--alternation", action="store_true", help="match word lists with their regexes")
    args = parser.parse_args()
    if args.alternation:
        for name, value in vars(smart).items():
            if isinstance(value, WordList):
                setattr(smart, name, value.as_regex())
    text = dump()
    print(f"{text.count(chr(10))} lines, sha256 {hashlib.sha256(text.encode()).hexdigest()[:16]}")
    if args.write:
        args.write.write_text(text, encoding="utf-8")
        return
    expected = args.check.read_text(encoding="utf-8")
    if text == expected:
        print("identical")
        return
    for n, (got, want) in enumerate(zip(text.splitlines(), expected.splitlines(), strict=False)):
        if got != want:
            raise SystemExit(f"line {n + 1} differs:\n  before: {want}\n  after:  {got}")
    raise SystemExit("the dumps differ in length")


def dump() -> str:
    kb = load_knowledge()
    lines: list[str] = []
    filled = []
    for area in kb.areas:
        chain = draft_chain(area)
        for source in area.indicators:
            indicator = draft_indicator(kb, source, pillar=area.pillar, period=PERIOD, fill=True)
            filled.append((chain, indicator))
            plan = Plan(PROFILE, (chain,), (indicator,))
            emit(lines, f"kb {source.id}", smart.review_plan(plan, kb))
            emit(lines, f"kb {source.id} no kb", smart.review_indicator(plan, 0))
    for path in sorted((ROOT / "tests" / "data" / "plans").glob("*.yaml")):
        try:
            plan = load_plan(path)
        except PlanUnreadable:
            continue
        emit(lines, f"plan {path.name}", smart.review_plan(plan, kb))
    for part in ("tune", "holdout"):
        for item in load_items(part):
            emit(lines, f"{part} {item['id']}", smart.review_plan(item_plan(kb, item), kb))
    rng = random.Random(15)
    statements = [i.statement for _, i in filled] + list(SPANISH_FRENCH)
    for n in range(VARIANTS):
        chain, indicator = filled[n % len(filled)]
        text = variant(rng, rng.choice(statements))
        changed = replace(
            indicator,
            statement=text,
            level=rng.choice(("impact", "outcome", "output")),
            unit=rng.choice(("number", "percent", "rate", "score", "stage")),
            type=rng.choice(("quantitative", "quantitative", "milestone", "qualitative")),
            definitions=indicator.definitions if rng.random() < 0.5 else (),
            ethics_notes=indicator.ethics_notes if rng.random() < 0.7 else (),
            direction_note=None,
        )
        outcomes = tuple(
            Statement(s.id, variant(rng, s.statement) if rng.random() < 0.3 else s.statement)
            for s in chain.outcomes
        )
        plan = Plan(PROFILE, (replace(chain, outcomes=outcomes),), (changed,))
        emit(lines, f"variant {n} {json.dumps(text, ensure_ascii=False)}", smart.review_plan(plan, kb))
        for name in VOCABULARIES:
            found = [(m.start(), m.end(), m.group(0)) for m in getattr(smart, name).finditer(text)]
            if found:
                lines.append(f"  match {name} {json.dumps(found, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def variant(rng: random.Random, statement: str) -> str:
    words = statement.split(" ")
    for _ in range(rng.randint(1, 4)):
        kind = rng.choice(MUTATIONS)
        at = rng.randrange(len(words)) if words else 0
        if not words:
            words = [rng.choice(EXTRA_WORDS)]
        elif kind == "plural" and not words[at].endswith("s"):
            words[at] += "s"
        elif kind == "singular" and words[at].endswith("s"):
            words[at] = words[at][:-1]
        elif kind == "upper":
            words[at] = words[at].upper()
        elif kind == "title":
            words[at] = words[at].title()
        elif kind == "spaces":
            words[at] += rng.choice(("  ", "\t", "\n", " , ", "-", "/"))
        elif kind == "date":
            words.insert(at, rng.choice(("in 2028", "within 6 months of exit", "by December 2028", "at exit",
                                         "in the reporting quarter", "annually", "durante el año")))  # fmt: skip
        elif kind in ("extra", "spanish"):
            words.insert(at, rng.choice(EXTRA_WORDS))
        elif kind == "drop" and len(words) > 2:
            del words[at]
        elif kind == "swap":
            words[at] = rng.choice(EXTRA_WORDS)
    return " ".join(words)


def emit(lines: list[str], case: str, findings: list[smart.Finding]) -> None:
    lines.append(case)
    lines.extend("  " + json.dumps(f.to_json(), ensure_ascii=False, sort_keys=True) for f in findings)


if __name__ == "__main__":
    main()
