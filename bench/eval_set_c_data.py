"""All eval_set_c situations, in a fixed order (the hand-written parts, joined).

Split over several modules only to keep each under about 300 lines; see
bench/eval_set_c_model.py for what a Situation and a Take hold and how they were labelled.
"""

from __future__ import annotations

from bench.eval_set_c_data_1 import PART_1
from bench.eval_set_c_data_2 import PART_2
from bench.eval_set_c_data_3 import PART_3
from bench.eval_set_c_data_4 import PART_4
from bench.eval_set_c_data_5 import PART_5
from bench.eval_set_c_data_6 import PART_6
from bench.eval_set_c_data_7 import PART_7
from bench.eval_set_c_model import Situation

SITUATIONS: tuple[Situation, ...] = (*PART_1, *PART_2, *PART_3, *PART_4, *PART_5, *PART_6, *PART_7)
