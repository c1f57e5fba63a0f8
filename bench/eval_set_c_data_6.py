"""eval_set_c situations, part 6: executive intervention (labels by hand from defs-1, blind).

Borderline on purpose: ``scada-history-lost`` is a CEO's letter about lost data (critical:
executive involvement alone would be high, the data loss makes it critical);
``cfo-disputed-invoice`` has a take whose CSM note names it a billing dispute (the note wins
for category, the CFO keeps it high).
"""

from __future__ import annotations

from bench.eval_set_c_model import Situation, Take

PART_6 = (
    Situation(
        "baggage-ceo", "en", "Solent Gateway Airport", "solentgateway-airport.com",
        "Richard Hale|Chief Executive", "Baggage tracking failures ahead of summer", "2026-05-04",
        "I'm writing to you directly because our baggage-tracking screens have dropped out four "
        "times in the last fortnight, each time for 20 to 40 minutes, and our handlers have had "
        "to fall back to paper manifests. We expect 1.3 million passengers this summer. I want "
        "to speak to your CEO this week about how this will be fixed before the peak starts on "
        "1 June.",
        "Solent Gateway's CEO writes directly and asks for our CEO. Baggage tracking dropped "
        "out 4 times in two weeks.",
        "Our CEO, Anna Lindqvist, will call you on Thursday at 10:00; engineering is preparing a "
        "root-cause summary for that call.",
        "executive_intervention", '"I want to speak to your CEO this week", written by the '
        "customer's Chief Executive",
        '"I want to speak to your CEO": executive involvement; the dropouts are over and had a '
        "paper fallback",
        ("four times", "1.3 million passengers", "1 June"),
        (Take("angry", "high", 1,
              "[Frankly, the service we've had from you is not good enough, and I expect your "
              "company to treat this as the priority it is.]"),
         Take("frustrated", "high", 3,
              "[A call is fine, but I've heard 'root cause' twice already this month and I'm "
              "losing patience.]"),
         Take("threatening_churn", "high", 2,
              "[If I don't have a credible plan by the end of the week, I'll instruct my team to "
              "start looking at alternatives for next season.]")),
    ),
    Situation(
        "collection-migration", "de", "Landesmuseum für Technik Oberrhein",
        "technikmuseum-oberrhein.de", "Ulrike Brandstätter|Generaldirektorin",
        "Verschobene Migration der Sammlungsdatenbank", "2026-01-26",
        "die Migration unserer Sammlungsdatenbank ist nun zum zweiten Mal verschoben worden, "
        "zuletzt vom 15. auf den 29. Januar. 210.000 Objektdatensätze hängen davon ab, und die "
        "Ausstellung „Maschinen der Zukunft“ eröffnet am 6. März. Ich bitte um ein Gespräch mit "
        "Ihrer Geschäftsführung.",
        "The museum's director general asks for a call with our management about the twice-"
        "delayed collection DB migration.",
        "Unser Geschäftsführer Dr. Felix Aumann ruft Sie am Mittwoch an; das Projektteam legt "
        "bis dahin einen belastbaren Plan vor.",
        "executive_intervention", '"Ich bitte um ein Gespräch mit Ihrer Geschäftsführung", from '
        "the Generaldirektorin",
        'executive involvement; "eröffnet am 6. März": a go-live at risk',
        ("210.000 Objektdatensätze", "29. Januar", "6. März"),
        (Take("frustrated", "high", 1,
              "[Ehrlich gesagt bin ich es leid, immer neue Termine zu hören.]"),
         Take("frustrated_but_patient", "high", 3,
              "[Wir wollen das gemeinsam mit Ihnen hinbekommen], aber die Zeit bis zur "
              "Eröffnung wird knapp."),
         Take("angry", "high", 5,
              "[Zwei geplatzte Termine sind schlicht unprofessionell.] Ich erwarte, dass Ihr "
              "Geschäftsführer persönlich für den nächsten Termin geradesteht!")),
    ),
    Situation(
        "cfo-disputed-invoice", "en", "Greenway Animal Hospitals", "greenwayanimal.com",
        "Deborah Quinn|Chief Financial Officer", "Disputed invoice INV-31177 - escalation",
        "2026-06-08",
        "I'm stepping in on the disputed invoice INV-31177 (EUR 27,300), which my team has been "
        "trying to resolve with your billing department since April. It charges us for the "
        "telehealth add-on across all 19 hospitals, which we never ordered. I'd like a "
        "corrected invoice and a named contact for this by 15 June.",
        "Greenway's CFO has stepped into the INV-31177 dispute (a telehealth add-on they say "
        "they never ordered).",
        "I've asked our VP Finance to review INV-31177 personally; you'll have an answer by 12 "
        "June.",
        "executive_intervention", "\"I'm stepping in\", written by the Chief Financial Officer, "
        "to demand action",
        "\"I'm stepping in\": executive involvement",
        ("INV-31177", "EUR 27,300", "19 hospitals", "15 June"),
        (Take("frustrated", "high", 2,
              "[My team has chased this for two months, which is two months too long.]"),
         Take("angry", "high", 4,
              "[Billing us for a product we never ordered, and then ignoring my team, is "
              "unacceptable.] I want the credit note issued, not reviewed."),
         Take("frustrated_but_patient", "high", 1,
              "[We'll keep working with your billing team on it], but it will distort our "
              "half-year accounts if it isn't settled by the 15th.",
              note="Greenway's CFO has stepped into the INV-31177 dispute. Billing dispute - "
              "please treat as commercial, billing owns it.",
              category="commercial_dispute",
              cat_why='the CSM\'s note names the type ("Billing dispute - please treat as '
              'commercial"), which defs-1 says to follow')),
    ),
    Situation(
        "scada-history-lost", "en", "Skerryvane Offshore Wind Ltd", "skerryvane-wind.com",
        "Alasdair Grant|Chief Executive Officer", "Loss of production data - board attention",
        "2026-03-16",
        "I have been told that the SCADA history for our 64 turbines between 2 and 9 March has "
        "been lost in your platform's storage migration, and that it cannot be restored from "
        "backup. That data underpins our generation report to the grid operator, due on 31 "
        "March. This has been raised at our board, and I need your chief executive to explain "
        "what happened and what you will do.",
        "Skerryvane's CEO writes about lost SCADA history (2-9 March, 64 turbines) after our "
        "storage migration. Board-level.",
        "Our CTO is leading the recovery work personally; we are trying to rebuild the data from "
        "the turbines' local buffers and will report on Thursday.",
        "executive_intervention", '"I need your chief executive to explain", from the '
        "customer's CEO",
        '"has been lost ... cannot be restored from backup": data lost; executive involvement '
        "alone would be high",
        ("64 turbines", "2 and 9 March", "31 March", "SCADA"),
        (Take("angry", "critical", 2,
              "[Losing a week of regulated production data is an unforgivable failure on your "
              "part.] I want your CEO on the phone tomorrow."),
         Take("threatening_churn", "critical", 5,
              "[The board has asked me to prepare for terminating the contract if the data "
              "cannot be rebuilt.]"),
         Take("frustrated", "critical", 1,
              "[Three days without a straight answer on whether the data can be rebuilt is "
              "wearing thin.]")),
    ),
    Situation(
        "exec-sponsor", "en", "Castellan Risk Partners", "castellanrisk.com",
        "Victoria Ashworth|Managing Partner & CEO", "Request for an executive sponsor",
        "2026-08-17",
        "Our rollout to the 140 account handlers is now planned for September rather than "
        "July, as the integration work turned out bigger than either of us expected. Given how "
        "much depends on it, I'd like to ask for an executive sponsor on your side, someone at "
        "VP level or above, who meets me monthly until we're live.",
        "Castellan's CEO asks for an exec sponsor; their rollout moved from July to "
        "September.",
        "Our CRO, Marcus Bell, will be your executive sponsor; he'll set up a first meeting in "
        "the next two weeks.",
        "executive_intervention", "\"I'd like to ask for an executive sponsor on your side\", "
        "from the customer's CEO",
        '"ask for an executive sponsor": executive involvement; the rollout has slipped',
        ("140 account handlers", "September", "VP level"),
        (Take("concerned", "high", 1,
              "[I'm concerned that without this we slip again], and the partners are watching "
              "the project closely."),
         Take("frustrated", "high", 3,
              "[Two weeks to set up a first meeting is exactly the kind of delay I'm writing "
              "about.]"),
         Take("calm", "high", 4,
              "[Thank you, that sounds like a good arrangement]; my assistant will coordinate "
              "diaries.")),
    ),
    Situation(
        "live-stats-final", "es", "Titanes Esports S.A.", "titanesesports.es",
        "Carmen Ortega|Consejera Delegada", "URGENTE: estadísticas caídas en plena final",
        "2026-11-21",
        "ahora mismo, en plena final de la Superliga, el servicio de estadísticas en directo "
        "lleva 35 minutos caído: la retransmisión no muestra marcadores ni datos de jugadores, y "
        "el patrocinador principal, que paga por esos rótulos, nos está llamando. Tenemos a "
        "180.000 espectadores conectados. Necesito que vuestra dirección se implique ya.",
        "Titanes' CEO writes during their live final: live stats down 35 min, 180k viewers, "
        "sponsor calling.",
        "Nuestro equipo de guardia está reiniciando el servicio de estadísticas; próxima "
        "actualización en 15 minutos.",
        "executive_intervention", '"Necesito que vuestra dirección se implique ya", written by '
        "the customer's Consejera Delegada (CEO)",
        '"lleva 35 minutos caído" during the live final: production down now, no workaround',
        ("35 minutos", "180.000 espectadores", "Superliga"),
        (Take("angry", "critical", 1,
              "[¡Esto es un desastre y es responsabilidad vuestra!] ¡Lo quiero funcionando YA!"),
         Take("threatening_churn", "critical", 3,
              "[Si el patrocinador nos penaliza por esto, rescindiremos el contrato con "
              "vosotros.]"),
         Take("frustrated", "critical", 4,
              "[Llevo media hora esperando una respuesta de verdad y solo recibo 'próxima "
              "actualización'.] Es desesperante.")),
    ),
    Situation(
        "glossary-coo", "en", "Polyglot Bridge Ltd", "polyglotbridge.com",
        "Hiroshi Nakamura|Chief Operating Officer", "Glossary terms broken by the MT pre-pass",
        "2026-10-26",
        "I'm writing as COO because this has reached our client relationships. Since the MT "
        "pre-pass update on 19 October, approved glossary terms are being overwritten in the "
        "pre-translated segments. Three client deliveries (for a medical-device maker, a bank "
        "and a carmaker) went out with wrong terminology and had to be recalled. Our linguists "
        "now re-check every segment by hand, roughly 25% slower. I'd like your VP of Product on "
        "a call this week.",
        "Polyglot Bridge's COO: the MT pre-pass overwrites glossary terms since 19 Oct; 3 "
        "deliveries recalled. Wants our VP Product.",
        "Our VP of Product, Sara Kimani, will join a call on Wednesday; we've rolled the "
        "pre-pass back to the previous version for your account.",
        "executive_intervention", "\"I'm writing as COO\" and \"I'd like your VP of Product on a "
        'call": the customer\'s C-level demands action',
        "\"I'm writing as COO\": executive involvement; checking by hand is a painful "
        "workaround",
        ("19 October", "Three client deliveries", "25%"),
        (Take("frustrated_but_patient", "high", 1,
              "It has been a painful fortnight for our team. [We'll keep working with yours to "
              "get it right, but it needs senior attention.]"),
         Take("angry", "high", 3,
              "[Your update damaged our reputation with three clients and nobody warned us it "
              "was coming.] I want a written account of what changed and why."),
         Take("frustrated", "high", 5,
              "[I've now asked twice for a date for the permanent fix, which is frustrating] "
              "with the November volume peak coming.")),
    ),
)  # fmt: skip
