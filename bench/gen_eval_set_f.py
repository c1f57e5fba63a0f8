"""Write bench/eval_set_f/: a blind dev set aimed at how customers word anger and churn.

    PYTHONPATH=. python bench/gen_eval_set_f.py        # rewrites bench/eval_set_f/

Why: on held-out threads the drafter reads many angry customers and customers who hint
at leaving as "calm", because they say it in words it was never tuned for. eval_set_f is
a fresh *dev* set (every label ``"split": "dev"``) written blind to the drafter's rules:
anger as sarcasm, cold formality, blame, demands for compensation, accusations of
misleading, capitals; churn as budget and trustees' reviews, quotes from other vendors, a
rival trialled alongside, a module cancelled, notice reserved; calm customers reporting
severe problems; concern about deadlines; and severity and category borderlines, in
English, German, French and Spanish. Each thread's wording and labels are hand-written in
bench/eval_set_f_data_*.py from routing/definitions.md (defs-1); this script only renders
them with eval_set_e's renderer (eval_set_c's client formats, eval_set_e's neutral filler)
under this set's own seed, Message-ID prefix and labeller, and checks the labels are
internally consistent. See bench/eval_set_f/README.md.
"""

from __future__ import annotations

from pathlib import Path

from bench import gen_eval_set_e
from bench.eval_set_f_data import SITUATIONS
from bench.eval_set_files import write_threads

OUT = Path(__file__).resolve().parent / "eval_set_f"
SEED = 20261207_6
PREFIX = "evalf"
LABELLER = ("evalf helper (Claude), by hand from routing/definitions.md defs-1 while writing, "
            "before any drafter ran on the set")  # fmt: skip


def build() -> list[tuple[str, str, dict[str, object]]]:
    """Every thread as (file stem, .eml text, label), in a fixed order."""
    return gen_eval_set_e.build(SITUATIONS, SEED, PREFIX, LABELLER)


def write(folder: Path) -> int:
    """Replace ``folder``'s threads with the built ones; returns how many were written."""
    return write_threads(folder, build())


if __name__ == "__main__":
    print(f"{write(OUT)} threads written to {OUT}")
