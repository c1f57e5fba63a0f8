"""Writing a generated evaluation set: one ``.eml`` and one ``.json`` label per thread.

Shared by the generators of eval_set_c, _d and _e, whose unit tests regenerate each set
and compare it byte for byte with the committed files: one writer keeps them comparable.
"""

from __future__ import annotations

import json
from pathlib import Path

Built = list[tuple[str, str, dict[str, object]]]  # (file stem, .eml text, label)


def write_threads(folder: Path, built: Built) -> int:
    """Replace ``folder``'s threads with ``built``; returns how many were written."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in [*folder.glob("*.eml"), *folder.glob("*.json")]:
        old.unlink()
    for name, text, label in built:
        (folder / f"{name}.eml").write_text(text, encoding="utf-8")
        (folder / f"{name}.json").write_text(
            json.dumps(label, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return len(built)
