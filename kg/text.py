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
import logging
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

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


DEFAULT_MAX_BYTES = 2_000_000  # a long news article is ~50 KB; Stanza needs ~100x a text's size in memory
MAX_SIDECAR_BYTES = 100_000
DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
LETTER = re.compile(r"[^\W\d_]")
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")

Report = Callable[[str], None]


def _log(message: str) -> None:
    logging.getLogger("kg").warning(message)


def _walk(folder: Path, follow_links: bool, report: Report, seen: set[str]) -> list[Path]:
    """The .txt files under ``folder``, sorted; a symbolic link is followed only
    with ``follow_links`` (else reported and skipped), a .txt that is not a
    regular file (FIFO, device, socket) is reported and skipped, and a folder
    that cannot be read is an error, not a silent gap."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as e:
        raise InputError(f"{folder}: cannot read the folder ({e.strerror or e})") from None
    found: list[Path] = []
    for e in entries:
        p = Path(e.path)
        try:
            link = e.is_symlink()
            is_dir = e.is_dir(follow_symlinks=True)
        except OSError:
            link, is_dir = e.is_symlink(), False
        if link and not follow_links:
            if is_dir or e.name.endswith(".txt"):
                report(f"{p}: skipped: a symbolic link (kg follows links only when named, or with --follow-links)")
            continue
        if is_dir:
            real = os.path.realpath(p)
            if real in seen:
                report(f"{p}: skipped: a folder already read (a link loop?)")
                continue
            seen.add(real)
            found.extend(_walk(p, follow_links, report, seen))
        elif e.name.endswith(".txt"):
            if e.is_file(follow_symlinks=True):
                found.append(p)
            else:
                report(f"{p}: skipped: not a regular file" + (" (a dangling link)" if link else ""))
    return found


def find_documents(paths: list[str | Path], follow_links: bool = False, report: Report | None = None) -> list[Path]:
    """The .txt files named or found (recursively, sorted) in the given folders.
    A path named on the command line is read even if it is a link; links met
    inside folders are not followed unless ``follow_links`` (each is reported),
    so a link to /etc/passwd dropped into a folder of articles is never read."""
    report = report or _log
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(_walk(p, follow_links, report, {os.path.realpath(p)}))
        elif p.exists() or p.is_symlink():
            found.append(p)
        else:
            raise InputError(f"{p}: no such file or directory")
    if not found:
        raise InputError(f"{', '.join(map(str, paths))}: no .txt documents found")
    return found


def _parse_date(value: str, where: Path) -> str:
    """Strictly ``YYYY-MM-DD`` (a time after it is allowed and dropped); nothing
    else is truncated into a date."""
    try:
        if not DATE.fullmatch(value):
            raise ValueError
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise InputError(f"{where}: 'published' must be a date like 2019-04-19, got {value!r}") from None


def _check_url(value: str, where: Path) -> str:
    """An absolute http(s) IRI, as the store will write it (schema:url): checked
    here, before any parsing, not when the graph is built."""
    import pyoxigraph as ox

    if not value.startswith(("http://", "https://")):
        raise InputError(f"{where}: 'url' must be an http:// or https:// URL, got {value!r}")
    try:
        ox.NamedNode(value)
    except ValueError as e:
        raise InputError(f"{where}: 'url' is not a valid IRI ({e}): {value!r}") from None
    return value


def _read_bytes(path: Path, limit: int, what: str) -> bytes:
    """A regular file's bytes, at most ``limit``: never blocks on a FIFO, never
    reads a device or /proc file whole, and names the file in every error."""
    try:
        st = path.stat()
    except OSError as e:
        raise InputError(f"{path}: cannot read the {what} ({e.strerror or e})") from None
    if not stat.S_ISREG(st.st_mode):
        kind = "a folder" if stat.S_ISDIR(st.st_mode) else "a FIFO" if stat.S_ISFIFO(st.st_mode) else "not a regular file"
        raise InputError(f"{path}: the {what} is {kind}, expected a regular file")
    if st.st_size > limit:
        raise InputError(f"{path}: {st.st_size:,} bytes, over the {limit:,}-byte limit for a {what} (--max-bytes)")
    try:
        with open(path, "rb") as f:
            data = f.read(limit + 1)
    except OSError as e:
        raise InputError(f"{path}: cannot read the {what} ({e.strerror or e})") from None
    if len(data) > limit:
        raise InputError(f"{path}: over the {limit:,}-byte limit for a {what} (--max-bytes)")
    return data


def read_sidecar(txt: Path, follow_links: bool = True, report: Report | None = None) -> dict:
    """Metadata from NAME.json beside NAME.txt, if there is one."""
    side = txt.with_suffix(".json")
    if not side.exists() and not side.is_symlink():
        return {}
    if side.is_symlink() and not follow_links:
        (report or _log)(f"{side}: skipped: a symbolic link (kg follows links only when named, or with --follow-links)")
        return {}
    data = _read_bytes(side, MAX_SIDECAR_BYTES, "sidecar")
    try:
        meta = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise InputError(f"{side}: sidecar is not valid UTF-8") from None
    except json.JSONDecodeError as e:
        raise InputError(f"{side}: sidecar is not valid JSON ({e.msg} at line {e.lineno})") from None
    except RecursionError:
        raise InputError(f"{side}: sidecar JSON is nested too deeply") from None
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
    if meta.get("url"):
        meta["url"] = _check_url(meta["url"], side)
    return meta


def content_warnings(text: str) -> list[str]:
    """What makes a text a poor fit for kg, without refusing it: kg reads Arabic
    plain text, so Latin-script text, HTML markup or a lone byte-order mark
    will give few or no claims."""
    out = []
    body = text.lstrip("\ufeff")
    if not body.strip():
        return ["only a byte-order mark: nothing to extract"]
    letters = LETTER.findall(body)
    arabic = sum(1 for ch in letters if ARABIC.match(ch))
    if letters and arabic / len(letters) < 0.5:
        out.append(f"mostly not Arabic ({arabic * 100 // len(letters)} % Arabic letters): kg extracts from Arabic text")
    tags = HTML_TAG.findall(body)
    if len(tags) >= 3:
        out.append(f"looks like HTML ({len(tags)} tags such as {tags[0][:30]!r}): give kg the article's plain text")
    return out


def read_document(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES, follow_links: bool = True,
                  report: Report | None = None) -> Document:
    """Read and validate one UTF-8 text file; the file stem is the document id."""
    path = Path(path)
    if path.suffix.lower() != ".txt":
        raise InputError(f"{path}: not a .txt file")
    if path.stem in (".", "..") or not path.stem.strip():
        raise InputError(f"{path}: {path.stem!r} cannot be a document id; rename the file")
    if not path.exists() and not path.is_symlink():
        raise InputError(f"{path}: no such file")
    data = _read_bytes(path, max_bytes, "document")
    if b"\x00" in data:
        raise InputError(f"{path}: binary file (contains NUL bytes), expected UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not valid UTF-8 (byte {e.start})") from None
    if not text.strip():
        raise InputError(f"{path}: empty document")
    meta = read_sidecar(path, follow_links, report)
    doc = Document(doc_id=path.stem, text=text, path=str(path), **meta)
    for w in content_warnings(text):
        (report or _log)(f"{path}: {w}")
    return doc


def read_documents(paths: list[str | Path], max_bytes: int = DEFAULT_MAX_BYTES, follow_links: bool = False,
                   report: Report | None = None) -> list[Document]:
    """All documents, validated up front; duplicate ids are an error.  ``report``
    gets one line per skipped path or warning (default: the ``kg`` logger)."""
    named = {str(p) for p in paths}
    docs, seen = [], {}
    for p in find_documents(paths, follow_links, report):
        d = read_document(p, max_bytes, follow_links or str(p) in named, report)
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
