"""Accounts table: CSV import with row-level errors, and lookup by email domain (SPEC §4).

The import is all-or-nothing: a CSV with one bad row changes nothing, and the error lists
every bad row with its line number, so the operator fixes the file in one go.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable
from datetime import date

from pydantic import ValidationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from mailbot.domain import AccountFacts
from mailbot.errors import AccountsImportError
from mailbot.store.tables import Account, AccountDomain, Escalation

COLUMNS = ("name", "domains", "arr", "currency", "renewal_date", "tier", "strategic", "csm")
_TRUE = {"1", "true", "yes", "y"}
_FALSE = {"0", "false", "no", "n", ""}


def _row_to_facts(row: dict[str, str]) -> AccountFacts:
    domains = tuple(
        d.strip().lower().lstrip("@") for d in row.get("domains", "").replace(";", " ").split()
    )
    if not row.get("name", "").strip():
        raise ValueError("name is empty")
    if not domains:
        raise ValueError("domains is empty (use 'acme.com;acme.io')")
    strategic = row.get("strategic", "").strip().lower()
    if strategic not in _TRUE | _FALSE:
        raise ValueError(f"strategic must be true/false, got {strategic!r}")
    arr = row.get("arr", "").strip().replace(",", "").replace("_", "")
    renewal = row.get("renewal_date", "").strip()
    return AccountFacts(
        name=row["name"].strip(),
        domains=domains,
        arr=int(float(arr)) if arr else None,
        currency=(row.get("currency", "").strip().upper() or "USD")[:3],
        renewal_date=date.fromisoformat(renewal) if renewal else None,
        tier=row.get("tier", "").strip() or None,
        strategic=strategic in _TRUE,
        csm=row.get("csm", "").strip().lower() or None,
    )


_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_csv(data: bytes) -> str:
    """Text of a CSV as spreadsheets save it: BOM-marked UTF-8/16/32, else UTF-8, else cp1252.

    Excel writes "CSV UTF-8" with a BOM, "Unicode text" as UTF-16 with a BOM and plain
    "CSV" in the Windows code page; anything else is refused with one line saying how to
    save it, rather than importing mangled names.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise AccountsImportError([f"encoding: invalid {encoding} ({exc.reason})"]) from exc
    if b"\x00" in data:
        raise AccountsImportError(["encoding: looks like UTF-16 without a byte-order mark"])
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise AccountsImportError(
        ["encoding: neither UTF-8 nor Windows-1252; save the file as 'CSV UTF-8'"]
    )


def _delimiter(text: str) -> str:
    """Excel in many locales separates with ';' (or tabs for "Unicode text"): ask the header."""
    header = text.split("\n", 1)[0]
    return max((",", ";", "\t"), key=header.count) if header.count(",") == 0 else ","


def parse_accounts_csv(text: str) -> list[AccountFacts]:
    reader = csv.DictReader(io.StringIO(text), delimiter=_delimiter(text))
    missing = [c for c in ("name", "domains") if c not in (reader.fieldnames or [])]
    if missing:
        raise AccountsImportError([f"header: missing column(s) {', '.join(missing)}"])
    facts: list[AccountFacts] = []
    errors: list[str] = []
    seen: dict[str, int] = {}
    for line, row in enumerate(reader, start=2):
        try:
            item = _row_to_facts({k: (v or "") for k, v in row.items() if k})
        except (ValueError, ValidationError) as exc:
            errors.append(f"line {line}: {str(exc).splitlines()[0]}")
            continue
        for domain in item.domains:
            if domain in seen:
                errors.append(f"line {line}: domain {domain} already on line {seen[domain]}")
            seen[domain] = line
        facts.append(item)
    if errors:
        raise AccountsImportError(errors)
    return facts


def import_accounts(
    session: Session,
    facts: list[AccountFacts],
    progress: Callable[[int, int], None] | None = None,
    every: int = 1000,
) -> int:
    """Upsert by name; an account's domains are replaced by the file's.

    ``progress(done, total)`` is called every ``every`` rows, so a long import shows life.
    """
    for done, item in enumerate(facts, start=1):
        if progress is not None and done % every == 0:
            progress(done, len(facts))
        account = session.scalars(select(Account).where(Account.name == item.name)).first()
        if account is None:
            account = Account(name=item.name)
            session.add(account)
        account.arr = item.arr
        account.currency = item.currency
        account.renewal_date = item.renewal_date
        account.tier = item.tier or ""
        account.strategic = item.strategic
        account.csm = item.csm or ""
        session.flush()
        session.execute(delete(AccountDomain).where(AccountDomain.account_id == account.id))
        session.execute(delete(AccountDomain).where(AccountDomain.domain.in_(item.domains)))
        session.add_all(AccountDomain(domain=d, account_id=account.id) for d in item.domains)
    return len(facts)


def _facts(session: Session, account: Account) -> AccountFacts:
    domains = session.scalars(
        select(AccountDomain.domain).where(AccountDomain.account_id == account.id)
    )
    return AccountFacts(
        name=account.name,
        domains=tuple(sorted(domains)),
        arr=account.arr,
        currency=account.currency,
        renewal_date=account.renewal_date,
        tier=account.tier or None,
        strategic=account.strategic,
        csm=account.csm or None,
    )


def account_for_domain(session: Session, domain: str) -> AccountFacts | None:
    """Exact domain first, then parent domains (mail.acme.com → acme.com)."""
    parts = domain.lower().strip(".").split(".")
    for i in range(len(parts) - 1):
        candidate = ".".join(parts[i:])
        row = session.get(AccountDomain, candidate)
        if row is not None:
            account = session.get(Account, row.account_id)
            if account is not None:
                return _facts(session, account)
    return None


def account_by_name(session: Session, name: str) -> AccountFacts | None:
    stmt = select(Account).where(Account.name.ilike(name.strip()))
    account = session.scalars(stmt).first()
    return _facts(session, account) if account else None


def account_of(session: Session, esc: Escalation) -> AccountFacts | None:
    """The trusted account of an escalation: matched by the customer's domain or set by the
    CSM's ``account:`` override, never by drafter (model) text, because account rules can
    add recipients."""
    return account_for_domain(session, esc.account_domain) if esc.account_domain else None


def apply_account_override(session: Session, esc: Escalation, name: str) -> None:
    """The CSM named the account: take its facts when it is known, else only the label."""
    facts = account_by_name(session, name)
    if facts is None:
        esc.account_name, esc.account_domain, esc.arr = name[:200], "", None
        return
    esc.account_name, esc.arr, esc.currency = facts.name, facts.arr, facts.currency
    esc.account_domain = facts.domains[0] if facts.domains else ""
