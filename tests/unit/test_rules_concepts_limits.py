"""Where the severity and tone concepts stop (issue 18): paraphrase and counter-example pairs.

Each pair was written from routing/definitions.md (defs-1) for this test, not taken from
an evaluation thread: the first sentence says the concept in words the pattern must keep
reading, the second uses the pattern's words in a sense that is not the concept (German
"wir können" before "nicht arbeiten", "weiterhin" as "furthermore", a bare number that is
no date, a search for vendors told as history, one user locked out). Every counter-example
here read as the concept before issue 18's fix (checked against d1d828f); the paraphrases
guard the fix from tightening too far.
"""

from __future__ import annotations

import pytest

from mailbot.domain import Category, Sentiment, Severity
from mailbot.drafting.rules import suggest_severity
from mailbot.drafting.sentiment import suggest_sentiment

T = Sentiment
# German sentences carry two weak signs ("immer noch", "schon wieder"), so they are
# frustrated at least; patience granted makes them frustrated_but_patient (defs-1).
_FAULT = "Der Import bricht immer noch ab, heute schon wieder. "
TONE = [
    # 1. patience needs the verb: "wir können (gern noch eine Woche) warten"
    (_FAULT + "Wir können gern noch eine Woche warten.", T.FRUSTRATED_BUT_PATIENT),
    (_FAULT + "Dann können wir ruhig abwarten, bis der Fix kommt.", T.FRUSTRATED_BUT_PATIENT),
    (_FAULT + "Wir können so nicht arbeiten.", T.FRUSTRATED),
    (_FAULT + "Wir können keine Rechnungen mehr schreiben.", T.FRUSTRATED),
    (_FAULT + "Wie lange können wir noch warten?", T.FRUSTRATED),
    ("Wir warten seit drei Wochen, immer noch nichts, schon wieder vertröstet.", T.FRUSTRATED),
    # patience granted, not patience lost, nor Italian patients
    (_FAULT + "Wir haben noch Geduld und testen gern mit.", T.FRUSTRATED_BUT_PATIENT),
    (_FAULT + "Unsere Geduld ist am Ende.", T.FRUSTRATED),
    ("Sigue sin funcionar otra vez. Tenemos paciencia todavía.", T.FRUSTRATED_BUT_PATIENT),
    ("Se nos acaba la paciencia, sigue sin funcionar otra vez.", T.FRUSTRATED),
    ("Il problema c'è ancora, di nuovo. Abbiamo ancora pazienza.", T.FRUSTRATED_BUT_PATIENT),
    ("Abbiamo perso la pazienza, il problema c'è ancora di nuovo.", T.FRUSTRATED),
    ("I pazienti aspettano di nuovo in sala, ancora non funziona.", T.FRUSTRATED),
    ("O erro continua. Temos paciência, mas o erro voltou de novo.", T.FRUSTRATED_BUT_PATIENT),
    ("Perdemos a paciência: o erro continua, de novo.", T.FRUSTRATED),
    # 2. "weiterhin" is a persisting fault only with the fault
    # (with one more weak sign, "schon wieder": two weak signs are frustrated)
    ("Der Export ist weiterhin fehlerhaft, heute schon wieder.", T.FRUSTRATED),
    ("Der Fehler tritt beim Export weiterhin auf, schon wieder.", T.FRUSTRATED),
    ("Weiterhin möchten wir wissen, ob es eine API gibt; die Doku fehlt schon wieder.", T.CALM),
    ("Wir nutzen das Modul weiterhin gern, auch wenn es schon wieder ein Update gab.", T.CALM),
    # 4. looking elsewhere now or next is churn; the search that ended with us is history
    ("We are evaluating alternatives.", T.THREATENING_CHURN),
    ("We will move to another vendor if this is not fixed.", T.THREATENING_CHURN),
    ("We evaluated alternatives last year and are doing so again now.", T.THREATENING_CHURN),
    ("We considered other tools before choosing you.", T.CALM),
    ("We evaluated alternatives last year and picked you.", T.CALM),
    ("Back then we looked at other vendors and chose you for the export.", T.CALM),
    ("Damals haben wir andere Anbieter verglichen und uns für Sie entschieden.", T.CALM),
    ("Wir vergleichen derzeit wieder andere Anbieter.", T.THREATENING_CHURN),
    ("Il y a trois ans, nous avons comparé d'autres fournisseurs.", T.CALM),
    ("El año pasado comparamos otros proveedores y los elegimos a ustedes.", T.CALM),
    # English "such" is no German "suchen", "procurement" no Portuguese "procurar"
    ("We would love such a report; other tools have it.", T.CALM),
    ("We asked procurement to add other suppliers to the purchase order list.", T.CALM),
    ("Wir suchen nach einer anderen Lösung, wenn das so bleibt.", T.THREATENING_CHURN),
    ("Estamos a procurar outras soluções no mercado.", T.THREATENING_CHURN),
    ("We need the pension contributions sent to other providers as well.", T.CALM),
    ("We are looking for an alternative to your platform.", T.THREATENING_CHURN),
    ("We are looking for an alternative way to export the ledger until the fix ships.", T.CALM),
    # other over-broad words: "c'è ancora tempo", thanking again is no complaint
    ("C'è ancora tempo prima della scadenza; il report si apre di nuovo lento.", T.CALM),
    ("The import failed again and it still drops rows.", T.FRUSTRATED),
    ("Thanks again! Also the export still misses a column.", T.CALM),
    ("Thank you again for the call; the export still misses a column.", T.CALM),
    ("Danke nochmals für den Anruf. Der Export fehlt immer noch.", T.CALM),
    ("Grazie di nuovo per l'aiuto, ma il report ancora non si apre.", T.CALM),
    ("Il report ancora non si apre, di nuovo.", T.FRUSTRATED),
]


@pytest.mark.parametrize(("text", "expected"), TONE)
def test_tone_concept_limits(text: str, expected: Sentiment) -> None:
    picked = suggest_sentiment(text)
    assert picked.value is expected, picked.rationale


C, H, M, L = Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW
SEVERITY = [
    # 3. a deadline bound to a real date, in the forms the languages write it
    ("We must have the export working before 15/03.", H),
    ("Our roll-out to all branches is on 12.05. and the totals are off.", H),
    ("The launch is on 2025-03-15 and the totals are off.", H),
    ("We must have it working by the 15th.", H),
    ("We need it before March 15.", H),
    ("Wir müssen bis zum 15. März fertig sein.", H),
    ("Nous devons lancer la nouvelle offre avant le 1er avril.", H),
    ("Dobbiamo finire prima del 30 giugno.", H),
    # a bare number, a version or a word starting like a month is no date
    ("We need ten more seats before 2 new colleagues join.", M),
    ("We need the export fixed before 2.3 ships.", M),
    ("We need the price list updated before market 2 opens.", M),
    ("Our launch is on 3 websites at once, the banner text needs a change.", M),
    ("Das Rollout ist am 3 Standorten geplant, der Text muss angepasst werden.", M),
    ("El lanzamiento es a fin de cumplir la norma nueva.", M),
    # 5. one user unable to do something is not "many users" (defs-1 high) ...
    ("One of our users can't log in since Monday.", M),
    ("One user cannot log in at all since Monday.", M),
    ("A user cannot access the reports page.", M),
    ("My colleague Jane can't open the invoice list.", M),
    # ... but many users, or anything else at stake, still counts
    ("Our users can't log in.", H),
    ("Two of our users cannot log in.", H),
    ("One of our users can't log in, and the audit is on Friday.", H),
    ("One of our users can't log in and the whole team cannot export invoices.", H),
    ("A user cannot log in; we are blocked on the payroll run.", H),
    ("One of our users can see other customers' data.", C),
    ("Nobody can log in since this morning.", C),
    # "at all" is no scope; a tab named after the data is not the data
    ("We can't use the export at all since the update.", H),
    ("Since the update all of our staff can't use the export.", C),
    ("The orders tab has disappeared from the menu.", M),
    ("All orders from last week have disappeared.", C),
    # history rates nothing now: a vendor search told as past is no renewal at risk (EN)
    ("We evaluated other vendors last year and chose you. The export is slow; we cope.", M),
    ("Before choosing you we looked at a competitor. Please add dark mode, no rush.", L),
    ("We are evaluating other vendors. The export is slow.", H),
    ("We evaluated other vendors last year and we are looking at them again now.", H),
    # ... and in German, French and Spanish; a present or future word keeps it
    ("Ein Wettbewerber hat uns letztes Jahr eine Demo gezeigt. Der Export ist langsam.", M),
    ("Ein Wettbewerber zeigt uns jetzt wieder eine Demo. Der Export ist langsam.", H),
    ("Il y a deux ans, nous avons fait un appel d'offres. L'export est lent.", M),
    ("Nous avons fait un appel d'offres. L'export est lent.", H),
    ("Ein Wettbewerber hat uns eine Demo gezeigt. Der Export ist langsam.", H),
    ("Hace dos años un competidor nos hizo una demo. La exportación es lenta.", M),
    ("Un competidor nos hizo una demo. La exportación es lenta.", H),
    ("El año pasado un competidor nos hizo una demo y ahora estamos evaluando a otro.", H),
    # a year that only dates a thing tells no history: the audit date still counts
    ("Our auditors start on 10 February; your invoices from last year charge the wrong VAT.", H),
    ("Nos auditeurs viennent le 10 février : vos factures de l'an dernier ont une TVA fausse.", H),
    # Spanish "falla" (it fails) is a broken function; French "il fallait" (was needed) is not
    ("Merci pour ces précisions, c'est ce qu'il nous fallait pour l'instant.", M),
    ("La sincronización con el almacén falla cada noche.", H),
    ("La exportación falló otra vez y fallaron tres envíos.", H),
    ("Könnten Sie die Fallabrechnung um ein Feld erweitern?", M),
    ("Die Fallakte zeigt das Datum im falschen Format.", M),
]


@pytest.mark.parametrize(("text", "expected"), SEVERITY)
def test_severity_concept_limits(text: str, expected: Severity) -> None:
    picked = suggest_severity("", text, Category.PRODUCT_DEFECT)
    assert picked.value is expected, picked.rationale


def test_one_user_in_the_csm_note_is_limited_too() -> None:
    note = "One of their users can't log in, nothing else affected."
    assert suggest_severity(note, "", Category.PRODUCT_DEFECT).value is M
