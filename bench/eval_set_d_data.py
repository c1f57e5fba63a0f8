"""All of eval_set_d's hand-written situations, in the order the generator renders them.

Split by category over bench/eval_set_d_data_1.py … _6.py only to keep each module short;
see bench/eval_set_d/README.md for how they were written and labelled (blind, defs-1).
"""

from __future__ import annotations

from bench.eval_set_d_data_1 import SITUATIONS_1
from bench.eval_set_d_data_2 import SITUATIONS_2

SITUATIONS = (*SITUATIONS_1, *SITUATIONS_2)
