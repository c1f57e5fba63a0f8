"""Write bench/eval_set_h/: a blind, untuned sample shaped like an ordinary escalation inbox.

    PYTHONPATH=. python bench/gen_eval_set_h.py        # rewrites bench/eval_set_h/

Why: the other hand-written sets aim at hard boundaries (defects told as questions, our
people's failures about a bug, executives writing about a defect), so they say little about
how a drafter does on the plain mix a CSM actually forwards. eval_set_h is 78 threads from
26 situations in roughly the proportions of an everyday escalation inbox (defects most,
then gaps, our service's failures, disputes about our bills, relationships and executives
writing), every severity and sentiment well represented, written blind to the drafters'
rules and tuned for nothing; it is meant for comparing two drafters on text nobody tuned
for. Its industries are new to this project's sets (veterinary practices, construction,
event ticketing, a pharmacy chain, a brewery, architects, gyms, a university library,
recruitment, facility management, a wine distributor, insurance broking, coworking, a bus
operator, translation, a dental lab, marinas, property management, a publisher, nurseries,
a sports club network, a dealer group, a research institute, a film studio, museum shops,
school buses), in English, German, French and Spanish. Each thread's wording and labels are
hand-written in bench/eval_set_h_data_*.py from routing/definitions.md (defs-1); this
script only renders them with eval_set_e's renderer (eval_set_c's client formats,
eval_set_e's neutral filler) under this set's own seed, Message-ID prefix and labeller, and
checks the labels are internally consistent. See bench/eval_set_h/README.md.
"""

from __future__ import annotations

from pathlib import Path

from bench import gen_eval_set_e
from bench.eval_set_files import write_threads
from bench.eval_set_h_data import SITUATIONS

OUT = Path(__file__).resolve().parent / "eval_set_h"
SEED = 20261207_8
PREFIX = "evalh"
LABELLER = ("evalh helper (Claude), by hand from routing/definitions.md defs-1 while writing, "
            "before any drafter ran on the set")  # fmt: skip


def build() -> list[tuple[str, str, dict[str, object]]]:
    """Every thread as (file stem, .eml text, label), in a fixed order."""
    return gen_eval_set_e.build(SITUATIONS, SEED, PREFIX, LABELLER)


def write(folder: Path) -> int:
    """Replace ``folder``'s threads with the built ones; returns how many were written."""
    return write_threads(folder, build())


if __name__ == "__main__":
    print(f"{write(OUT)} threads written to {OUT}")
