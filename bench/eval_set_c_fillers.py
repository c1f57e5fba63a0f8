"""Neutral filler for eval_set_c's longer threads, per language, written for this set.

The middle of a long thread is ordinary back-and-forth: the customer supplies details, a
colleague joins, our side asks a question or books a call. None of it carries a tone (no
chasing, no complaint, no thanks-for-nothing), so the sentiment of a thread stays the one
its hand-written last customer message gives it, and no filler adds a key fact.
"""

from __future__ import annotations

GREETING = {"en": "Hi {first},", "de": "Hallo {first},", "fr": "Bonjour {first},",
            "es": "Hola {first}:", "nl": "Hoi {first},", "it": "Ciao {first},",
            "pt": "Olá {first},"}  # fmt: skip
TEAM = {"en": "team", "de": "zusammen", "fr": "à tous", "es": "equipo", "nl": "allemaal",
        "it": "a tutti", "pt": "equipa"}  # fmt: skip
SIGN_OFF = {"en": ("Best,", "Thanks,", "Regards,", "Cheers,"),
            "de": ("Viele Grüße", "Beste Grüße", "Mit freundlichen Grüßen"),
            "fr": ("Cordialement,", "Bien à vous,", "Merci,"),
            "es": ("Saludos,", "Un saludo,", "Gracias,"),
            "nl": ("Groet,", "Met vriendelijke groet,"),
            "it": ("Saluti,", "Cordiali saluti,"),
            "pt": ("Cumprimentos,", "Obrigado,")}  # fmt: skip
COLLEAGUE = {"en": ("Priya Raman", "Tom Okafor", "Lena Fischer", "Sam Whitlock"),
             "de": ("Jonas Weber", "Katrin Vogel"), "fr": ("Julien Marchal", "Inès Roux"),
             "es": ("Marta Gil", "Pablo Serrano"), "nl": ("Sanne de Boer", "Ruben Smit"),
             "it": ("Giulia Conti", "Marco Ferri"),
             "pt": ("Rita Sousa", "Tiago Lopes")}  # fmt: skip

CUSTOMER = {
    "en": ("Adding {colleague}, who looks after this on our side.",
           "Here are the details you asked for; the screenshots are in the shared folder.",
           "I can do a call on Thursday afternoon or Friday morning if that helps.",
           "We checked again on our side and the picture is the same as described below.",
           "I've passed your questions to our ops lead and will come back with the answers.",
           "Understood. {colleague} will be the contact while I'm out tomorrow.",
           "Our account ID is in my signature, in case you need it.",
           "Thanks for the quick reply. I'll forward this to the people affected."),
    "de": ("Ich nehme {colleague} in CC, unsere Ansprechperson für das Thema.",
           "Anbei die gewünschten Details, die Screenshots liegen im geteilten Ordner.",
           "Ein Termin am Donnerstagnachmittag würde bei uns passen.",
           "Wir haben es noch einmal geprüft, das Bild ist unverändert wie unten beschrieben.",
           "Ich habe Ihre Fragen intern weitergegeben und melde mich mit den Antworten.",
           "Verstanden. Morgen bin ich nicht im Haus, dann ist {colleague} Ihr Ansprechpartner."),
    "fr": ("J'ajoute {colleague}, qui suit le sujet chez nous.",
           "Voici les éléments demandés ; les captures sont dans le dossier partagé.",
           "Je suis disponible jeudi après-midi pour un appel si besoin.",
           "Nous avons revérifié de notre côté, la situation est celle décrite plus bas."),
    "es": ("Añado a {colleague}, que lleva este tema en nuestro lado.",
           "Os paso los datos que pedíais; las capturas están en la carpeta compartida.",
           "Podemos hacer una llamada el jueves por la tarde si os va bien.",
           "Lo hemos vuelto a comprobar y la situación es la misma que se describe abajo."),
    "nl": ("Ik zet {colleague} in de cc, die dit bij ons oppakt.",
           "Hierbij de gevraagde gegevens; de screenshots staan in de gedeelde map.",
           "Donderdagmiddag kunnen we eventueel even bellen."),
    "it": ("Aggiungo in copia {colleague}, che segue la cosa da parte nostra.",
           "Ecco i dettagli richiesti; gli screenshot sono nella cartella condivisa.",
           "Giovedì pomeriggio siamo disponibili per una chiamata."),
    "pt": ("Junto em cópia {colleague}, que acompanha o assunto do nosso lado.",
           "Seguem os dados pedidos; as capturas estão na pasta partilhada.",
           "Podemos fazer uma chamada na quinta à tarde, se ajudar."),
}  # fmt: skip

OURS = {
    "en": ("Thanks, I've passed this to the team that owns it.",
           "Could you tell me roughly how many users see this, and since when?",
           "I've booked 30 minutes for us on Thursday; the invite is on its way.",
           "Thanks for the details, that's what we needed for now.",
           "Could you send the account ID and one example so we can trace it?",
           "Noted. I'll keep this thread as the single place for updates."),
    "de": ("Danke, ich habe das an das zuständige Team gegeben.",
           "Können Sie uns sagen, wie viele Nutzer betroffen sind und seit wann?",
           "Danke für die Details, das reicht uns fürs Erste.",
           "Ich habe uns für Donnerstag 30 Minuten eingeplant, die Einladung kommt gleich.",
           "Notiert. Wir halten diesen Thread als zentrale Stelle für Updates."),
    "fr": ("Merci, j'ai transmis à l'équipe concernée.",
           "Pouvez-vous nous dire combien d'utilisateurs sont concernés, et depuis quand ?",
           "Merci pour ces précisions, c'est ce qu'il nous fallait pour l'instant."),
    "es": ("Gracias, lo he pasado al equipo responsable.",
           "¿Nos podéis decir cuántos usuarios lo ven y desde cuándo?",
           "Gracias por los detalles, con esto nos basta de momento."),
    "nl": ("Dank, ik heb dit bij het juiste team neergelegd.",
           "Kunnen jullie aangeven hoeveel gebruikers het zien, en sinds wanneer?"),
    "it": ("Grazie, ho passato la cosa al team responsabile.",
           "Potete dirci quanti utenti sono coinvolti e da quando?"),
    "pt": ("Obrigado, passei o assunto à equipa responsável.",
           "Podem dizer-nos quantos utilizadores são afetados e desde quando?"),
}  # fmt: skip

DISCLAIMER = {
    "en": "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the "
    "addressee. If you received it in error, please notify the sender and delete it.",
    "de": "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige "
    "Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese Mail.",
    "fr": "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à "
    "leur destinataire. Si vous l'avez reçu par erreur, merci de le détruire.",
    "es": "AVISO LEGAL: Este mensaje es confidencial y va dirigido exclusivamente a su "
    "destinatario. Si lo ha recibido por error, le rogamos que lo elimine.",
    "nl": "Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u het per "
    "vergissing ontvangen, verwijder het dan en laat het de afzender weten.",
    "it": "Questo messaggio è riservato al destinatario. Se lo ha ricevuto per errore, la "
    "preghiamo di cancellarlo e di avvisare il mittente.",
    "pt": "Esta mensagem é confidencial e destina-se apenas ao destinatário. Se a recebeu "
    "por engano, por favor apague-a e avise o remetente.",
}
