"""eval_set_f situations, part 4: money (a price rise at renewal, student licences billed
for pupils who left) and the relationship itself (a champion leaving before the renewal,
falling use of a tenant portal). Hand-written; every label decided by hand from
routing/definitions.md (defs-1) while writing, before any drafter ran on the set."""

from __future__ import annotations

from bench.eval_set_c_model import Situation, Take

CD = "commercial_dispute"
RAR = "relationship_at_risk"

# fmt: off
SITUATIONS_4 = (
    Situation(
        "hausse-tarif", "fr", "Imprimerie Delacroix", "imprimerie-delacroix.fr",
        "Thomas Girardin|Responsable des achats", "Hausse de tarif au renouvellement",
        "2026-04-13",
        "Nous avons reçu votre proposition de renouvellement : le prix par poste passe de 32 € "
        "à 41 €, soit près de 30 % de plus, sans fonctionnalité nouvelle pour nous. Notre "
        "contrat actuel arrive à échéance cet été.",
        "Delacroix: prix par poste de 32 € à 41 € au renouvellement (+~30 %).",
        "Bonjour Thomas, je vérifie avec notre équipe commerciale ce qui est possible.",
        CD, '"le prix par poste passe de 32 € à 41 €" (a price rise)',
        "a dispute about the price without a deadline",
        ("32 €", "41 €"),
        (
            Take("frustrated", "medium", 1,
                 "[Honnêtement, nous sommes las de devoir tout renégocier à chaque "
                 "renouvellement.]"),
            Take("threatening_churn", "high", 3,
                 "[À ce prix-là, je ne pourrai pas défendre le renouvellement en interne, et "
                 "nous avons déjà demandé deux devis ailleurs.]",
                 sev_why="the renewal at risk: quotes asked from other vendors"),
            Take("angry", "medium", 4,
                 "[Annoncer près de 30 % de hausse par un simple PDF, sans même un appel, "
                 "c'est un manque de respect envers un client de huit ans.]"),
        ),
    ),
    Situation(
        "licencias-alumnos", "es", "Grupo Educativo Alhambra", "grupoalhambra.edu.es",
        "Javier Morales|Administrador", "Facturación de licencias de alumno", "2026-10-05",
        "En vuestra última factura nos cobráis 1.200 licencias de alumno, pero este curso "
        "tenemos 940 alumnos matriculados. Las demás son cuentas de antiguos alumnos que dimos "
        "de baja en junio.",
        "Alhambra: nuestra factura cobra 1.200 licencias, tienen 940 alumnos; piden "
        "corregirla.",
        "Hola Javier, lo he pasado a facturación para revisar el recuento.",
        CD, '"nos cobráis 1.200 licencias de alumno, pero ... tenemos 940" (a seat count on '
        "our invoice)",
        "a billing dispute without a deadline",
        ("1.200 licencias", "940 alumnos"),
        (
            Take("frustrated_but_patient", "medium", 3,
                 "Nos complica la contabilidad, [pero entendemos que estas cosas llevan su "
                 "tiempo y esperamos la factura rectificada]."),
            Take("threatening_churn", "high", 1,
                 "[Si cada factura va a ser una pelea, el año que viene nos lo pensaremos "
                 "mucho antes de renovar.]",
                 sev_why="the renewal made to depend on it (a churn threat)"),
            Take("frustrated", "medium", 3,
                 "[Esto ya cansa: cada trimestre tenemos que revisar vuestra factura línea por "
                 "línea.]"),
        ),
    ),
    Situation(
        "leaving-analyst", "en", "Tallis Community Housing", "tallishousing.org.uk",
        "Bethany Clarke|Systems Analyst", "Handover before I leave", "2026-07-13",
        "I wanted to let you know that I'm leaving Tallis at the end of next month. I've been "
        "the main person using the reporting side, and nobody else has been trained on it yet. "
        "Our renewal comes up in the autumn.",
        "Tallis: their main reporting user leaves at the end of next month, nobody else "
        "trained; renewal in the autumn.",
        "Hi Bethany, thank you for telling us; let's plan a handover session.",
        RAR, '"I\'m leaving Tallis ... nobody else has been trained" (the champion leaving)',
        "the champion leaving before a named renewal (the renewal at risk)",
        ("end of next month", "reporting side"),
        (
            Take("calm", "high", 1,
                 "[It's been a pleasure working with you, and I'm happy to help set up a "
                 "handover.]"),
            Take("concerned", "high", 3,
                 "[I worry that once I've gone nobody will really push for the tool,] and the "
                 "renewal could slip through the cracks."),
            Take("threatening_churn", "high", 3,
                 "[To be candid, the person taking over comes from a team that runs everything "
                 "on another platform, and I'd expect them to propose a switch.]"),
        ),
    ),
    Situation(
        "portal-usage", "en", "Pinecrest Property Management", "pinecrestpm.com",
        "Daniel Ferreira|Head of Operations", "Use of the tenant portal", "2026-09-07",
        "Only about a third of our property managers log in to the tenant portal now, down "
        "from nearly all of them a year ago. Most have drifted back to spreadsheets and "
        "WhatsApp groups.",
        "Pinecrest: about a third of their property managers still use the tenant portal, down "
        "from nearly all a year ago.",
        "Hi Daniel, thanks, I'll pull the usage data before we talk.",
        RAR, '"Only about a third of our property managers log in ... now" (falling usage)',
        "falling usage with no threat",
        ("a third", "WhatsApp"),
        (
            Take("concerned", "medium", 2,
                 "[It's a trend I'd like to get ahead of before it goes further.] Could we "
                 "talk about what other customers do?",
                 plevel="P3"),
            Take("threatening_churn", "high", 3,
                 "[Finance have put the portal on next year's list of costs to cut, and I'm "
                 "running out of arguments for keeping it.]",
                 sev_why="a churn threat: the licence listed for cutting (renewal at risk)"),
            Take("calm", "medium", 3,
                 "[Happy to find a time whenever suits your team.]"),
        ),
    ),
)
# fmt: on
