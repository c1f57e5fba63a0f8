"""Tone blocks for bench/eval_set_b/: the sentiment of each thread, per language.

Several phrasings per level, including borderline ones (anger without the word, churn
implied through the renewal). Phrasings at even positions are used only in the dev split
and odd ones only in test, so tuning the sentiment rules on dev cannot learn the test
set's wording. The labels follow routing/definitions.md (defs-1).
"""

from __future__ import annotations

TONES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "calm": (
            "No rush on this, whenever your team has a moment.",
            "Thanks in advance, let me know if you need anything from us.",
            "Just flagging it so it is on your radar.",
            "Happy to jump on a call if that is easier.",
            "Not urgent, just wanted to mention it.",
            "Cheers, and have a good weekend.",
        ),
        "concerned": (
            "I am a bit worried about how this will look to our auditors.",
            "We are getting nervous as the date gets closer.",
            "This makes me uneasy, since our busiest week starts soon.",
            "I would feel better knowing someone owns this.",
            "With the season starting in two weeks, I am a little anxious about this.",
            "Could you tell us whether this is likely to get worse? We are slightly worried.",
        ),
        "frustrated_but_patient": (
            "It has been a long three weeks, but I know your engineers are on it and we can "
            "live with the workaround for a little longer.",
            "Honestly this is wearing thin with my team. That said, I appreciate the updates "
            "and we will keep working with you on it.",
            "We are disappointed it is taking this long, though I understand it is not a simple "
            "fix.",
            "This is the second time we have had to raise it. We are still keen to make this "
            "work, so please keep us posted.",
            "We have been waiting a while now, which is not ideal, but thanks for sticking with "
            "it.",
            "My team is tired of the manual steps. I realise you are doing what you can, so we "
            "will hold on a bit longer.",
        ),
        "frustrated": (
            "This is the third time I am asking and I still have no answer.",
            "Frankly this is frustrating. We keep chasing and nothing moves.",
            "If this is not sorted by Friday I will take it to your management.",
            "We will have to review our contract terms if this keeps happening.",
            "I have sent the same screenshots twice now. Please read the ticket before asking "
            "again.",
            "We are fed up with chasing this.",
        ),
        "angry": (
            "This is unacceptable. Who signed off on this release?",
            "I want a named engineer and a fix today, not another apology!!",
            "Your team has wasted a week of my staff's time. Fix it NOW and explain how this "
            "HAPPENED.",
            "Nobody on your side seems to care that our people cannot work. I expect a call "
            "from someone senior within the hour.",
            "This is a joke. Three people on your side and not one answer that makes sense.",
            "I am furious. Get this fixed.",
        ),
        "threatening_churn": (
            "If this is not fixed this month we will not renew.",
            "We have started looking at other vendors.",
            "Our renewal decision will depend on how you handle this.",
            "I have been asked to prepare an exit plan in case this drags on.",
            "Frankly we are considering cancelling the subscription.",
            "At this point we are asking ourselves whether to renew at all.",
        ),
    },
    "de": {
        "calm": ("Es eilt nicht, danke schon einmal.", "Vielen Dank und einen schönen Tag.",
                 "Melden Sie sich gerne, wenn Sie Fragen haben.", "Keine Eile."),
        "concerned": ("Wir machen uns etwas Sorgen wegen des Termins.",
                      "Ich bin etwas besorgt, wie sich das entwickelt.",
                      "Das beunruhigt uns, weil bald die Prüfung ansteht.",
                      "Uns ist dabei nicht ganz wohl."),
        "frustrated_but_patient": (
            "Das zieht sich jetzt schon lange, aber wir wissen, dass Ihr Team daran arbeitet.",
            "Es nervt das Team langsam, aber wir haben Geduld, solange es vorangeht.",
            "Wir sind enttäuscht, verstehen aber, dass es keine einfache Lösung gibt.",
            "Wir warten nun schon länger, verstehe aber, dass Sie daran sitzen.",
        ),
        "frustrated": ("Ich frage jetzt zum dritten Mal und habe immer noch keine Antwort.",
                       "Das ist wirklich frustrierend.",
                       "Wenn sich bis Freitag nichts tut, wende ich mich an Ihre "
                       "Geschäftsleitung.",
                       "Wir haben schon zweimal nachgefragt, ohne Ergebnis."),
        "angry": ("Das ist absolut inakzeptabel. Ich erwarte heute einen Rückruf!!",
                  "Ich bin wirklich verärgert. So geht man nicht mit Kunden um!",
                  "Ihr Team lässt uns komplett im Stich. Das ist unzumutbar.",
                  "Das ist eine Frechheit."),
        "threatening_churn": ("Wenn das so bleibt, werden wir den Vertrag kündigen.",
                              "Eine Verlängerung ist so für uns kaum vorstellbar.",
                              "Wir prüfen bereits andere Anbieter.",
                              "Wir schauen uns nach Alternativen um."),
    },
    "fr": {
        "calm": ("Rien d'urgent, merci d'avance.", "Bonne journée et merci.",
                 "N'hésitez pas si vous avez besoin de précisions.",
                 "Quand vous aurez un moment."),
        "concerned": ("Cela nous inquiète un peu avec l'échéance qui approche.",
                      "Je suis un peu inquiète pour la rentrée.",
                      "Nous sommes préoccupés pour la suite.", "Cela nous soucie un peu."),
        "frustrated_but_patient": (
            "Cela dure depuis longtemps, mais je comprends que vos équipes y travaillent.",
            "L'attente commence à peser, mais merci pour votre suivi.",
            "Nous sommes déçus, mais nous restons disposés à trouver une solution avec vous.",
            "C'est pénible pour l'équipe, mais nous savons que vous faites le nécessaire.",
        ),
        "frustrated": ("C'est la troisième fois que je relance, toujours sans réponse.",
                       "C'est vraiment frustrant.",
                       "Si rien ne bouge d'ici vendredi, je remonterai le sujet à votre "
                       "direction.",
                       "Nous relançons encore et toujours, sans résultat."),
        "angry": ("C'est inacceptable. J'exige une réponse aujourd'hui !!",
                  "Je suis furieux, c'est du grand n'importe quoi.",
                  "Votre équipe nous laisse tomber, c'est scandaleux.", "C'est honteux."),
        "threatening_churn": ("Si cela continue, nous résilierons le contrat.",
                              "Le renouvellement est clairement remis en question.",
                              "Nous étudions déjà d'autres solutions chez un concurrent.",
                              "Nous envisageons de changer de prestataire."),
    },
    "es": {
        "calm": ("No hay prisa, gracias de antemano.", "Un saludo y gracias.",
                 "Quedo atento por si necesitan algo más.", "Cuando puedan."),
        "concerned": ("Nos preocupa un poco con la fecha tan cerca.",
                      "Me preocupa que vaya a más.",
                      "Estamos algo inquietos por cómo afecta a la temporada.",
                      "Estamos un poco intranquilos."),
        "frustrated_but_patient": (
            "Esto ya dura demasiado, pero entiendo que su equipo está trabajando en ello.",
            "La espera se hace larga, pero gracias por el seguimiento.",
            "Estamos decepcionados, aunque seguimos dispuestos a colaborar.",
            "Es pesado para el equipo, pero sabemos que lo están mirando.",
        ),
        "frustrated": ("Es la tercera vez que pregunto y sigo sin respuesta.",
                       "Es muy frustrante.",
                       "Si no se soluciona antes del viernes, lo elevaré a su dirección.",
                       "Seguimos insistiendo sin ningún resultado."),
        "angry": ("Esto es inaceptable. Exijo una solución hoy mismo!!",
                  "Estoy furioso, es una vergüenza.",
                  "Su equipo nos ha dejado tirados, es un escándalo.",
                  "Es una tomadura de pelo."),
        "threatening_churn": ("Si esto sigue así, no renovaremos el contrato.",
                              "La renovación está en el aire.",
                              "Ya estamos evaluando otros proveedores.",
                              "Estamos pensando en cambiar de proveedor."),
    },
}  # fmt: skip

# Neutral follow-ups from the customer and replies from our side, for longer threads.
FOLLOW_UPS = {
    "en": ("Any news on this?", "Checking in on the above.", "Is there an update?",
           "We sent the logs you asked for yesterday.", "Adding my colleague for visibility."),
    "de": ("Gibt es schon Neuigkeiten?", "Wir haben die Logs gestern geschickt."),
    "fr": ("Avez-vous du nouveau ?", "Nous avons envoyé les journaux hier."),
    "es": ("¿Hay novedades?", "Ayer enviamos los registros que pidieron."),
}  # fmt: skip
OUR_REPLIES = {
    "en": ("Thanks, we are looking into it and will update you by Friday.",
           "Our engineers restarted the sync service and are watching it.",
           "We have escalated this to the product team and will report back on Monday."),
    "de": ("Danke, wir prüfen das und melden uns bis Freitag.",),
    "fr": ("Merci, nous analysons le problème et revenons vers vous vendredi.",),
    "es": ("Gracias, lo estamos revisando y les informamos el viernes.",),
}  # fmt: skip
