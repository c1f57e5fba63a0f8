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
from functools import lru_cache

from mailbot.domain import Category
from mailbot.drafting.executives import BOARD


def cues(*patterns: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


_LITERAL_OR_ESCAPE = re.compile(r"\\.|[^\\]+", re.DOTALL)


def for_lowered(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` for lowered text (see :func:`lowered`): its literals lowercased (never an
    escape: ``\\S`` is not ``\\s``), compiled without IGNORECASE, which is about twice as
    fast in CPython as an IGNORECASE search."""
    low = _LITERAL_OR_ESCAPE.sub(
        lambda m: m.group(0) if m.group(0)[0] == "\\" else m.group(0).lower(), pattern
    )
    return re.compile(low, flags & ~re.IGNORECASE)


@lru_cache(maxsize=1024)
def _case_sensitive(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return for_lowered(pattern.pattern, pattern.flags)


@lru_cache(maxsize=64)
def lowered(text: str) -> str:
    """The text lowercased with every offset kept (a character that lowercases to two, as
    "İ" does, stays as it is), so a match in it quotes the same span of the text."""
    if "\n" in text:  # the wraps are read in the text as written: before a lowercase word
        text = _WRAPPED.sub(" ", text)
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low


# A line break inside a sentence (a mail client's hard wrap at 72-78 characters): read as a
# space, so "have both asked\nme to" is one phrase. Only before a lowercase word and after no
# sentence end, so a signature, a header, a list item or a new sentence ("… is fine now\nThe
# export crashes") keeps its break.
_WRAPPED = re.compile(r"(?<=[^\n.!?:;])\n(?=[a-zà-ÿ(])")


def hits(patterns: tuple[re.Pattern[str], ...], text: str) -> list[str]:
    """The first matching words of each pattern, as the evidence to quote (in the text's
    own case), searched in the lowered text."""
    low = lowered(text)
    found = (
        _case_sensitive(p).search(low) if p.flags & re.IGNORECASE else p.search(text)
        for p in patterns
    )
    return [text[m.start() : m.end()] for m in found if m]


# Phrases that mention a cue word only to deny it ("not a bug", "no rush").
NEGATED = re.compile(
    r"\b(?:not|no|kein(?:en)?|pas|geen|non|não) (?:a |un |une |een )?(?:bug|fehler|bogue)\b"
    # the CSM's verdict the other way: "not a missing feature", "kein Feature-Wunsch"
    r"|\b(?:not|no|kein(?:e|en)?|pas|geen|non|não) (?:a |an |un |une |een )?(?:missing )?"
    r"(?:feature(?:[- ](?:request|gap|wish))?|feature-?wunsch|gap)\b"
    r"|\b(?:whether|if) (?:this|it)(?: is|'s) (?:a |really a )?(?:bug|defect)\b"
    r"|\bnot blocking(?: \w+)?|\bnot (?:yet )?blocked\b|\bnothing is blocked\b"
    r"|\bnicht blockiert\w*|\bno rush\b|\bno hurry\b|\bkeine eile\b|\bgeen haast\b|\bsin prisa\b"
    r"|\bnessuna fretta\b|\bsem pressa\b|\brien d'urgent\b"
    r"|\bnot urgent\b|\bpas urgent\b|\bnicht dringend\b|\bniet dringend\b"
    r"|\bno es urgente\b|\bnon è urgente\b|\bnão é urgente\b"
    # a confidentiality footer's "received in error" names no error
    r"|\b(?:per errore|par erreur|in error|by mistake|por error|por erro|per vergissing"
    r"|irrtümlich\w*|fälschlicherweise)\b"
    # "there's no deadline attached" names no deadline (issue 18)
    r"|\bno (?:\w+ )?deadline\b|\bkeine (?:feste )?frist\b|\bpas de (?:date limite|délai)\b"
    r"|\bsin (?:fecha límite|plazo)\b|\bgeen deadline\b|\bnessuna scadenza\b|\bsem prazo\b"
    # the account's size or a share of it is no count of people hit: "we have about 1,200
    # employees", "tenemos unos 120 usuarios", "3 of our 200 users"
    r"|\b(?:we have|we've got|wir haben|haben insgesamt|nous avons|tenemos|y tenemos)"
    r" (?:about |around |roughly |some |insgesamt |rund |environ |unos |alrededor de )?\d[\d,.]*"
    r" (?:users|employees|staff|nutzer|mitarbeiter\w*|utilisateurs|salariés|usuarios|empleados)\b"
    r"|\b(?:of|von|sur) (?:our |unseren |nos )?\d[\d,.]* (?:users|nutzer|utilisateurs)\b"
    r"|\bavons environ \d[\d,.]* utilisateurs\b"
    # a billing error asked about: "si es un error, emitir un abono"
    r"|\b(?:si|if|falls|wenn) (?:es|this is|it'?s|it is|c'est|das ist|es ist) (?:un |an |a |ein )?"
    r"(?:error|mistake|fehler|erreur)\b"
    # nothing wrong said outright: "nothing is wrong as such", "I don't think anything is
    # broken", "your support team has been responsive", "no hay ninguna queja concreta"
    r"|\bnothing (?:is|seems|was) (?:really )?(?:wrong|broken)\b|\b(?:don'?t|do not) think"
    r" (?:anything|something|it) is (?:wrong|broken)\b|\bnichts (?:ist )?kaputt\b"
    r"|\brien n'est (?:cassé|en panne)\b|\bno (?:hay )?(?:ninguna )?queja\w*(?: concreta)?\b"
    r"|\bno (?:concrete |specific )?complaints?\b|\b(?:your |the )?support(?: team)? (?:has|have)"
    r" been (?:responsive|helpful|great|quick|excellent)\b",
    re.IGNORECASE,
)

# The CSM's note naming the category outright (defs-1: "When the CSM's note names the type,
# follow it"): the label as written, with a space or an underscore.
NAMED_IN_NOTE = re.compile(
    r"\b(product[ _]defect|feature[ _]gap|service[ _]failure|commercial[ _]dispute"
    r"|relationship[ _]at[ _]risk|executive[ _]intervention)\b",
    re.IGNORECASE,
)
# The CSM's own verdict in plain words ("this is a feature request", "it's a bug"): the type
# named too, unless asked ("whether this is a bug") or denied ("it's not a bug").
_VERDICT_IN_NOTE = re.compile(
    r"(?<!whether )(?<!if )\b(?:this|it)(?: is|'s) (?:a |really a |actually a |clearly a "
    r"|more of a |just a )?(feature request|bug)\b(?!\?)",
    re.IGNORECASE,
)


def named_in_note(note: str) -> tuple[Category, str] | None:
    """The category the CSM's note names, with the words that name it."""
    named = NAMED_IN_NOTE.search(note)
    if named:
        return Category(named.group(1).lower().replace(" ", "_")), named.group(0)
    verdict = _VERDICT_IN_NOTE.search(note)
    if verdict is None:
        return None
    bug = verdict.group(1).lower() == "bug"
    return (Category.PRODUCT_DEFECT if bug else Category.FEATURE_GAP), verdict.group(0)


# defs-1: a threat to leave over a defect, a bill or an unanswered ticket keeps that category
# (the threat shows in severity and sentiment); it decides relationship_at_risk only alone.
CHURN_ONLY = cues(
    r"\b(?:not|not to|whether to) renew\b|\bnon-renewal\b|\bchurn\b|\bkündig\w*|\brésili\w*"
    r"|\bnicht (?:mehr )?verlängern\b|\bne pas renouveler\b|\bno renovar\w*|\bniet verlengen\b"
    r"|\bopzeg\w*|\bnon rinnov\w*|\bdisdett\w*|\bnão renovar\w*|\brenewal\b[^.]{0,40}"
    r"\b(?:doubt|uncertain|at risk|under review|on hold)\b"
)


# Weak cues: a polite question or a word with other senses, worth half a cue, so that a
# tie between a weak and a real cue goes to the real one.
WEAK_CUES: dict[Category, tuple[re.Pattern[str], ...]] = {
    Category.PRODUCT_DEFECT: cues(
        r"\bwrong\b|\bfalsch\w*|\bincorrect\w*|\bverkeerd\w*|\bsbagliat\w*"
    ),
    Category.FEATURE_GAP: cues(
        # (not "is it possible that ...": a question whether something happens)
        r"(?:\bwould it be possible\b|\bis it possible\b|\bwäre es möglich\b|\bist es möglich\b"
        r"|\bserait-il possible\b|\best-il possible\b|\bsería posible\b|\bes posible\b"
        r"|\bzou het mogelijk zijn\b|\bsarebbe possibile\b|\bseria possível\b|\bé possível\b)"
        r"(?!,? (?:that|dass|que|qu'|che|dat)\b)",
        r"(?<!\bwhat )\b(?:can|could) you (?:please )?(?:add|build|offer)\b|\bpeut-on\b"
        r"|\b(?:need|want|like)\w* (?:\w+ ){0,4}"
        r"to support\b|\b(?:können|könnten) Sie[^.?]{0,60}\b(?:einbauen|hinzufügen|ergänzen"
        r"|anbieten|bereitstellen)\b|\b(?:pourriez|pouvez)-vous[^.?]{0,60}\b(?:ajouter|intégrer"
        r"|proposer|prévoir)\b|\b(?:podrían|pueden)"
        r"[^.?]{0,60}\b(?:añadir|agregar|incorporar|ofrecer)\b"
        r"|\b(?:kunnen|zouden) jullie[^.?]{0,60}"
        r"\b(?:toevoegen|inbouwen|aanbieden)\b|\b(?:potete|potreste)[^.?]{0,60}\b(?:aggiungere"
        r"|integrare|offrire|prevedere)\b"
        r"|\b(?:podem|poderiam)[^.?]{0,60}\b(?:adicionar|incluir|oferecer|disponibilizar)\b",
        # (not work done by hand: that is the workaround for a defect as often as for a gap)
        r"\b(?:connect|integrate|hook up)\b"
        r"|\bintegration with\b",
    ),
    Category.EXECUTIVE_INTERVENTION: cues(BOARD),  # the board named: a reason, or demanding
    Category.RELATIONSHIP_AT_RISK: cues(
        r"\breplacement\b",
        r"\b(?:reduce|cut|lower|drop)\w* (?:\w+ ){0,4}(?:licen[cs]es|seats|users)\b"
        r"|\bbudget (?:has been |was )?cut\b",
    ),
    Category.SERVICE_FAILURE: cues(
        r"\bonboarding\b",
        # one of our people and a failure in the same sentence (half a cue: "your engineers
        # have not found the cause" is still a defect when a defect word is there)
        r"\b(?:trainer|consultant|technician|account manager|CSM|implementation manager|engineer"
        r"|rep|representative|departments?|berater\w*|techniker\w*|ansprechpartner\w*|technicien"
        r"|formateur|interlocuteur|consultor\w*|técnico|formador\w*|gestor\w*|consulent\w*|monteur"
        r"|consulente|tecnico|formatore|gerente de conta)\b[^.]{0,80}\b(?:rescheduled|cancell?ed"
        r"|missed|never|not|no|nobody|promised|failed|forgot|devait|sollte|tenía que|zou|doveva"
        r"|deveria|nicht|kein\w*|pas|aucun\w*|no|niet|geen|non|não|nunca|nie|jamais|mai)\b",
        r"\b(?:your|votre|vos|su|sus|ihr\w*|euer|eure\w*|jullie|uw|vostr\w*|vossa|seu|sua)"
        r" (?:team|équipe"
        r"|equipo|equipa"
        r"|squadra|support\w*|people|staff|mitarbeiter\w*|personnel|personal)\b[^.]{0,60}\b(?:never"
        r"|not|didn'?t|failed|forgot|nie|nicht|jamais|pas|nunca|no|niet|nooit|mai|non|não)\b",
        r"\bcall (?:us |me )?back\b|\brappeler\b|\bzurückrufen\b|\bdevolver la llamada\b"
        r"|\bterugbellen\b|\brichiamare\b|\bretornar a ligação\b|\btold (?:\w+ ){0,3}would\b",
        r"\bno updates?\b|\bbounced (?:around|between)\b|\bnobody owns\b|\bdevait nous rappeler\b"
        r"|\b(?:promised|zugesagt\w*|promis\w*|prometid\w*|beloofd\w*|promess\w*|prometid\w*)\b",
    ),
}
# Going elsewhere (a competitor, alternatives, a pilot): the relationship is the subject only
# when no product, service or money problem is named, else it is a threat about that problem.
LEAVING = cues(
    r"\bcompetit\w*|\bwettbewerb\w*|\bkonkurren\w*|\bconcurren\w*|\bcompetencia\b"
    r"|\bcompetidor\w*",
    r"\balternatives?\b|\balternativ\w*|\bpilot\w*|\bdifferent (?:platform|vendor|tool|system)\b"
    r"|\b(?:another|other) (?:vendors?|providers?|platforms?|tools?|solutions?)\b"
    r"|\bandere\w* anbieter\b|\bautres? (?:solutions?|fournisseurs?|éditeurs?)\b"
    r"|\botros proveedores\b|\bandere (?:leveranciers?|aanbieders?)\b|\baltri fornitori\b"
    r"|\boutros fornecedores\b|\b(?:another|other|a rival|rival) products?\b|\bside-by-side\b"
    r"|\bcompar\w* (?:your|the) (?:platform|product|tool|solution) with\b"
    r"|\bcompar\w* (?:\w+ ){0,2}(?:platforms|vendors|tools|solutions|providers|systems)\b"
    r"|\bcompar\w* (?:vuestra|su|votre|ihre) (?:plataforma|plateforme|plattform|herramienta"
    r"|outil|lösung|solución|solution) (?:con|avec|mit)\b|\b(?:started|starting|running) a"
    r" (?:[\w-]+ )?trial of\b"
    r"|\botr[ao]s (?:\w+ )?(?:soluciones|herramientas|plataformas|proveedores)\b"
    r"|(?<!from )(?<!into )(?<!to )(?<!with )\b(?:another|a different|a new|other) (?:system|crm"
    r"|erp|app|software|booking"
    r" (?:platform|system|tool))\b|\bein\w* andere\w* \w*(?:system|crm|erp|tool|lösung|plattform"
    r"|software|anbieter)\b|\bun\w* autre\w* (?:outil|système|plateforme|logiciel|solution"
    r"|crm|prestataire)\b|\botr[ao]s? (?:herramienta|plataforma|sistema|solución|software"
    r"|crm)\w*",
)


# someone else's data shown to them: "4 patients who are not ours", "another company's
# invoices" (defs-1: a privacy breach, so critical in severity_concepts; wrong data, so a
# defect in category_concepts)
OTHERS_DATA = (
    # another household's or tenant's details on their bills or pages ("lists her
    # neighbours' requests with names", "eines anderen Haushalts")
    r"(?<!like to )(?<!want to )\b(?:shows?|lists?|listed|displays?|appear\w*|sees?)"
    r" (?:\w+ ){0,2}(?:her|his|their) neighbours'?"
    r" (?:\w+ )?(?:requests|data|details|records|names)\b|\b(?:eines|einer) anderen (?:haushalts"
    r"|kunden|mieters|patienten|familie)\b[^.]{0,20}\b(?:steh\w*|erschein\w*|zu sehen"
    r"|angezeigt)"
    r"|\bd'(?:un autre|une autre|autres) (?:foyer|ménage|locataire)s?\b|"
    r"\b(?:other|another|wrong) (?:people|person|compan(?:y|ies)|users?|patients?|clients?"
    r"|customers?|practices?|schools?|tenants?|organi[sz]ations?|accounts?|employees?|workers?"
    r"|members?|students?)'?s?'? (?:\w+ )?(?:data"
    r"|details|records|invoices|files|payslips|orders|accounts|contacts|directory|salaries"
    r"|addresses)\b|\beach other'?s (?:data"
    r"|details|records|invoices|files)\b|\b(?:who|that|which) (?:are|is|were|was)(?:n'?t| not)"
    r" ours\b|\bsomeone else'?s (?:data|details|records|files)\b|\b(?:shows?|with|has"
    r"|displays?) someone else'?s (?:names?|salary|salaries|payslips?)\b|\b(?:data|records|details)"
    r" (?:of|from|belonging to) (?:another|other) (?:compan\w*|customers?|clients?"
    r"|organi[sz]ations?|practices?|tenants?)\b|\b(?:daten|datensätze) (?:eines|einer|von)"
    r" (?:anderen|fremden) (?:kunden|firma|firmen|praxis|mandanten)\b|\bfremde (?:daten"
    r"|kundendaten)\b|\b(?:données|factures|dossiers|fiches|bulletins de paie) d'(?:un autre"
    r"|une autre|autres) (?:client|société|entreprise|cabinet|adhérent|patient|salarié|membre"
    r"|famille)s?\b|\b(?:datos|facturas) de otr[oa]s? (?:cliente|empresa|clínica|socio)s?\b"
    r"|\b(?:nombre|datos|sueldo|DNI|dirección)\b[^.]{0,30}\bde otr[oa] (?:trabajador|empleado"
    r"|cliente|paciente|socio)\b"
    # their records shown in someone else's list or account (not a place they go to)
    r"|\b(?:shown|shows|showing|appear\w*|visible|displayed|ended up|turn\w* up|listed"
    r"|show(?:ing)? up)\b[^.]{0,40}\b(?:(?:in|on) (?:the )?(?:list|account|portal|dashboard)"
    r" of (?:another|a different) |another )(?:clinic|practice|customer|client|company"
    r"|school)(?:'s (?:list|account|portal|dashboard|records))?\b"
    r"|\b(?:apparai\w*|apparu\w*|visibles?|affiché\w*)\b[^.]{0,40}\b(?:dans|sur) (?:la liste"
    r"|le compte|l'espace|le portail) d'(?:une autre|un autre) (?:clinique|cabinet|client"
    r"|société|entreprise|école|agence)\b"
    r"|\b(?:aparec\w*|se ven|visibles?)\b[^.]{0,40}\ben (?:la lista|la cuenta|el portal) de"
    r" otr[oa] (?:clínica|empresa|cliente|escuela)\b"
)
