"""The offline drafter's modules, loaded one by one in the drafting worker.

A ``run --once`` pass drafts its forwards in a worker at the lowest priority
(:mod:`mailbot.drafting.ahead_worker`), which first imports the offline rules: their cue
tables compile at import (~0.5 s). Loaded a module at a time, each then frozen, so no
step is larger than one module's compile and the collector never walks them again.
"""

from __future__ import annotations

import gc
import importlib

# The offline drafter's modules, leaves first (loaded one by one, each then frozen).
RULE_MODULES = (
    "mailbot.drafting.brief", "mailbot.drafting.cues", "mailbot.drafting.account_cues",
    "mailbot.drafting.category_concepts", "mailbot.drafting.category_scope",
    "mailbot.drafting.category_cues",
    "mailbot.drafting.category_shapes", "mailbot.drafting.severity_concepts",
    "mailbot.drafting.severity_cues", "mailbot.drafting.severity_floors",
    "mailbot.drafting.tone_concepts", "mailbot.drafting.tone_intents",
    "mailbot.drafting.tone_cues", "mailbot.drafting.facts", "mailbot.drafting.key_facts",
    "mailbot.drafting.rules", "mailbot.drafting.sentiment", "mailbot.drafting.sections",
    "mailbot.drafting.headline", "mailbot.drafting.offline",
)  # fmt: skip


def load_rules(module: str) -> None:
    """Runs in the worker: one of :data:`RULE_MODULES` imported.

    Their objects then live as long as the worker, and are kept out of the collector's
    full passes: walking them made each later parse of the pass 10 % dearer.
    """
    importlib.import_module(module)
    gc.freeze()
