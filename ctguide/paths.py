"""Where ctguide's shipped data live, however it was installed."""

from __future__ import annotations

import os
from pathlib import Path

CACHE_ENV = "CTGUIDE_CACHE_DIR"


def builtin_knowledge_dir() -> Path:
    """The built-in knowledge base.

    A wheel carries it inside the package (ctguide/_data/knowledge); a source checkout or an editable
    install keeps it at the top of the project, next to the package, where curators edit it.
    """
    packaged = Path(__file__).resolve().parent / "_data" / "knowledge"
    if (packaged / "pillars.yaml").is_file():
        return packaged
    return Path(__file__).resolve().parent.parent / "knowledge"


def cache_dir() -> Path:
    """Where compiled knowledge is kept: $CTGUIDE_CACHE_DIR, or the platform's user cache folder."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("ctguide", appauthor=False))
