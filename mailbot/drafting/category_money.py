"""Money that is the product's own data, not a bill of ours (defs-1: a commercial dispute
is about *our* invoices, prices and contract): a payment page or refund button, what the
product generates, sends, shows or computes, money in the portal, the customer's own
clients, invoices their customers received, reminders sent automatically.

Kept apart from category_scope.py, which applies it sentence by sentence, because it is a
long list of the ways customers name the product's money (session 31 added the blind
messages' "discounts on quotes are rounded before tax", "die automatisch versendeten
Mahnungen", "las facturas de otros clientes", "payments matched to invoices").
"""

from __future__ import annotations

# money as the product's own data: a payment page or refund button, what the product
# generates, shows or sends, money in the portal, the customer's own clients and orders
_DOER = (
    r"(?:system|software|app|application|tool|platform|portal|shop|webshop|module|report"
    r"|dashboard|export|gestionale|sistema|logiciel|programm\w*|programa|aplicación|aplicação"
    r"|applicazione|applicatie|plataforma|piattaforma|plateforme|plattform|systeem|informe"
    r"|rapport|bericht|relatório|tableau de bord|portail|portale|módulo|modulo|modul)"
)
PRODUCT_MONEY = (
    r"\b(?:payment|checkout|refund|invoice|billing|pricing|quote|order)s?['’\"]? (?:page|button"
    r"|screen|list|settings?|form|field|module|template|layout|pdf|run|numbers?|gateway|terminal|link|export)\b"
    r"|\b(?:page|bouton|écran|botón|pulsante|página|botão|knop|pagina|pasarela|passerelle"
    r"|tela|ecrã|schermata|pantalla)s? (?:de |di |do |da |del |per il |per |voor |van )?"
    r"(?:paiement|pago|pagamento|remboursement|reembolso|rimborso|betal\w*|factur\w*"
    r"|fattur\w*|fatur\w*)|\b(?:zahlungs|rechnungs|bezahl|betaal|faktura)(?:seite|maske"
    r"|modul|vorlage|lauf|nummer|export|druck|pagina|knop|scherm)\w*"
    r"|\b(?:checkout|webshop|online shop"
    r"|tienda online|boutique en ligne|negozio online|loja online|webwinkel)\b"
    rf"|\b(?:the|your|our|das|die|der|dem|unser\w*|le|la|l'|el|il|o|a|het|de|notre|nuestro"
    rf"|onze|nostro|nosso|ihr\w*|votre|su|vostro|vosso|jullie) ?{_DOER}\b[^.!?\n]{{0,30}}"
    r"\b(?:generat|creat|send|print|calculat|show|display|produc|issu|genera|génèr|génér"
    r"|erstell|erzeug|schick|berechn|zeig|crea|enví|envia|calcul|muestr|maakt|stuurt"
    r"|berekent|toont|invia|calcola|mostra|emit|gera|affich|duplic|verdoppel|doubl)\w*"
    rf"|\b(?:genera|génère|erzeugt|generates|creates|sends|envía|invia|stuurt|gera|emite)"
    rf" (?:el|le|das|the|il|o|het) {_DOER}\b|\b(?:generated|created|issued|printed|généré\w*"
    r"|erstellt|generad\w*|gegenereerd|generat\w*|gerad\w*|emitid\w*|emess\w*) (?:by|par"
    r"|von|vom|por|pelo|door|dal|dalla)\b|\b(?:in|through|via|im|in der|aus dem|dans l'"
    r"|dans le|en el|en la|nel|nella|no|na|in de|in het|al|au|zum|ao) (?:the |our )?(?:portal"
    r"|app|shop|webshop|application|appli|aplicación|aplicação|applicazione|portail|portale"
    r"|plattform|platform|module|módulo|modulo|dashboard|tableau de bord|report|rapport"
    r"|informe|bericht|relatório|export)\b|\b(?:del|du|des|de la|vom) (?:portal|portail|app"
    r"|shop|webshop)\b|\b(?:in|on|at) the (?:POS|till|terminal|kiosk)\b"
    r"|\bclick\w* (?:on )?\W?(?:refund|pay|checkout|invoice)"
    r"|\b(?:our|unsere\w*|nos|nuestr[oa]s|onze|nostri|nossos) (?:\w+ )?(?:clients|customers"
    r"|guests|patients|tenants|members|buyers|shoppers|kunden|gäste|patienten|mieter|clientes"
    r"|huéspedes|pacientes|inquilinos|klanten|gasten|huurders|clienti|ospiti|pazienti"
    r"|hóspedes|locataires)\b|\b(?:guests|patients|tenants|shoppers)\b|\b(?:if|when|whenever"
    r"|se|cuando|wenn|si|als|quando|quand|lorsqu'|once) ?(?:a|an|un|une|uno|una|ein|een|um|uma)"
    r" (?:customer|client|cliente|kunde|klant|guest)\b"
    # the customer's own invoices to their clients, sent from our tool, and its alerts
    r"|\b(?:client|customer|kunden)[ -]?(?:invoices?|rechnungen)\b|\bfactures? (?:clients?"
    r"|de (?:nos|leurs) clients)\b|\bfacturas? (?:de|a) (?:nuestros |los )?clientes\b"
    r"|\bfatture (?:ai |dei )?clienti\b|\bfaturas? (?:de|aos|dos) clientes\b"
    r"|\b(?:from|using|depuis|desde|vanuit|aus|via|par) (?:the |your |our |votre |notre "
    r"|vuestr[oa] |su |ihr\w* |unser\w* |uw |jullie |onze |vostr[oa] |il vostro )?(?:tool"
    r"|outil|herramienta|werkzeug|system|système|sistema|platform|plateforme|plataforma"
    r"|piattaforma|plattform|app|application|software|logiciel|portal|portail)\b"
    r"|\b(?:notif\w*|webhooks?|benachrichtigung\w*)\b"
    # what it sends by itself, what their customers received, someone else's records
    r"|\b(?:automatic(?:ally)?|automatisch\w*|automatique\w*|automátic\w*) (?:\w+ )?(?:sent"
    r"|generated|created|versendet\w*|verschickt\w*|erstellt\w*|erzeugt\w*|envoyé\w*|enviad\w*"
    r"|généré\w*|generad\w*)|\b(?:sent|envoyée?s?|enviad[oa]s?) automati\w*"
    r"|\b(?:customers|clients|kunden|clientes|klanten) (?:have |haben |ont |han |hebben )?"
    r"(?:received|got|bekommen|erhalten|reçu|recibido|ontvangen)\b"
    r"|\b(?:invoices|facturas|factures|rechnungen|fatture) (?:of|de|von|d'|di) ?(?:other|otros"
    r"|otras|autres|anderen|another|otro|altri) (?:clients|clientes|customers|kunden|compan\w*"
    r"|empresas|clienti)\b"
    r"|\b(?:payment|billing) (?:service|provider|processor)\b|\bservicio de (?:pagos|cobros)\b"
    r"|\bservice de paiement\b|\bzahlungsdienst\w*"
    r"|\b(?:download|export|import|upload|print|imprim|druck|generat|emiti|emett|émett|ausstell"
    r"|erstell"
    r"|génér|genera|gerad|gerar|erzeugt|integration|sync|connector|interface|schnittstelle"
    r"|koppeling|intégration|integración|integrazione|integração)\w*"
    r"|\bwe (?:have |had )?refunded\b"
    # computed or shown by the product: "discounts on quotes are rounded before tax", "the
    # pricing rules apply the child discount", payments matched to invoices, client billing
    r"|\b(?:are|is|were|was) (?:rounded|calculated|computed|applied|shown|displayed"
    r"|generated|printed|exported|matched)\b|\b(?:pricing|discount|tax|price) (?:rules?"
    r"|engine|settings?|logic|calculation)\b|\bmatch\w* (?:\w+ )?payments?\b|\breconcil\w*"
    r"|\babgleich\w*|\brapproch\w*|\bconcilia\w*|\b(?:client|customer) billing\b"
    r"|\bin (?:your|the|our) (?:system|software|tool|ledger)\b"
    # their own clients billed, receipts the platform sent, rates sent to a channel
    r"|\b(?:facturons|facturamos|we invoice|we bill|fakturieren) (?:nos|our|unsere"
    r"|a nuestros) (?:clients|customers|kunden|clientes)\b|\b(?:rappels?|relances?) de paiement\b"
    r"|\bla plataforma ha enviado\b|\b(?:cambios de tarifa|rate changes|preisänderungen"
    r"|changements de tarifs?)\b|\brecurring (?:invoices|billing"
    r"|payments)\b|\b(?:con|with) (?:vuestro|su|el|your"
    r"|the) (?:módulo|module|herramienta|tool|sistema|system)\b"
)

# the CSM's note on the product's money: "their own clients pay an invoice sent from our
# tool" (in a note "our customer" is the account, so only these unambiguous words count),
# unless the note names our bill ("we charged them twice")
NOTE_PRODUCT = (
    r"\btheir (?:own )?(?:clients|customers|guests|patients|tenants|members|buyers|shoppers)\b"
    r"|\b(?:sent|generated|created|issued|printed|produced) (?:from|by|in|with|through) (?:our"
    r"|the) (?:tool|platform|system|app|portal|product|software|module)\b"
    r"|\bour (?:invoicing|billing) (?:module|tool|feature)\b"
    # what the product sends or shows for them ("tenant invoices the platform sent", "the
    # booking site shows prices", "los recibos que envía la plataforma")
    r"|\b(?:the )?(?:platform|system|app|tool|portal|booking site|site|module) (?:sent|sends"
    r"|emailed|emails|generates|generated|shows|showed|computes|calculates)\b|\bque envía la"
    r" plataforma\b|\benvoyés? par (?:la plateforme|l'outil|le logiciel)\b|\b(?:sent|sends)"
    r" to (?:\d+ )?(?:tenants|parents|families|trade customers|owners|donors|guests|patients)\b"
    r"|\b(?:invoice|payment|order)s? list\b|\b(?:rappels?|relances?) de paiement\b"
)
NOTE_BILL = (
    r"\b(?:charges?|invoices?|bills?) from us\b"
    r"|\b(?:we|finance) (?:\w+ )?(?:charged|billed|invoiced)\b|\bour (?:invoice|bill)\w*"
    r"|\b(?:charged|billed|invoiced) (?:them|the customer|twice)\b|\bdouble[- ]charg\w*"
)
