"""eval_set_f's hand-written situations, in the order the generator renders them.

Each part (bench/eval_set_f_data_1.py … _7.py) carries its customers' own wording and the
labels decided by hand from routing/definitions.md (defs-1) while it was written, before
any drafter ran on the set; see bench/eval_set_f/README.md.
"""

from __future__ import annotations

from bench.eval_set_c_model import Situation
from bench.eval_set_f_data_1 import SITUATIONS_1
from bench.eval_set_f_data_2 import SITUATIONS_2
from bench.eval_set_f_data_3 import SITUATIONS_3
from bench.eval_set_f_data_4 import SITUATIONS_4
from bench.eval_set_f_data_5 import SITUATIONS_5
from bench.eval_set_f_data_6 import SITUATIONS_6
from bench.eval_set_f_data_7 import SITUATIONS_7

SITUATIONS: tuple[Situation, ...] = (
    SITUATIONS_1
    + SITUATIONS_2
    + SITUATIONS_3
    + SITUATIONS_4
    + SITUATIONS_5
    + SITUATIONS_6
    + SITUATIONS_7
)
