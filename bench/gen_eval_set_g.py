"""Write bench/eval_set_g/: a blind dev set aimed at category boundaries and severity levels.

    PYTHONPATH=. python bench/gen_eval_set_g.py        # rewrites bench/eval_set_g/

Why: on held-out threads the drafter mistakes defects told as requests, questions, limits
or money ("is there a way to ... again?", "it doesn't let us", the invoices or prices the
product itself produces, a defect beside a renewal or a new head of IT) for gaps, disputes
or relationships; our people's or process's failures about a bug (a ticket closed
unanswered, a call back never made, a status page left green, sessions cancelled, a
migration our team ran badly) for defects; and executives writing or copied about a defect
for defects; and it misjudges critical against high, low against medium and medium
against high. eval_set_g is a fresh *dev* set (every label ``"split": "dev"``) written
blind to the drafter's rules, in logistics, healthcare, agriculture, the public sector,
hospitality, manufacturing, education, law, retail, energy and charities, in English,
German, French and Spanish. Each thread's wording and labels are hand-written in
bench/eval_set_g_data_*.py from routing/definitions.md (defs-1); this script only renders
them with eval_set_e's renderer (eval_set_c's client formats, eval_set_e's neutral filler)
under this set's own seed, Message-ID prefix and labeller, and checks the labels are
internally consistent. See bench/eval_set_g/README.md.
"""

from __future__ import annotations

from pathlib import Path

from bench import gen_eval_set_e
from bench.eval_set_files import write_threads
from bench.eval_set_g_data import SITUATIONS

OUT = Path(__file__).resolve().parent / "eval_set_g"
SEED = 20261207_7
PREFIX = "evalg"
LABELLER = ("evalg helper (Claude), by hand from routing/definitions.md defs-1 while writing, "
            "before any drafter ran on the set")  # fmt: skip


def build() -> list[tuple[str, str, dict[str, object]]]:
    """Every thread as (file stem, .eml text, label), in a fixed order."""
    return gen_eval_set_e.build(SITUATIONS, SEED, PREFIX, LABELLER)


def write(folder: Path) -> int:
    """Replace ``folder``'s threads with the built ones; returns how many were written."""
    return write_threads(folder, build())


if __name__ == "__main__":
    print(f"{write(OUT)} threads written to {OUT}")
