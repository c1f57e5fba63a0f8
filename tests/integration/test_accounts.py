from __future__ import annotations

from datetime import date

import pytest

from mailbot.errors import AccountsImportError
from mailbot.store.accounts import (
    account_by_name,
    account_for_domain,
    decode_csv,
    import_accounts,
    parse_accounts_csv,
)
from mailbot.store.db import Database

CSV = """name,domains,arr,currency,renewal_date,tier,strategic,csm
Acme Corp,acme.example;acme-corp.example,85000,EUR,2026-05-16,Enterprise,true,jane@example.com
Globex,globex.example,"120,000",USD,2026-11-30,Growth,no,omar@example.com
"""


def test_import_and_lookup_by_domain(db: Database) -> None:
    facts = parse_accounts_csv(CSV)
    with db.session() as session:
        assert import_accounts(session, facts) == 2
    with db.session() as session:
        acme = account_for_domain(session, "mail.acme.example")
        assert acme is not None and acme.name == "Acme Corp"
        assert acme.arr == 85000 and acme.currency == "EUR" and acme.strategic
        assert acme.renewal_date == date(2026, 5, 16)
        assert acme.arr_label() == "EUR 85k ARR"
        assert acme.domains == ("acme-corp.example", "acme.example")
        globex = account_by_name(session, "globex")
        assert globex is not None and globex.arr == 120000 and not globex.strategic
        assert account_for_domain(session, "unknown.example") is None


def test_reimport_updates_in_place(db: Database) -> None:
    with db.session() as session:
        import_accounts(session, parse_accounts_csv(CSV))
    changed = CSV.replace("85000", "90000").replace("acme.example;", "acme.example;acme.io;")
    with db.session() as session:
        import_accounts(session, parse_accounts_csv(changed))
    with db.session() as session:
        acme = account_for_domain(session, "acme.io")
        assert acme is not None and acme.arr == 90000


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (",acme.example,1,EUR,,,,", "line 2: name is empty"),
        ("Acme,,1,EUR,,,,", "line 2: domains is empty"),
        ("Acme,acme.example,lots,EUR,,,,", "line 2"),
        ("Acme,acme.example,1,EUR,16/05/2026,,,", "line 2"),
        ("Acme,acme.example,1,EUR,,,maybe,", "strategic must be true/false"),
    ],
)
def test_row_errors_are_reported_and_nothing_imported(row: str, message: str) -> None:
    header = CSV.splitlines()[0]
    with pytest.raises(AccountsImportError) as info:
        parse_accounts_csv(f"{header}\n{row}\n")
    assert message in str(info.value)


def test_duplicate_domain_across_rows() -> None:
    text = CSV + "Other,acme.example,1,USD,,,,\n"
    with pytest.raises(AccountsImportError, match=r"domain acme\.example already on line 2"):
        parse_accounts_csv(text)


def test_missing_header() -> None:
    with pytest.raises(AccountsImportError, match="missing column"):
        parse_accounts_csv("company,arr\nAcme,1\n")


def test_import_reports_progress_every_n_rows(db: Database) -> None:
    rows = "".join(f"Account {i},a{i}.example\n" for i in range(5))
    calls: list[tuple[int, int]] = []
    with db.session() as session:
        count = import_accounts(
            session,
            parse_accounts_csv("name,domains\n" + rows),
            lambda done, total: calls.append((done, total)),
            every=2,
        )
    assert count == 5 and calls == [(2, 5), (4, 5)]


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("name,domains\r\nZoë,z.example\r\n".encode(), "Zoë"),
        ("name,domains\r\nZoë,z.example\r\n".encode("utf-8-sig"), "Zoë"),
        ("name,domains\r\nZoë,z.example\r\n".encode("cp1252"), "Zoë"),
        ("name,domains\r\nZoë,z.example\r\n".encode("utf-16"), "Zoë"),
        ("name,domains\r\nZoë,z.example\r\n".encode("utf-32"), "Zoë"),
        ("name,domains\r\n“Quoted” €,z.example\r\n".encode("cp1252"), "“Quoted” €"),
    ],
)
def test_decode_csv_reads_spreadsheet_encodings(data: bytes, text: str) -> None:
    decoded = decode_csv(data)
    assert decoded.startswith("name,domains") and text in decoded
    assert parse_accounts_csv(decoded)[0].name == text


def test_semicolon_separated_csv() -> None:
    facts = parse_accounts_csv('name;domains;arr\nAcme;"acme.example;acme.io";"85000"\n')
    assert facts[0].domains == ("acme.example", "acme.io") and facts[0].arr == 85000
