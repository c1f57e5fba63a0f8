"""Which sentences a category's cues are read in: the scope of the cue tables (issue 18).

A cue word counts where it names the problem, not where it only wraps one. defs-1 reads
the problem the customer needs solved, and customers wrap a breakage in other words:

- a sentence that dates or tells a breakage ("since the update", "no longer", "we need it
  to work again") is about the breakage: its need, wish, trust or renewal words are not a
  feature gap or a relationship at risk (a regression is a defect even when it is missed);
- money that is the *product's* data (the invoices it writes for the customer's clients,
  a payment page, a refund button, their customers who cannot pay) is a defect in that
  feature, not a commercial dispute; *our* bill to them ("your invoice", "charged us")
  stays commercial, and its gap or defect words describe the bill;
- "no longer" of a price term ("no longer getting the discount") is money, of people's
  use ("nobody opens it any more") or of someone who left ("no longer with us") is the
  relationship: none counts as a regression;
- a defect named as the topic of a ticket nobody answered ("our ticket about the export
  error has had no reply") is the service's failure, not evidence of the defect.

Each scope drops whole sentences (split on . ! ? and line ends) before a table is read,
checking a sentence only when the text holds the words at all, so it stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from mailbot.domain import Category
from mailbot.drafting.category_concepts import BUILT_LIMIT, DEFECT_CONCEPTS, REGRESSION
from mailbot.drafting.category_money import NOTE_BILL, NOTE_PRODUCT, PRODUCT_MONEY
from mailbot.drafting.category_risk import DEPARTED
from mailbot.drafting.category_service import UNREACHABLE
from mailbot.drafting.cues import for_lowered, lowered

_SENTENCE = re.compile(r"[^.!?\n]+")


_i = for_lowered  # every scope pattern reads the lowered text

# A sentence dating the start of a problem ("since this morning we can't set filters").
_WHEN = (
    r"this morning|yesterday|today"
    r"|last (?:night|week)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the weekend|the (?:\w+ )?"
    r"(?:update|upgrade|release|migration)|heute|gestern|(?:mon|diens|donners|frei|sams|sonn)tag"
    r"|mittwoch"
    r"|dem update|ce matin|hier|lundi|mardi|mercredi|jeudi|vendredi|la mise à jour|ayer|esta mañana"
    r"|(?:el )?(?:lunes|martes|miércoles|jueves|viernes)|la actualización|ieri|stamattina"
    r"|lunedì|martedì|mercoledì|giovedì|venerdì|l'aggiornamento|gisteren|vanochtend"
    r"|(?:maan|dins|woens|donder|vrij)dag|de update|ontem|hoje|segunda|terça|a atualização"
    r"|(?:the |la |el |de |a |dem |der )?(?:last|latest|new|dernière|nouvelle|última|nueva"
    r"|laatste|nieuwe|letzten|neuen) (?:release|update|version|versión|versão|versie)"
    r"|the clocks (?:went|go|changed|change)"
)
_SINCE = r"\b(?:since|seit|depuis|desde|sinds|da|from) "
ONSET = rf"{_SINCE}(?:(?:about|around|roughly) )?(?:the )?(?:{_WHEN}|\d)"
# something worked and broke, or should work again (category_concepts' defect concepts)
_BROKE = _i("|".join((ONSET, REGRESSION, *DEFECT_CONCEPTS[2:4])))
# for the relationship: "from 300 to 40 a week", "since 2019" date no breakage
_BROKE_BY_WORDS = _i("|".join((rf"{_SINCE}(?:{_WHEN})", REGRESSION, *DEFECT_CONCEPTS[2:4])))
# people stopped using it: the relationship's "no longer", unless they *cannot* use it
_FADING_USE = _i(
    r"\b(?:don'?t|doesn'?t|do not|does not|no longer|nobody|no one|no-one|hardly|barely|rarely"
    r"|stopped|aren'?t|isn'?t|are not|is not)\b(?: \w+){0,4}? (?:use|uses|using|open|opens|log in"
    r"|logs in|logging in)\b|\bsee the (?:value|point) any ?more\b"
    r"|\bn'(?:utilise|ouvre)\w* (?:plus|guère|presque plus)\b|\bpersonne n'(?:utilise|ouvre)"
    r"|\b(?:casi )?nadie (?:\w+ )?(?:usa|utiliza|abre)\b|\bya no (?:lo |la |los |las )?(?:usa"
    r"|utiliza|abre)\w*|\b(?:nutz|benutz|öffne|verwende)\w* (?:\w+ ){0,4}(?:kaum|nicht mehr"
    r"|niemand|keiner)\b|\b(?:kaum noch|niemand|keiner) (?:\w+ ){0,2}(?:nutzt|benutzt|öffnet)\b"
    r"|\bgebruik\w* (?:\w+ ){0,4}(?:niet meer|nauwelijks|bijna niemand)\b|\bniemand (?:\w+ )?"
    r"(?:gebruikt|opent)\b|\bnon (?:la |lo |li |le )?(?:usa|usano|apre|aprono|utilizz\w*) più\b"
    r"|\b(?:quasi )?nessuno (?:la |lo )?(?:usa|apre|utilizza)\b|\b(?:já )?não (?:o |a )?(?:usa"
    r"|usam|utiliza\w*|abre\w*)\b|\bninguém (?:\w+ )?(?:usa|utiliza|abre)\b"
    # getting people to use it again is about their use, not a breakage
    r"|\bget (?:people|users|staff|them|the team|everyone|colleagues) (?:back )?(?:using|to use)\b"
)
_DEPARTED = _i(DEPARTED)
_INABILITY = _i(
    r"\b(?:can'?t|cannot|can|could(?:n'?t)?|unable|able|kann|können|konnte\w*|peu\w*|pued\w*"
    r"|pod\w*|riesc\w*|possono|kan|kunnen|consegu\w*|error\w*|fehler\w*|erreur\w*|errore|erro"
    r"|crash\w*|bug\w*|broken|fail\w*|slow\w*|wrong|freez\w*|absturz|stürzt|plant\w*|bloc\w*"
    r"|lent\w*|traag|lento|kaputt|falsch\w*|faux|errad\w*|sbagliat\w*|verkeerd\w*)\b"
)
# our bill itself ("your invoice", "charged us"), as a defect's scope reads it: "we paid for
# the premium tier and it still crashes" is still a crash
_INVOICE = (
    r"\b(?:your|votre|vos|ihre?[mnr]?|eure?[mnr]?|su|sus|uw|jullie|vostr[aeio]|vossa|sua|seu)"
    r" (?:\w+ )?(?:invoice|bill|facture|rechnung|factura|factuur|fattura|fatura|direct debit)\w*"
    r"|\bnos (?:habéis|han) (?:emitido|enviado|facturado|cobrado)\b|\bvous nous avez (?:envoyé"
    r"|facturé|émis)\b|\byou (?:have )?(?:issued|sent) us\b|\b(?:charg|bill|invoic)\w* (?:us"
    r"|me)\b|\bwe (?:were|have been|got) (?:\w+ )?(?:charged|billed|invoiced)\b"
    r"|\b(?:you|they) (?:still )?(?:bill|charge|invoice)\b"
)
_OUR_INVOICE = _i(_INVOICE)
# what we charge them: the invoice above, or what they say they paid us
_OUR_BILL = _i(
    # (not "nos factures": the invoices they issue, French for "our invoices")
    _INVOICE + r"|\b(?:nous|uns|nos|ons|ci) (?:\w+ )?(?!factures\b)(?:factur|berechn|cobr"
    r"|fattur|addebit|gefactureerd|prélev)\w*|\bwe (?:have )?paid\b|\bwir haben (?:\w+ )?bezahlt\b"
    r"|\bnous avons payé\b|\bpagamos\b|\bwij hebben (?:\w+ )?betaald\b|\babbiamo pagato\b"
)
_PRODUCT = _i(PRODUCT_MONEY)
_MONEY_TERM = _i(
    r"\b(?:discount\w*|rabatt\w*|remise|descuento\w*|korting\w*|sconto|descont\w*|credit note"
    r"|gutschrift\w*|avoir|nota (?:de|di) cr[ée]dit\w*|creditnota|refund\w*|rimbors\w*"
    r"|reembols\w*|rembours\w*|terugbetal\w*|erstattung|estorno|rebate)\b"
)

# a session of ours cancelled or missed ("der Schulungstermin ist ausgefallen"): the
# service's failure, whatever outage word the sentence uses
_MISSED_SESSION = (
    r"(?<!internal )\b(?:schulung|workshop|besprechung|meeting|kick-?off|onboarding|training"
    r"|session|formation|réunion|reunión|formación|sesión)\w*\b[^.!?\n]{0,40}\b(?:abgesagt|ausgefallen"
    r"|verpasst|cancell?ed|missed|annulé\w*|cancelad[oa]|se canceló)\b"
)
# a problem named as the topic of a ticket our people left unanswered or closed: the
# sentence is about the service ("our ticket about the export error has had no reply")
_UNANSWERED_TICKET = _i(
    r"\b(?:tickets?|case (?:number|#|\d)|reported|gemeldet|signalé|reportado|gemeld|segnalat[oa]"
    r"|chamado|melding)\b[^.!?\n]*"
    r"(?:\b(?:no |without (?:a |an |any )?(?:single )?|sans |ohne (?:jede )?|keine (?:einzige )?"
    r"|sin |zonder |senza "
    r"|sem )(?:reply|replies|answer|response|feedback|réponse|antwort|rückmeldung|respuesta"
    r"|antwoord|reactie|risposta|resposta)\b|\b(?:was|were|has been|have been|got|is)"
    r" closed\b|\bclosed (?:it|them|the ticket|our ticket|the case)\b|\b(?:geschlossen|clôturé"
    r"|cerrad[oa]|gesloten|chius[oa]|fechad[oa])\b|\b(?:nobody|no one) (?:has )?(?:replied|answered"
    r"|responded|looked)|\bunanswered\b)|" + _MISSED_SESSION + r"|\b(?:opened|raised|logged|filed"
    r"|submitted|eröffnet|ouvert|abierto|abrimos|abrí) (?:\w+ ){0,3}(?:ticket|case|incidencia"
    r"|incident|anfrage|demande)\b[^.!?\n]*\b(?:about|regarding|for|on|wegen|zu|concernant|sur"
    r"|pour|por|sobre)\b"
    # an outage that is over, or what we did not say during it: the service's failure
    r"|\b(?:outage|downtime|panne|störung|ausfall|caída)\b[^.!?\n]{0,40}\b(?:was fixed"
    r"|was resolved|is over|ist behoben|est résolue|a été rétabli|fue resuelta)\b"
    r"|\b(?:during|pendant|während|durante) (?:the |la |le |der |dem |el )?(?:\w+ )?(?:outage"
    r"|downtime|panne|störung|ausfall|caída)\b[^.!?\n]{0,60}\b(?:no|not a|aucune?|keine?"
    r"|ninguna?|nadie|nobody|personne|niemand)\b"
    # one of our people who cannot be reached is no outage
    rf"|{UNREACHABLE}"
)


def _dropping(test: Callable[[str], object], gate: re.Pattern[str]) -> Callable[[str], str]:
    """A scope: the text with every sentence ``test`` holds for replaced by a space."""

    def scoped(text: str) -> str:
        low = lowered(text)
        if not gate.search(low):
            return text
        kept, start = [], 0
        for sentence in _SENTENCE.finditer(low):
            if test(sentence.group(0)):
                kept += [text[start : sentence.start()], " "]
                start = sentence.end()
        return "".join([*kept, text[start:]])

    return scoped


def _fading(sentence: str) -> bool:
    """People stopped using it, or someone left: the relationship's "no longer"."""
    if _DEPARTED.search(sentence):
        return True
    return bool(_FADING_USE.search(sentence)) and not _INABILITY.search(sentence)


def _broke(sentence: str) -> bool:
    return bool(_BROKE.search(sentence)) and not _fading(sentence)


def _broke_by_words(sentence: str) -> bool:
    return bool(_BROKE_BY_WORDS.search(sentence)) and not _fading(sentence)


def _lapsed(sentence: str) -> bool:
    """A price term lapsing ("no longer getting the discount"), not the product's money."""
    return bool(_MONEY_TERM.search(sentence)) and not _PRODUCT.search(sentence)


def _lapsed_or_fading(sentence: str) -> bool:
    """A price term lapsing, our bill, people's use fading or a ticket left unanswered:
    not the product's breakage, whatever defect word the sentence names."""
    told = _lapsed(sentence) or _OUR_INVOICE.search(sentence) or _UNANSWERED_TICKET.search(sentence)
    return bool(told) or _fading(sentence)


_NOTE_PRODUCT = _i(NOTE_PRODUCT)
_NOTE_BILL = _i(NOTE_BILL)


def _note_product_money(sentence: str) -> bool:
    return bool(_NOTE_PRODUCT.search(sentence)) and not _NOTE_BILL.search(sentence)


def _product_money(sentence: str) -> bool:
    """The product's own money, or what a breakage cost ("we paid for premium and since
    then exports fail"): not a dispute about our bill. A price term lapsing stays money.
    A rival's quote ("asked Zendrix for a quote") is no bill of ours either."""
    if _RIVAL_QUOTE.search(sentence):
        return True
    if _OUR_INVOICE.search(sentence) or _CREDIT_ASKED.search(sentence):
        return False
    if _PRODUCT.search(sentence) and not _OUR_BILL.search(sentence):
        return True
    return bool(_BROKE_BY_WORDS.search(sentence)) and not _lapsed(sentence)


# a credit note or refund they ask us to issue ("si es un error, emitid un abono")
_CREDIT_ASKED = _i(
    r"\b(?:emit\w*|issue\w*|ausstell\w*|émett\w*|send)\b (?:\w+ ){0,2}(?:abono|avoir|gutschrift"
    r"|nota de crédito|credit note|refund)\b|\b(?:like|want|ask\w*|request\w*|claim\w*)"
    r" (?:for )?(?:a|pro-?rata) credit\b|\bpro-?rata credit\b|\bgeste commercial\b"
)
_RIVAL_QUOTE = _i(
    r"\basked \w+ for a (?:[\w-]+ ){0,2}quote\b|\bquotes? (?:from|de|von) (?:another|other|two"
    r"|three|\w+ other)\b|\bcompar\w* (?:your|the) quote with\b|\bein angebot von \w+ auf dem"
    r" tisch\b"
)


# what a feature gap or a relationship at risk is read in: not a told breakage (for the
# relationship a bare number does not date one: "logins fell from 300 to 40")
without_breakage = _dropping(_broke, _BROKE)
without_breakage_told = _dropping(_broke_by_words, _BROKE_BY_WORDS)
# what a defect is read in: no money lapsing, no bill of ours, no fading use, no ticket
# left unanswered
without_money_or_use = _dropping(
    _lapsed_or_fading,
    _i(
        "|".join(
            p.pattern
            for p in (_MONEY_TERM, _OUR_INVOICE, _FADING_USE, _UNANSWERED_TICKET, _DEPARTED)
        )
    ),
)
# what a commercial dispute is read in (customer's words): not the product's own money
without_product_money = _dropping(
    _product_money, _i(f"{_PRODUCT.pattern}|{_BROKE_BY_WORDS.pattern}|{_RIVAL_QUOTE.pattern}")
)
note_without_product_money = _dropping(_note_product_money, _NOTE_PRODUCT)
# what a gap is read in besides: not our bill (its limits describe the bill)
without_our_bill = _dropping(lambda s: bool(_OUR_BILL.search(s)), _OUR_BILL)

# A problem granted in passing ("the tool mostly works, though exports are sometimes slow",
# "hubo algún fallo al principio, pero...") is not what the thread is about: its defect
# words do not count (rules._evidence), so a relationship told around it stays one.
_PASSING = _i(
    r"\b(?:apart from|aside from|except for|the odd|the occasional|now and then"
    r"|at first|to be fair|mostly works|though the|although the|al principio|au début"
    r"|anfangs|all'inizio|in het begin|no início|de vez en cuando|ab und zu|de temps en temps"
    r"|ogni tanto|af en toe|de vez em quando|hubo algún|even though the odd)\b"
    # a defect granted mildly, as an opinion ("the old hands find the search a bit slow")
    r"|\b(?:a bit|a little|slightly|somewhat|etwas|un peu|un poco|algo) (?:slow|fiddly|clunky"
    r"|dated|old-fashioned|langsam|umständlich|lent|lente|lento|lenta)\b"
)
without_passing = _dropping(_PASSING.search, _PASSING)


def _gap(text: str) -> str:
    return without_our_bill(without_breakage(text))


# what a defect is read in besides: not a limit it was built with, not a credit asked for an
# outage that is over (the money is the matter)
_NOT_BROKEN = _i(rf"{BUILT_LIMIT}|{_CREDIT_ASKED.pattern}")
without_limit_or_credit = _dropping(_NOT_BROKEN.search, _NOT_BROKEN)


def _defect(text: str) -> str:
    return without_money_or_use(without_passing(without_limit_or_credit(text)))


_SCOPES: dict[Category, Callable[[str], str]] = {
    Category.FEATURE_GAP: _gap,
    Category.PRODUCT_DEFECT: _defect,
    Category.RELATIONSHIP_AT_RISK: without_breakage_told,
}


def scoped(category: Category, note: str, customer: str, subject: str) -> tuple[str, str, str]:
    """The note, customer text and subject as ``category``'s cues read them; the CSM's note
    keeps its money words (the CSM names *our* bill, and "our customer" means the account)
    but for the product's money in unambiguous words ("their own clients", "sent from our
    tool")."""
    if category is Category.COMMERCIAL_DISPUTE:
        note = note_without_product_money(note)
        return note, without_product_money(customer), without_product_money(subject)
    scope = _SCOPES.get(category)
    if scope is None:
        return note, customer, subject
    return scope(note), scope(customer), scope(subject)
