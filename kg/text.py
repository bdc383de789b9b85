"""Stage 1 -- text: find, read and validate the documents to ingest.

Provides :class:`Document` (id, text exactly as read, metadata).  Every
document is validated before anything is parsed or written, so a bad file
stops the ingest with a message naming the file and the store stays as it
was.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

SIDECAR_KEYS = {"title", "url", "outlet", "published"}
# the years and numeric dates a news text mentions (as kg.ingest reads years for titles)
YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")
NUMERIC_DATE = re.compile(r"(?<!\d)(?:(19[5-9]\d|20[0-4]\d)[-/.](\d{1,2})[-/.]\d{1,2}"
                          r"|\d{1,2}[-/.](\d{1,2})[-/.](19[5-9]\d|20[0-4]\d))(?!\d)")


class InputError(ValueError):
    """A document that cannot be ingested; the message names the file and why."""


@dataclass
class Document:
    doc_id: str
    text: str
    path: str = ""
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    content_hash: str = field(default="")

    def __post_init__(self) -> None:
        if not self.content_hash:
            meta = json.dumps([self.title, self.url, self.outlet, self.published], ensure_ascii=False)
            self.content_hash = hashlib.sha256((self.text + "\x00" + meta).encode("utf-8")).hexdigest()

    @property
    def text_hash(self) -> str:
        """Hash of the text alone: the parse cache key (metadata does not change a parse)."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def find_documents(paths: list[str | Path]) -> list[Path]:
    """The .txt files named or found (recursively, sorted) in the given folders."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(sorted(q for q in p.rglob("*.txt") if q.is_file()))
        elif p.exists():
            found.append(p)
        else:
            raise InputError(f"{p}: no such file or directory")
    if not found:
        raise InputError(f"{', '.join(map(str, paths))}: no .txt documents found")
    return found


def _parse_date(value: str, where: Path) -> str:
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise InputError(f"{where}: 'published' must be a date like 2019-04-19, got {value!r}") from None


def read_sidecar(txt: Path) -> dict:
    """Metadata from NAME.json beside NAME.txt, if there is one."""
    side = txt.with_suffix(".json")
    if not side.exists():
        return {}
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise InputError(f"{side}: sidecar is not valid UTF-8") from None
    except json.JSONDecodeError as e:
        raise InputError(f"{side}: sidecar is not valid JSON ({e.msg} at line {e.lineno})") from None
    if not isinstance(meta, dict):
        raise InputError(f"{side}: sidecar must be a JSON object with title/url/outlet/published")
    unknown = set(meta) - SIDECAR_KEYS
    if unknown:
        raise InputError(f"{side}: unknown sidecar keys {sorted(unknown)}; expected {sorted(SIDECAR_KEYS)}")
    for k, v in meta.items():
        if v is not None and not isinstance(v, str):
            raise InputError(f"{side}: '{k}' must be a string")
    if meta.get("published"):
        meta["published"] = _parse_date(meta["published"], side)
    return meta


def read_document(path: str | Path) -> Document:
    """Read and validate one UTF-8 text file; the file stem is the document id."""
    path = Path(path)
    if path.suffix.lower() != ".txt":
        raise InputError(f"{path}: not a .txt file")
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    data = path.read_bytes()
    if b"\x00" in data:
        raise InputError(f"{path}: binary file (contains NUL bytes), expected UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not valid UTF-8 (byte {e.start})") from None
    if not text.strip():
        raise InputError(f"{path}: empty document")
    meta = read_sidecar(path)
    return Document(doc_id=path.stem, text=text, path=str(path), **meta)


def read_documents(paths: list[str | Path]) -> list[Document]:
    """All documents, validated up front; duplicate ids are an error."""
    docs, seen = [], {}
    for p in find_documents(paths):
        d = read_document(p)
        if d.doc_id in seen:
            raise InputError(f"{p}: document id {d.doc_id!r} also used by {seen[d.doc_id]}")
        seen[d.doc_id] = p
        docs.append(d)
    return docs


def inferred_period(text: str) -> str | None:
    """When a document without a ``published`` date is from, as far as its text says: the
    latest year it mentions (the year kg resolves titles in), as ``YYYY-MM`` when a numeric date
    in the text gives that year's month (the latest such), else ``YYYY``; None without a year.
    Shown as inferred, never as a publication date."""
    years = [int(y) for y in YEAR.findall(text)]
    if not years:
        return None
    year = max(years)
    months = []
    for m in NUMERIC_DATE.finditer(text):
        y, mo = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if int(y) == year and 1 <= int(mo) <= 12:
            months.append(int(mo))
    return f"{year:04d}-{max(months):02d}" if months else f"{year:04d}"
