"""eval_set_d situations, part 2: feature gaps (florists, architects, ski lifts, a driving
school, a campsite, a charity, an orchestra, cycle workshops). Hand-written; every label
decided by hand from routing/definitions.md (defs-1) while writing."""

from __future__ import annotations

from bench.eval_set_c_model import Account, Situation, Take

FG = "feature_gap"

# One situation reads as one block; ruff would put every field on a line of its own.
# fmt: off
SITUATIONS_2 = (
    Situation(
        "delivery-windows", "en", "Petal & Stem", "petalandstem.co.uk",
        "Imogen Clarke|Ecommerce Lead", "Delivery time windows on orders?", "2026-01-19",
        "Our customers keep asking to choose a delivery window (morning, afternoon or evening) "
        "at checkout. As far as we can see the order form only takes a delivery date, and our "
        "drivers then ring people to arrange a time. Is this something that's planned? We do "
        "around 1,800 orders a month across 3 shops.",
        "Petal & Stem (florists): asking for delivery time windows at checkout; today the "
        "order form only has a date.",
        "Thanks Imogen, I've added your use case to the request with our product team; it "
        "isn't on the roadmap for this quarter.",
        FG, '"the order form only takes a delivery date ... Is this something that\'s planned?"',
        "", ("1,800 orders", "3 shops", "delivery window"),
        (
            Take("calm", "low", 1,
                 "It would be a lovely extra rather than anything urgent — [no pressure at "
                 "all], I just wanted to put it on your radar.",
                 sev_why='"a lovely extra rather than anything urgent" (nice to have)'),
            Take("concerned", "high", 3,
                 "Mother's Day is on 15 March and last year the calls to arrange times nearly "
                 "broke the team. [I'm a little nervous about going into it the same way "
                 "again.] Is there anything you could do before then, even a free-text field?",
                 sev_why='"Mother\'s Day is on 15 March" (a dated peak depends on it)'),
            Take("frustrated", "medium", 5,
                 "I raised this back in the autumn too. [It feels like it disappears into a "
                 "black hole every time], and I'm tired of explaining to customers why they "
                 "can't pick a time.",
                 sev_why="a missing feature that matters, drivers phone as the workaround, no "
                 "date", account=Account(21000, "smb", 240, currency="GBP")),
        ),
    ),
    Situation(
        "ifc-preview", "en", "Kerr Moreau Architects", "kerrmoreau.com",
        "Sofia Lindqvist|BIM Manager", "IFC model previews in the client portal", "2026-02-23",
        "We share a lot of IFC models with clients through your project portal, but the portal "
        "only offers them as downloads, so clients without BIM software can't open them. Other "
        "tools we've seen show a 3D preview in the browser. Is IFC preview supported in any "
        "plan, or on the roadmap? We have 27 active projects on the portal.",
        "Kerr Moreau Architects: want in-browser IFC (BIM) model preview in the client portal; "
        "today models are download-only.",
        "I've checked with product: IFC preview isn't on the roadmap for this year, but I've "
        "logged your request.",
        FG, '"Is IFC preview supported in any plan, or on the roadmap?"',
        "", ("IFC models", "27 active projects", "3D preview"),
        (
            Take("calm", "low", 1,
                 "It's not holding anything up, our clients manage with the free viewers; [just "
                 "curious whether it's coming].",
                 sev_why='the CSM\'s explicit "P4"; "It\'s not holding anything up"',
                 plevel="P4"),
            Take("threatening_churn", "high", 3,
                 "That's disappointing. Client collaboration is half the reason we pay for the "
                 "portal, and a couple of the newer platforms do this out of the box. [If it's "
                 "not coming this year, we'll have to look at our options when the contract's "
                 "up in the autumn.]",
                 sev_why="a churn threat puts the renewal at risk"),
            Take("frustrated_but_patient", "medium", 4,
                 "Not the answer I was hoping for, and it makes us look a bit behind with "
                 "clients. [We'll keep sending the viewer links for now] — please do keep "
                 "pushing it internally.",
                 sev_why='"We\'ll keep sending the viewer links" (a missing feature that matters, '
                 "with a workaround)"),
        ),
    ),
    Situation(
        "skipass-valute", "it", "Impianti Monte Rosetta S.p.A.", "montrosetta-ski.it",
        "Elena Bassi|Responsabile vendite online", "Prezzi skipass in CHF e EUR", "2026-10-12",
        "Molti dei nostri ospiti arrivano dalla Svizzera e vorrebbero pagare lo skipass online "
        "in franchi. Il vostro shop permette una sola valuta per listino, quindi oggi vendiamo "
        "solo in euro. È previsto il supporto di più valute? Parliamo di circa il 30% delle "
        "vendite online.",
        "Impianti Monte Rosetta (ski lifts): want multi-currency (CHF + EUR) in the online pass "
        "shop; today one currency per price list.",
        "Ciao Elena, la multivaluta non è prevista nei prossimi due rilasci; ho segnalato la "
        "vostra richiesta al prodotto.",
        FG, '"permette una sola valuta per listino ... È previsto il supporto di più valute?"',
        "", ("30% delle vendite", "una sola valuta"),
        (
            Take("concerned", "high", 3,
                 "La stagione apre il 5 dicembre e [temo che perderemo parecchie vendite] se "
                 "gli ospiti svizzeri devono pagare in euro con le commissioni della carta. C'è "
                 "una soluzione provvisoria prima dell'apertura?",
                 sev_why='"La stagione apre il 5 dicembre" (a dated opening at risk)'),
            Take("calm", "low", 1,
                 "[Nessuna urgenza]: sarebbe una comodità in più per gli ospiti svizzeri, "
                 "niente di più.",
                 sev_why='"una comodità in più ... niente di più" (nice to have)'),
            Take("angry", "medium", 5,
                 "In fase di vendita ci era stato detto chiaramente che la multivaluta era \"in "
                 "arrivo\". [Adesso scopro che non è nemmeno pianificata: non è serio.] Voglio "
                 "sapere chi ci ha dato quell'informazione e cosa intendete fare.",
                 sev_why="a missing feature that matters, no date in this take"),
        ),
    ),
    Situation(
        "sms-erinnerungen", "de", "Fahrschule Brückner", "fahrschule-brueckner.de",
        "Petra Lorenz|Büroleitung", "SMS-Erinnerungen an Fahrschüler", "2026-03-16",
        "Unsere Fahrschüler vergessen immer wieder ihre Fahrstunden, weil die Erinnerungen nur "
        "per E-Mail rausgehen und die jungen Leute ihre Mails kaum lesen. Gibt es die "
        "Möglichkeit, Erinnerungen per SMS zu verschicken? Im Februar hatten wir 41 nicht "
        "wahrgenommene Fahrstunden.",
        "Fahrschule Brückner (driving school): asking for SMS lesson reminders; email only "
        "today, 41 no-shows in February.",
        "Hallo Frau Lorenz, SMS-Erinnerungen gibt es derzeit nicht; ich habe den Wunsch an "
        "unser Produktteam weitergegeben.",
        FG, '"Gibt es die Möglichkeit, Erinnerungen per SMS zu verschicken?"',
        "", ("41 nicht wahrgenommene Fahrstunden", "per SMS", "nur per E-Mail"),
        (
            Take("calm", "low", 2,
                 "Kleiner Nachtrag: [kein Stress], das ist eher ein Wunsch für später. Bis "
                 "dahin erinnern wir die Schüler eben per WhatsApp von Hand.",
                 sev_why='"eher ein Wunsch für später" (nice to have)'),
            Take("frustrated", "medium", 3,
                 "Weitergegeben heißt bei Ihnen leider gar nichts. [Langsam nervt es]: jede "
                 "ausgefallene Stunde kostet uns 55 Euro, und der Fahrlehrer sitzt umsonst im "
                 "Auto.",
                 sev_why="a missing feature that matters (no-shows cost money), no deadline"),
            Take("threatening_churn", "high", 6,
                 "Die Fahrschule im Nachbarort hat ein Programm, das das kann. [Wenn sich bis "
                 "zum Vertragsende nichts tut, wechseln wir eben auch.]",
                 sev_why="a churn threat puts the renewal at risk"),
        ),
    ),
    Situation(
        "checkin-offline", "pt", "Campismo Vale do Sado", "campismovaledosado.pt",
        "Rui Almeida|Gestor de Receção", "Check-in sem ligação à internet", "2026-05-04",
        "A nossa receção fica junto ao rio e a internet falha várias vezes por dia. Quando isso "
        "acontece, a aplicação não deixa fazer check-in e os campistas ficam à espera. Existe "
        "algum modo offline, ou está previsto? Na época alta fazemos cerca de 150 check-ins "
        "por dia.",
        "Campismo Vale do Sado (campsite): their reception loses internet several times a day; "
        "asking for an offline check-in mode.",
        "Olá Rui, o modo offline não existe na versão atual; passei o pedido à equipa de "
        "produto.",
        FG, '"Existe algum modo offline, ou está previsto?" (their internet fails, the app '
        "works as designed)",
        "", ("150 check-ins por dia", "modo offline"),
        (
            Take("concerned", "high", 3,
                 "A época alta começa a 1 de junho e [fico preocupado com as filas] na receção "
                 "se isto não tiver solução até lá. Há alguma alternativa que possamos usar?",
                 sev_why='"A época alta começa a 1 de junho" (a dated peak at risk)'),
            Take("frustrated_but_patient", "medium", 4,
                 "Percebo que não seja simples, mas é cansativo para a equipa. [Vamos "
                 "continuando com as fichas em papel e depois passamos tudo para o sistema]; "
                 "só peço que não se esqueçam de nós.",
                 sev_why='"fichas em papel" (a workaround), no date'),
            Take("calm", "low", 1,
                 "[Não é nada urgente], fica só a sugestão para uma versão futura.",
                 sev_why='"Não é nada urgente, fica só a sugestão" (a suggestion)'),
        ),
    ),
    Situation(
        "gift-aid-export", "en", "Brightwater Trust", "brightwatertrust.org.uk",
        "Owen Pritchard|Fundraising Systems Officer", "Gift Aid claim export", "2026-01-05",
        "We've been told the donations module can't produce the Gift Aid schedule in the "
        "format HMRC's Charities Online service wants, so we'd have to rebuild it in a "
        "spreadsheet from the donor export. Is a Gift Aid export on the roadmap? Last year we "
        "claimed about £46,000 across 3,900 donations.",
        "Brightwater Trust (charity): no Gift Aid schedule export in the HMRC format; they "
        "rebuild it by hand from the donor export.",
        "Hi Owen, a Gift Aid export isn't planned for this year; the donor export plus the "
        "template we shared is the supported route.",
        FG, '"can\'t produce the Gift Aid schedule ... Is a Gift Aid export on the roadmap?"',
        "", ("£46,000", "3,900 donations", "Charities Online"),
        (
            Take("calm", "low", 1,
                 "We only claim twice a year, so it's hardly the end of the world. [Just "
                 "thought I'd ask.]",
                 sev_why='"hardly the end of the world" (a question)'),
            Take("concerned", "high", 4,
                 "Our next claim has to go in before our year end on 31 March, and the "
                 "volunteer who built last year's spreadsheet has left. [I'm honestly a bit "
                 "worried we'll get it wrong] and have to pay money back to HMRC.",
                 sev_why='"before our year end on 31 March" (a compliance deadline)'),
            Take("angry", "medium", 3,
                 "So we're paying for a fundraising platform that can't do the one thing every "
                 "UK charity needs? [Frankly, that's ridiculous.] I want someone from product "
                 "on a call this week, not another template.",
                 sev_why="a missing feature that matters, spreadsheet workaround, no date"),
        ),
    ),
    Situation(
        "seat-rollover", "en", "Northgate Philharmonic", "northgatephil.org",
        "Rebecca Shaw|Box Office Manager", "Carrying subscribers' seats over to next season",
        "2026-04-27",
        "When we set up a new season, subscribers lose their seats and we have to re-book each "
        "one manually. Other ticketing systems call this \"seat rollover\". Is that something "
        "your ticketing module can do, or will do? We have 2,150 subscribers.",
        "Northgate Philharmonic: asking for subscriber seat rollover between seasons; today "
        "the box office re-books every seat by hand.",
        "Seat rollover isn't available today. I've asked product whether it's in scope for "
        "the autumn release and will come back to you.",
        FG, '"Is that something your ticketing module can do, or will do?"',
        "", ("2,150 subscribers", "seat rollover", "re-book each one manually"),
        (
            Take("frustrated_but_patient", "high", 3,
                 "Subscription renewals open on 8 June, so the whole box office will be "
                 "re-booking by hand again this year. [Not ideal, but we'll muddle through] — "
                 "do let me know what product says.",
                 sev_why='"renewals open on 8 June", "the whole box office ... re-booking by '
                 'hand" (a dated deadline, the team working around it)'),
            Take("frustrated", "medium", 5,
                 "It's been five weeks since you said you'd ask product. [I'd appreciate a "
                 "straight yes or no, honestly — this has dragged on long enough.]",
                 sev_why="a missing feature that matters, no date in this take"),
            Take("calm", "low", 1,
                 "Just a thought for the future, [no rush at all] — we've done it by hand for "
                 "years.",
                 sev_why='"Just a thought for the future" (nice to have)'),
        ),
    ),
    Situation(
        "job-card-fields", "en", "Spoke & Chain Cycle Workshops", "spokeandchain.co.uk",
        "Declan Murphy|Workshop Manager", "Bike make and model on job card printouts",
        "2026-08-03",
        "Small request: when we print a job card for the workshop it shows the customer and "
        "the work to do, but not the bike's make and model, which we keep on the customer "
        "record anyway. The mechanics would love to see it on the printout so they grab the "
        "right bike off the rack. Is there a way to add fields to the job card template?",
        "Spoke & Chain (cycle workshops): want the bike make/model on printed job cards; the "
        "template can't be customised.",
        "Hi Declan, the job card template can't be customised today; I've logged it as a "
        "feature request.",
        FG, '"Is there a way to add fields to the job card template?"',
        "", ("job card", "make and model", "customer record"),
        (
            Take("calm", "low", 1,
                 "[Not a big deal at all], just one of those small things that would make "
                 "life easier.",
                 sev_why='"Small request", "Not a big deal at all" (nice to have)'),
            Take("frustrated", "low", 6,
                 "[This is the second time I've asked and it's such a small thing]; hearing "
                 "\"logged\" again is a bit deflating.",
                 sev_why='"such a small thing" (a minor template request), no deadline'),
            Take("concerned", "medium", 3,
                 "We're opening a second workshop on the high street in the spring, and [I do "
                 "worry the mix-ups will get worse] with twice the bikes on the racks.",
                 sev_why='a missing feature that matters; "in the spring" is not a dated '
                 "deadline"),
        ),
    ),
)
