"""Mail-client forward formats for eval_set_c, in seven languages.

The block layouts follow bench/gen_eval_set_b.py (Gmail, Outlook desktop and mobile, Apple
Mail and iOS, Thunderbird, a message/rfc822 attachment), extended with Dutch, Italian and
Portuguese headers and one more client: a Gmail forward whose newest message carries the
older ones as ">" quoted replies ("On ... wrote:"), as a reply-all chain looks when forwarded.
"""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime
from itertools import pairwise

CLIENTS = ("gmail", "outlook", "apple", "thunderbird", "mobile_ios", "mobile_outlook",
           "rfc822", "quoted")  # fmt: skip
OUTLOOK_HEADS = {"en": ("From", "Sent", "To", "Subject"),
                 "de": ("Von", "Gesendet", "An", "Betreff"),
                 "fr": ("De ", "Envoyé ", "À ", "Objet "),
                 "es": ("De", "Enviado", "Para", "Asunto"),
                 "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
                 "it": ("Da", "Inviato", "A", "Oggetto"),
                 "pt": ("De", "Enviado", "Para", "Assunto")}  # fmt: skip
GMAIL_MARK = {"en": "---------- Forwarded message ---------",
              "de": "---------- Weitergeleitete Nachricht ---------",
              "fr": "---------- Message transféré ---------",
              "es": "---------- Mensaje reenviado ---------",
              "nl": "---------- Doorgestuurd bericht ---------",
              "it": "---------- Messaggio inoltrato ---------",
              "pt": "---------- Mensagem encaminhada ---------"}  # fmt: skip
WROTE = {"en": "On {d}, {who} wrote:", "de": "Am {d} schrieb {who}:",
         "fr": "Le {d}, {who} a écrit :", "es": "El {d}, {who} escribió:",
         "nl": "Op {d} schreef {who}:", "it": "Il giorno {d} {who} ha scritto:",
         "pt": "Em {d}, {who} escreveu:"}  # fmt: skip

Msg = tuple[str, str, datetime, str]  # name, address, when, body


def block(client: str, lang: str, m: Msg, to: str, subject: str) -> str:
    """One forwarded message as the client prints it above or below the others."""
    name, addr, when, body = m
    if client in ("outlook", "mobile_outlook"):
        f, sent, t, subj = OUTLOOK_HEADS[lang]
        stamp = when.strftime("%A, %B %d, %Y %H:%M")
        return (f"________________________________\n{f}: {name} <{addr}>\n{sent}: {stamp}\n"
                f"{t}: {to}\n{subj}: {subject}\n\n{body}\n")  # fmt: skip
    if client in ("apple", "mobile_ios"):
        stamp = when.strftime("%B %d, %Y at %I:%M:%S %p GMT")
        return (f"Begin forwarded message:\n\nFrom: {name} <{addr}>\nSubject: {subject}\n"
                f"Date: {stamp}\nTo: {to}\n\n{body}\n")  # fmt: skip
    if client == "thunderbird":
        return (f"-------- Forwarded Message --------\nSubject: \t{subject}\n"
                f"Date: \t{format_datetime(when)}\nFrom: \t{name} <{addr}>\nTo: \t{to}\n\n\n"
                f"{body}\n")  # fmt: skip
    stamp = when.strftime("%a, %b %d, %Y at %I:%M %p")
    return (f"{GMAIL_MARK[lang]}\nFrom: {name} <{addr}>\nDate: {stamp}\nSubject: {subject}\n"
            f"To: {to}\n\n\n{body}\n")  # fmt: skip


def quoted_chain(lang: str, msgs: list[Msg]) -> str:
    """The newest body (msgs oldest first) with each older one quoted under the reply to it,
    one more ">" per level."""
    text = msgs[0][3]
    for previous, (_, _, _, body) in pairwise(msgs):
        name, addr, when, _ = previous
        stamp = when.strftime("%a, %b %d, %Y at %I:%M %p")
        wrote = WROTE[lang].format(d=stamp, who=f"{name} <{addr}>")
        quoted = "\n".join(">" + (" " if line and not line.startswith(">") else "") + line
                           for line in text.splitlines())  # fmt: skip
        text = f"{body}\n\n{wrote}\n{quoted}"
    return text


def _to(m: Msg, msgs: list[Msg], csm: str) -> str:
    """Our replies go to the customer who opened the thread; theirs come to the CSM."""
    first = msgs[0]
    return f"{first[0]} <{first[1]}>" if m[1].endswith("@example.com") else csm


def eml(
    name: str, client: str, lang: str, top: str, msgs: list[Msg], subject: str,
    csm: tuple[str, str], sent: datetime,
) -> str:  # fmt: skip
    """The CSM's forward of ``msgs`` (oldest first) with the note ``top`` above it."""
    csm_name, csm_addr = csm
    prefix = {"outlook": "FW", "mobile_outlook": "FW"}.get(client, "Fwd")
    to = f"{csm_name} <{csm_addr}>"
    head = (f"From: {csm_name} <{csm_addr}>\nTo: escalations@example.com\n"
            f"Subject: {prefix}: {subject}\nDate: {format_datetime(sent)}\n"
            f"Message-ID: <evalc-{name}@example.com>\nMIME-Version: 1.0\n")  # fmt: skip
    text_part = 'Content-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: 8bit\n\n'
    if client == "quoted":
        newest = msgs[-1]
        chain = quoted_chain(lang, msgs)
        reply = ("Re: " if len(msgs) > 1 else "") + subject
        return head + text_part + top + block("gmail", lang, (*newest[:3], chain), to, reply)
    if client != "rfc822":
        blocks = [block(client, lang, m, _to(m, msgs, to), ("Re: " if i else "") + subject)
                  for i, m in reversed(list(enumerate(msgs)))]  # fmt: skip
        return head + text_part + top + "\n".join(blocks)
    newest = msgs[-1]
    older = "\n".join(
        block("gmail", lang, m, _to(m, msgs, to), subject) for m in reversed(msgs[:-1])
    )
    inner = (f"From: {newest[0]} <{newest[1]}>\nTo: {to}\nSubject: {subject}\n"
             f"Date: {format_datetime(newest[2])}\nMIME-Version: 1.0\n{text_part}{newest[3]}"
             f"\n\n{older}")  # fmt: skip
    return (head + 'Content-Type: multipart/mixed; boundary="b-evalc"\n\n--b-evalc\n' + text_part
            + top + '\n--b-evalc\nContent-Type: message/rfc822\n'
            'Content-Disposition: attachment; filename="fwd.eml"\n\n'
            + inner + "\n--b-evalc--\n")  # fmt: skip
