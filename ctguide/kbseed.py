"""The built-in knowledge files parsed and schema-checked in advance, shipped inside the package.

The user cache (ctguide.kbcache) is empty on the first run after an install and stale on the first
run after a knowledge change; that run used to parse and schema-check every YAML file. This file,
compiled/knowledge.json, holds what parsing gives for each built-in file, with the SHA-256 of the
file's content. Loading uses an entry only for a file whose content still has that digest (in the
built-in folder or an overlay, at the same place), so an edited file is parsed again and the others
are not; the cross references are always checked. The digests of the schema and of the YAML loader
head the file: made with others, it is not used at all. Plain JSON, so reading it runs no code.
Beside it, compiled/fit.json holds the word families the fit rule reads from the built-in knowledge
(ctguide.fit), used when the digest of the texts they come from and of the code that reads them
matches, so that the first review after an install does not read every statement again.
Regenerate both after changing knowledge/, ctguide/fit.py or ctguide/textnorm.py:
`python -m ctguide.kbseed` (a test says when they are stale). It also writes compiled/regex.json and
compiled/classcode.json, the package's regular expressions and record methods compiled (ctguide.lazyre,
ctguide.classcode), compiled/vocabulary.txt, the words the review's wording rules know (ctguide.readable), and
compiled/realwords.txt, the real words the spelling reading never corrects (ctguide.realwords).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ctguide.knowledge import KnowledgeBase, Known, knowledge_files, load_knowledge
from ctguide.paths import builtin_knowledge_dir

if TYPE_CHECKING:
    from ctguide.fit import Statements, Vocabularies

FORMAT = "ctguide-kb-seed 1"
SEED = Path(__file__).resolve().parent / "compiled" / "knowledge.json"
FIT = SEED.with_name("fit.json")
_SHAPED_BY = (
    "schemas/knowledge.schema.json",
    "yamlio.py",
    "knowledge.py",
)  # what parsed, checked data depend on


def known() -> Known:
    """The shipped entries ({} when the file is missing, damaged or made for another schema or loader)."""
    try:
        document = json.loads(SEED.read_bytes())
        if document["format"] != FORMAT or document["made_for"] != made_for():
            return {}
        return {place: (digest, data) for place, (digest, data) in document["files"].items()}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def made_for() -> str:
    """A digest of the code the entries' data and their schema check depend on."""
    digest = hashlib.sha256(FORMAT.encode())
    for name in _SHAPED_BY:
        digest.update((Path(__file__).resolve().parent / name).read_bytes())
    return digest.hexdigest()


def generate(folder: Path | None = None) -> str:
    """The text of compiled/knowledge.json for `folder` (the built-in knowledge): one file a line,
    lines apart, so that changes to different files merge cleanly. Raises KnowledgeError when the
    knowledge has any problem: only knowledge that loads is compiled."""
    from ctguide.yamlio import load_yaml

    folder = builtin_knowledge_dir() if folder is None else folder
    load_knowledge(folder, layer=False)
    entries = []
    for path in knowledge_files(folder):
        content = path.read_bytes()
        data = load_yaml(content.decode("utf-8"), source=str(path))
        _require_json(data, path)
        entry = [hashlib.sha256(content).hexdigest(), data]
        place = path.relative_to(folder).as_posix()
        entries.append(f"{json.dumps(place)}: {json.dumps(entry, ensure_ascii=False, separators=(',', ':'))}")
    head = json.dumps({"format": FORMAT, "made_for": made_for()})[:-1]
    return head + ', "files": {\n' + ",\n\n".join(entries) + "\n}}\n"


def _require_json(data: Any, path: Path) -> None:
    if json.loads(json.dumps(data)) != data:
        raise ValueError(f"{path}: holds values JSON cannot keep (mapping keys must be text)")


def fit_vocabularies(kb: KnowledgeBase) -> Vocabularies | None:
    """The fit rule's word families of `kb` as compiled, when they were compiled from the same texts by
    the same code (None otherwise: they are then read from the knowledge base)."""
    compiled = compiled_fit(kb)
    return None if compiled is None else compiled[0]


def compiled_fit(kb: KnowledgeBase) -> tuple[Vocabularies, Statements] | None:
    """The fit rule's word families of `kb` (`fit.read_vocabularies`) and of its indicators' statements
    (`fit.read_statements`) as compiled, or None (see fit_vocabularies)."""
    from ctguide.fit import vocabularies_digest

    try:
        document = json.loads(FIT.read_bytes())
        if document["format"] != FORMAT or document["digest"] != vocabularies_digest(kb):
            return None
        areas, results, statements = document["areas"], document["results"], document["statements"]
        vocabularies = (
            {a: frozenset(keys) for a, keys in areas.items()},
            {r: frozenset(keys) for r, keys in results.items()},
        )
        return vocabularies, {i: frozenset(keys) for i, keys in statements.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def generate_fit(folder: Path | None = None) -> str:
    """The text of compiled/fit.json for the knowledge in `folder` (the built-in one)."""
    from ctguide.fit import read_statements, read_vocabularies, vocabularies_digest

    kb = load_knowledge(builtin_knowledge_dir() if folder is None else folder, layer=False)
    areas, results = read_vocabularies(kb)
    head = json.dumps({"format": FORMAT, "digest": vocabularies_digest(kb)})[:-1]
    parts = [
        f"{json.dumps(name)}: {{\n" + ",\n".join(f"{json.dumps(i)}: {json.dumps(sorted(keys))}" for i, keys in part.items()) + "\n}"
        for name, part in (("areas", areas), ("results", results), ("statements", read_statements(kb)))
    ]  # fmt: skip
    return head + ", " + ", ".join(parts) + "}\n"


def main() -> None:
    from ctguide import classcode, lazyre, readable, realwords
    from ctguide.atomic import write_atomic

    SEED.parent.mkdir(exist_ok=True)
    written = [
        (SEED, generate()),
        (FIT, generate_fit()),
        (lazyre.STORE, lazyre.generate()),
        (classcode.STORE, classcode.generate()),
        (readable.STORE, readable.generate()),
    ]
    for path, text in written:
        write_atomic(path, text)
    print("wrote", ", ".join(str(path) for path, _ in written))
    try:
        realwords.main()
    except ImportError:
        print(f"{realwords.STORE} not rewritten: it needs pyspellchecker (pip install -e '.[test]')")


if __name__ == "__main__":
    main()
