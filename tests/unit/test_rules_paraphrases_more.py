"""A sixth round of paraphrased problems (see test_rules_paraphrases.py for how they were
written): value doubts, standardising on one tool, renewal proposals in per cent, wishes
phrased as "a way to" or "will you add", and products that show erroneous totals.
"""

from __future__ import annotations

import pytest

from mailbot.domain import Category
from mailbot.drafting.rules import suggest_category
from tests.support.categories import C, D, E, F, R, S

CASES = [
    ('', 'Our mobile inspectors lose their photos when the app goes to the background.', D),
    ('Tandem: webhook payloads arrive without the customer ID since v3.',
     'Our integration breaks because the customer ID is empty in every webhook since '
     'Monday.', D),
    ('', 'Der Kalender zeigt Termine doppelt an, seit wir Outlook verbunden haben.', D),
    ('', 'Quando apriamo la scheda cliente compare una pagina bianca.', D),
    ('', 'Our team keeps getting kicked out of the app after a few seconds. Extremely '
     'irritating.', D),
    ('', 'Is a Spanish version of the patient portal on the cards for this year?', F),
    ('Lark needs approvals in two stages for purchase orders above 10k; we only do one.',
     'Our auditors want a second approver above 10,000. Can your workflow do that?', F),
    ('', 'Wij willen graag dat het systeem ook Peppol-facturen kan ontvangen.', F),
    ('', '¿Van a incluir la firma electrónica en la app móvil?', F),
    ('', 'We really need a way to bulk-update prices; our team spends a day on it every month.', F),
    ('', 'Il manque un export des heures par projet pour notre facturation client.', F),
    ('', "We still haven't had the onboarding call you scheduled for last week.", S),
    ('Pacific: two weeks without a reply to their data export request.',
     'We asked for a full export of our data on the 3rd and are still waiting.', S),
    ('', 'Your helpdesk keeps asking for the same screenshots and never reads the ticket '
     'history.', S),
    ('', 'Ihr Supportmitarbeiter hat das Ticket geschlossen, ohne das Problem zu lösen.', S),
    ('', 'Nadie de su equipo vino a la formación que teníamos programada.', S),
    ('', 'We were charged for 14 months on a 12-month contract.', C),
    ('', 'Your renewal proposal is 40% above what we pay today.', C),
    ('', 'Wir haben die Kündigungsfrist eingehalten und trotzdem eine neue Rechnung bekommen.', C),
    ('', 'On nous facture encore le module RH que nous avons arrêté en janvier.', C),
    ('', 'Non ci è ancora arrivato il rimborso promesso ad aprile.', C),
    ('', 'The payment terms on your invoice say 14 days, our agreement says 45.', C),
    ('', 'Our project lead, who chose your product, retires next month and her replacement '
     'prefers Excel.', R),
    ('Birch: logins down 70% in Q2.',
     'Honestly the team stopped using the dashboards after the reorg.', R),
    ('', 'We are in talks with two other vendors ahead of the renewal.', R),
    ('', 'Our group is standardising on one CRM across all subsidiaries next year.', R),
    ('', 'Wir prüfen gerade, ob sich die Lizenzen überhaupt noch lohnen.', R),
    ('', 'Depuis le rachat par le groupe Lenoir, la question du maintien de votre outil se '
     'pose.', R),
    ('', "I'm the CTO at Wavecrest. I'm now personally overseeing this and want a call with "
     'your VP Engineering and your CEO.', E),
    ("Olympia's chairman raised the outage in their board meeting; he wants our CEO to call.",
     'Our chairman would like to speak with your CEO this week.', E),
    ('', 'La nostra CEO ha chiesto un incontro urgente con la vostra direzione.', E),
    ('', 'Onze directeur wil een gesprek met uw directie over de herhaalde storingen.', E),
    ('', 'A nossa administração pediu uma reunião com o vosso CEO.', E),
    ('', 'Our Chief Financial Officer has asked me to escalate the billing issue to your '
     'executive team.', E),
]  # fmt: skip


@pytest.mark.parametrize(("note", "customer", "expected"), CASES)
def test_more_paraphrased_problems_get_their_category(
    note: str, customer: str, expected: Category
) -> None:
    picked = suggest_category(note, customer)
    assert picked.value is expected, picked.rationale
