"""Shared cue helpers and the executive, negation and churn cues of the offline rules
(EN/DE/FR/ES/NL/IT/PT); the per-category tables are in category_cues.py. Kept apart from
the scoring in rules.py so the word lists can grow without the logic growing with them.

Each pattern is one *concept* from routing/definitions.md (defs-1), written in every
language at once: a thread scores one point per concept it evidences, so a long German
thread does not outscore a short English one by repeating itself. The words come from the
definitions (what any customer in any industry would write about that problem), with
stems for their inflections (frustr-, factur-, concurren-), not from particular threads.
"""

from __future__ import annotations

import re


def cues(*patterns: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


# Phrases that mention a cue word only to deny it ("not a bug", "no rush").
NEGATED = re.compile(
    r"\b(?:not|no|kein(?:en)?|pas|geen|non|não) (?:a |un |une |een )?(?:bug|fehler|bogue)\b"
    r"|\bnot blocking(?: \w+)?|\bnot (?:yet )?blocked\b|\bnothing is blocked\b"
    r"|\bnicht blockiert\w*|\bno rush\b|\bno hurry\b|\bkeine eile\b|\bgeen haast\b|\bsin prisa\b"
    r"|\bnessuna fretta\b|\bsem pressa\b|\brien d'urgent\b"
    r"|\bnot urgent\b|\bpas urgent\b|\bnicht dringend\b|\bniet dringend\b"
    r"|\bno es urgente\b|\bnon è urgente\b|\bnão é urgente\b",
    re.IGNORECASE,
)

# C-level and board titles: the customer's top people (defs-1 executive_intervention).
TITLE = (
    r"(?:CEO|CFO|COO|CIO|CTO|CRO|CMO|CISO|CDO|chief \w+ officer|president|managing director"
    r"|founder|co-founder"
    r"|geschäftsführ\w*|vorstand\w*|vorsitzend\w*|inhaber\w*|PDG|directeur général"
    r"|directrice générale|président\w*|DG|director general|directora general|consejer[oa]"
    r"[ -]delegad[oa]|gerente general|presidente|algemeen directeur|bestuurder"
    r"|amministratore delegato|direttore generale|diretor(?:a)? (?:geral|executiv[oa])"
    r"|vice-chancellor|mayor|alcalde\w*|bürgermeister\w*|maire|burgemeester|sindac[oa]"
    r"|director (?:de|of) (?:tecnología|finanzas|operaciones|technology|finance|operations)"
    r"|directeur (?:financier|technique|des opérations)|finanzvorstand|finanzdirektor\w*"
    r"|financieel directeur|direttore (?:finanziario|tecnico|operativo)"
    r"|diretor(?:a)? (?:financeir[oa]|técnic[oa]|de operações|de tecnologia))"
)
BOARD = (
    r"(?<!on )\bboard\b(?! (?:game|member portal))|\bvorstand\b|\baufsichtsrat\b"
    r"|\bconseil d'administration\b"
    r"|\bdirection générale\b|\bcomité de direction\b|\bconsejo de administración\b"
    r"|\bdirección general\b|\braad van bestuur\b|\bdirectie\b|\bconsiglio di amministrazione\b"
    r"|\bconselho de administração\b|\bexecutive team\b"
)

# The CSM's note naming the category outright (defs-1: "When the CSM's note names the type,
# follow it"): the label as written, with a space or an underscore.
NAMED_IN_NOTE = re.compile(
    r"\b(product[ _]defect|feature[ _]gap|service[ _]failure|commercial[ _]dispute"
    r"|relationship[ _]at[ _]risk|executive[ _]intervention)\b",
    re.IGNORECASE,
)
# A bare mention of a top title ("our new CIO is reviewing tools") is weak evidence: the
# executive may be a reason, not the one demanding action.
EXEC_MENTION = cues(r"\b(?:CEO|CFO|COO|CIO|CTO|chief executive|PDG|geschäftsführ\w*)\b")
# A customer's signature, sender name or To/Cc holding a top title: they write or are copied.
SIGNATURE_TITLE = re.compile(rf"\b{TITLE}\b", re.IGNORECASE)

# defs-1: a threat to leave over a defect, a bill or an unanswered ticket keeps that category
# (the threat shows in severity and sentiment); it decides relationship_at_risk only alone.
CHURN_ONLY = cues(
    r"\b(?:not|not to|whether to) renew\b|\bnon-renewal\b|\bchurn\b|\bkündig\w*|\brésili\w*"
    r"|\bnicht (?:mehr )?verlängern\b|\bne pas renouveler\b|\bno renovar\w*|\bniet verlengen\b"
    r"|\bopzeg\w*|\bnon rinnov\w*|\bdisdett\w*|\bnão renovar\w*|\brenewal\b[^.]{0,40}"
    r"\b(?:doubt|uncertain|at risk|under review|on hold)\b"
)
