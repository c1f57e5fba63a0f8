"""All of eval_set_h's hand-written situations, in the order the generator renders them.

Split over bench/eval_set_h_data_1.py ... _5.py only to keep each module short; see
bench/eval_set_h/README.md for how they were written and labelled (defs-1, blind, untuned).
"""

from __future__ import annotations

from bench.eval_set_h_data_1 import SITUATIONS_1
from bench.eval_set_h_data_2 import SITUATIONS_2
from bench.eval_set_h_data_3 import SITUATIONS_3
from bench.eval_set_h_data_4 import SITUATIONS_4
from bench.eval_set_h_data_5 import SITUATIONS_5

SITUATIONS = (*SITUATIONS_1, *SITUATIONS_2, *SITUATIONS_3, *SITUATIONS_4, *SITUATIONS_5)
