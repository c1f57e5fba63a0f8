"""Neutral filler for eval_set_e's longer threads, per language, written for this set.

The middle of a longer thread is plain back-and-forth (a colleague joins, our side asks
for an example); none of it carries a tone, a category word or a key fact, so each
thread's labels rest on its hand-written customer messages only.
"""

from __future__ import annotations

COLLEAGUE = {"en": ("Rachel Moss", "Kwame Mensah", "Ellie Drummond"),
             "de": ("Sabine Krüger", "Niklas Brandt"), "fr": ("Manon Girard", "Théo Blanc"),
             "es": ("Nuria Vidal", "Iker Etxeberria")}  # fmt: skip

CUSTOMER = {
    "en": ("Copying {colleague}, who deals with this on a daily basis.",
           "Happy to jump on a call Thursday morning if that is easier.",
           "{colleague} has the details if I'm not around."),
    "de": ("Ich nehme {colleague} mit in den Verteiler.",
           "Donnerstagvormittag hätten wir Zeit für ein Telefonat."),
    "fr": ("J'ajoute {colleague} en copie, qui suit le sujet.",
           "Jeudi matin nous conviendrait pour un appel."),
    "es": ("Añado a {colleague}, que lleva este tema.",
           "El jueves por la mañana podríamos hablar por teléfono."),
}  # fmt: skip

OURS = {
    "en": ("Thank you, noted. I'll come back to you on this thread.",
           "Could you send me one example so I can pass it on?"),
    "de": ("Danke, ist notiert. Ich melde mich in diesem Verlauf.",
           "Könnten Sie mir ein Beispiel schicken?"),
    "fr": ("Merci, c'est noté. Je reviens vers vous ici.",
           "Pourriez-vous m'envoyer un exemple ?"),
    "es": ("Gracias, anotado. Te respondo en este mismo hilo.",
           "¿Me puedes enviar un ejemplo?"),
}  # fmt: skip
