"""Calendar dates written in a sentence, in the languages customers write ("March 16",
"3. März", "26 Feb", "6.3.2026", ISO), for the brief's timeline.

Pure and regex-based like the rest of the offline drafter. facts.py reads MONTH_RE from
here, so that "am 6. März" stays one sentence.
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {  # en, de, fr, es, it, pt, nl
    **dict.fromkeys(("january", "jan", "januar", "janvier", "jänner", "enero", "gennaio",
                     "janeiro", "januari"), 1),
    **dict.fromkeys(("february", "feb", "februar", "février", "fevrier", "febrero", "febbraio",
                     "fevereiro", "februari"), 2),
    **dict.fromkeys(("march", "mar", "märz", "maerz", "mars", "marzo", "março", "maart"), 3),
    **dict.fromkeys(("april", "apr", "avril", "abril", "aprile"), 4),
    **dict.fromkeys(("may", "mai", "mayo", "maggio", "maio", "mei"), 5),
    **dict.fromkeys(("june", "jun", "juni", "juin", "junio", "giugno", "junho"), 6),
    **dict.fromkeys(("july", "jul", "juli", "juillet", "julio", "luglio", "julho"), 7),
    **dict.fromkeys(("august", "aug", "août", "aout", "agosto", "augustus"), 8),
    **dict.fromkeys(("september", "sep", "sept", "septembre", "septiembre", "setiembre",
                     "settembre", "setembro"), 9),
    **dict.fromkeys(("october", "oct", "oktober", "octobre", "octubre", "ottobre", "outubro"),
                    10),
    **dict.fromkeys(("november", "nov", "novembre", "noviembre", "novembro"), 11),
    **dict.fromkeys(("december", "dec", "dezember", "décembre", "decembre", "diciembre",
                     "dicembre", "dezembro"), 12),
}  # fmt: skip
MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_DAY_MONTH = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|\.|º|°)?\s+(?:de\s+)?(?P<m>{MONTH_RE})\b\.?"
    r"(?:,?\s+(?:de\s+)?(?P<y>20\d\d))?",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    rf"\b(?P<m>{MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!:)(?:,?\s+(?P<y>20\d\d))?",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"\b(?P<y>20\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")
# 6.3.2026 / 06.03.26 / "am 6.3. um": day first, as everywhere that writes dots
_DOTTED_DATE = re.compile(
    r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?:(?P<y>(?:20)?\d\d)\b|(?=\s))(?!\.\d)"
)


def _resolve(day: int, month: int, year: int | None, ref: date) -> date | None:
    """A day-month with an optional year; the year is the one nearest to ``ref``."""
    years = [year] if year else [ref.year - 1, ref.year, ref.year + 1]
    candidates: list[date] = []
    for y in years:
        try:
            candidates.append(date(y, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    return min(candidates, key=lambda d: abs((d - ref).days))


def mentioned_dates(text: str, ref: date) -> list[date]:
    """Explicit calendar dates in a sentence ("March 16", "3. März", "26 Feb", ISO).

    Vague references ("next week", "Ende März") are left alone on purpose: a timeline
    entry with a guessed date would mislead the team.
    """
    found: list[date] = []
    for match in _ISO_DATE.finditer(text):
        resolved = _resolve(int(match["d"]), int(match["m"]), int(match["y"]), ref)
        if resolved:
            found.append(resolved)
    for match in _DOTTED_DATE.finditer(text):
        year = int(match["y"]) if match["y"] else None
        year = year + 2000 if year is not None and year < 100 else year
        number = int(match["m"])
        resolved = _resolve(int(match["d"]), number, year, ref) if 1 <= number <= 12 else None
        if resolved and resolved not in found:
            found.append(resolved)
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        for match in pattern.finditer(text):
            month = _MONTHS.get(match["m"].lower())
            year = int(match["y"]) if match["y"] else None
            resolved = _resolve(int(match["d"]), month, year, ref) if month else None
            if resolved and resolved not in found:
                found.append(resolved)
    return found
