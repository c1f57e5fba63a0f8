"""Who the customer is, the one-line headline, and the commercial context.

The headline follows the seed's shape — "API latency issue affecting Acme Corp -- P1 open
12 days, EUR 85k ARR, renewal in 67 days" — and drops any part that is not known rather
than guessing it. Money and renewal dates come only from the trusted accounts table; when
there is none, the CSM's note (trusted, but free text) is quoted instead.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from mailbot.domain import AccountFacts, Category, Severity
from mailbot.drafting.facts import domain_of, sentences, shorten
from mailbot.inbound.message import ForwardedThread

_FREE_MAIL = frozenset(
    [
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "yahoo.com",
        "icloud.com",
        "me.com",
        "aol.com",
        "gmx.de",
        "gmx.net",
        "web.de",
        "t-online.de",
        "proton.me",
        "protonmail.com",
        "orange.fr",
        "free.fr",
        "laposte.net",
    ]
)
_TWO_LEVEL_SUFFIXES = frozenset(
    ["co.uk", "org.uk", "ac.uk", "com.au", "co.jp", "com.br", "co.nz", "co.za", "com.mx"]
)
_COMPANY_SUFFIXES = frozenset(
    [
        "Corp",
        "Corp.",
        "Corporation",
        "Inc",
        "Inc.",
        "Ltd",
        "Ltd.",
        "LLC",
        "GmbH",
        "AG",
        "SA",
        "SAS",
        "SARL",
        "BV",
        "NV",
        "Plc",
        "Industries",
        "Enterprises",
        "Systems",
        "Group",
        "Holdings",
        "Technologies",
        "Labs",
        "Co.",
        "KG",
    ]
)
_SUBJECT_PREFIX = re.compile(
    r"^\s*(?:(?:re|fwd?|fw|aw|wg|tr|sv|vs|rv|antw|urgent|important|dringend)\s*:\s*)+", re.I
)
_PLEVEL = re.compile(r"\bP[1-4]\b")
_CATEGORIES = frozenset(c.value for c in Category)
_SEVERITIES = frozenset(s.value for s in Severity)
_COMMERCIAL = re.compile(
    r"\bARR\b|\brenew\w*|\bcontract\b|\btier\b|\bseats?\b|\bstrategic\b|\bEUR\b|\bUSD\b|[€$£]"
    r"|\bVertrag\b|\bcontrat\b",
    re.I,
)


def customer_domain(
    thread: ForwardedThread, own_domains: frozenset[str], account: AccountFacts | None = None
) -> str:
    """The first forwarded sender's domain that is the account's, else not ours."""
    senders = [domain_of(m.sender) for m in thread.messages if m.sender]
    if account:
        for domain in senders:
            if domain in {d.lower() for d in account.domains}:
                return domain
    return next((d for d in senders if d not in own_domains), "")


def _domain_label(domain: str) -> str:
    parts = domain.split(".")
    if len(parts) >= 3 and ".".join(parts[-2:]) in _TWO_LEVEL_SUFFIXES:
        return parts[-3]
    return parts[-2] if len(parts) >= 2 else parts[0]


def _name_candidates(
    label: str, texts: list[str]
) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Spellings of the company next to its domain label: with a legal suffix, in a
    signature line ("Title, Company"), or just the capitalised label."""
    pattern = re.compile(rf"(?i:\b{re.escape(label)}\b)((?:[ ][A-Z][\w&]*\.?){{0,2}})")
    suffixed: Counter[str] = Counter()
    signed: Counter[str] = Counter()
    plain: Counter[str] = Counter()
    for text in texts:
        for line in text.splitlines():
            for match in pattern.finditer(line):
                head = match.group(0)[: len(label)]
                if not head[0].isupper():
                    continue
                words = [head, *match.group(1).split()]
                ends = [i for i, w in enumerate(words) if w in _COMPANY_SUFFIXES]
                if ends:
                    suffixed[" ".join(words[: ends[-1] + 1])] += 1
                elif len(line) < 70 and re.search(
                    rf"(?:^|[,|]\s*){re.escape(match.group(0))}\s*$", line
                ):
                    signed[match.group(0).strip()] += 1
                else:
                    plain[head] += 1
    return suffixed, signed, plain


def customer_name(thread: ForwardedThread, domain: str, account: AccountFacts | None = None) -> str:
    """Account name if known, else the company as the thread spells it, else the domain."""
    if account:
        return account.name
    if not domain or domain in _FREE_MAIL:
        return ""
    label = _domain_label(domain)
    texts = [thread.note] + [f"{m.subject}\n{m.body}" for m in thread.messages]
    for found in _name_candidates(label, texts):
        if found:
            return max(found, key=lambda name: (found[name], len(name)))
    return label.replace("-", " ").title()


def issue_summary(thread: ForwardedThread, fallback: str) -> str:
    """What is happening, from the thread's original subject (prefixes removed)."""
    for message in thread.messages:
        subject = _SUBJECT_PREFIX.sub("", message.subject).strip()
        if subject:
            return subject
    first = sentences(thread.note)
    return first[0] if first else fallback


def days_open(thread: ForwardedThread, today: date | None) -> int | None:
    dated = [m.date.date() for m in thread.messages if m.date is not None]
    if not dated or today is None:
        return None
    return max(0, (today - min(dated)).days)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def category_label(category: Category) -> str:
    """ "Relationship at risk" for ``relationship_at_risk``: the headline's leading words."""
    return category.value.replace("_", " ").capitalize()


def rederive(text: str, before: dict[str, str], after: dict[str, str]) -> str:
    """The headline re-said for overridden fields, so it never contradicts the brief.

    A ``category:`` override swaps the category's leading label ("Relationship at risk: …"
    becomes "Feature gap: …"), ``severity:`` the P-level and ``account:`` the customer's
    name; whatever the headline does not carry is left alone (a model's free wording).
    """
    old, new = before.get("category", ""), after.get("category", "")
    if old != new and {old, new} <= _CATEGORIES:
        label = re.escape(category_label(Category(old)))
        new_label = category_label(Category(new))
        leading = rf"^\s*{label}(?=\s*(?::|--|$))"  # "Label: what …" or "Label -- P3"
        text = re.sub(leading, new_label, text, count=1, flags=re.I)
    if after.get("severity", "") in _SEVERITIES:
        text = _PLEVEL.sub(Severity(after["severity"]).priority, text)
    old, new = before.get("account", ""), after.get("account", "")
    if old and new and old != new:
        text = re.sub(rf"(?<!\w){re.escape(old)}(?!\w)", lambda _m: new, text)
    return text[:200]


def headline(
    what: str,
    customer: str,
    severity: Severity,
    open_days: int | None,
    account: AccountFacts | None,
    today: date | None,
) -> str:
    """The seed's one-liner: what, which customer, what is at stake (unknown parts omitted)."""
    stake = severity.priority + (
        f" open {_plural(open_days, 'day')}" if open_days is not None else ""
    )
    stakes = [stake]
    if account and account.arr_label():
        stakes.append(str(account.arr_label()))
    if account and account.renewal_date and today and account.renewal_date >= today:
        stakes.append(f"renewal in {_plural((account.renewal_date - today).days, 'day')}")
    tail = (f" affecting {customer}" if customer else "") + " -- " + ", ".join(stakes)
    return shorten(what, 200 - len(tail)) + tail


def commercial_context(account: AccountFacts | None, note: str, today: date | None) -> str:
    """ARR, renewal, tier and strategic flag from the accounts table, else the CSM's words."""
    if account is None:
        said = [s for s in sentences(note) if _COMMERCIAL.search(s)]
        if said:
            return shorten("No account record matched; the CSM's note says: " + " ".join(said), 400)
        return "Not known: no account record matched the customer's domain."
    parts = [f"Account: {account.name}"]
    if account.arr is not None:
        parts.append(f"ARR: {account.currency} {account.arr:,}")
    if account.renewal_date:
        renewal = f"renewal: {account.renewal_date.isoformat()}"
        if today:
            days = (account.renewal_date - today).days
            renewal += f" (in {_plural(days, 'day')})" if days >= 0 else " (date passed)"
        parts.append(renewal)
    if account.tier:
        parts.append(f"tier: {account.tier}")
    if account.strategic:
        parts.append("strategic account")
    return shorten("; ".join(parts), 400)
