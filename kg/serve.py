"""``kg serve``: the store as a read-only SPARQL 1.1 Protocol endpoint.

kg does not implement an HTTP server: it runs Oxigraph's own one
(``oxigraph serve-read-only`` from the ``oxigraph`` package on PyPI, the same
engine and on-disk format as the ``pyoxigraph`` kg writes with).  Oxigraph
answers GET and POST queries with content negotiation (SPARQL JSON, XML, CSV,
TSV; Turtle, N-Triples, RDF/XML for graphs), refuses updates with 403 in
read-only mode, and serves its own query UI at ``/``.  kg stores one named
graph per document, so the server is started with ``--union-default-graph``:
a query without ``GRAPH`` sees everything, exactly like ``kg query``.

kg does not hand the public port to Oxigraph, though: it listens itself
(a small threaded HTTP gateway) and runs ``--max-queries`` Oxigraph servers
on private loopback ports, one query at a time each, because Oxigraph 0.5
can neither refuse federation nor stop every query (a 4-way cartesian
product under ``COUNT`` ignores its ``--timeout-s``).  The gateway:

* refuses ``SERVICE`` (federation) before anything runs, unless its hosts
  were allowed (``--allow-federation HOST``); the Oxigraph servers also run
  under a seccomp filter that fails ``connect()``, so even a query sent to
  one directly cannot make it fetch a URL (federation allowed: no filter);
* runs at most ``--max-queries`` queries at once (others wait up to 10 s,
  then get 503) and kills a query's server when it passes ``--timeout``
  (wall clock, 503 to the client) or when its client hangs up; a fresh
  server takes the slot (read-only RocksDB opens in a fraction of a second);
* answers only reads: updates and Graph Store writes get 403;
* reloads: a server whose snapshot is older than the store's last commit
  is restarted before it takes a query, and every answer carries
  ``X-KG-Snapshot`` (when its server read the store);
* caps each server's address space (``--max-memory`` shared among them);
  one that dies of it is replaced;
* the URL is printed only once it accepts connections, and the servers die
  with kg (PR_SET_PDEATHSIG on Linux).
"""
from __future__ import annotations

import datetime as dt
import http.client
import os
import queue
import select
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

from kg.store.base import FederationRefused, check_federation


class ServeError(RuntimeError):
    """The endpoint cannot be started; the message says why."""


def oxigraph_executable() -> str:
    """The ``oxigraph`` console script, preferring the one beside this Python
    (a venv's bin/ is often not on PATH when kg is run by its full path)."""
    here = Path(sys.executable).parent / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
    if here.exists():
        return str(here)
    found = shutil.which("oxigraph")
    if not found:
        raise ServeError("the `oxigraph` server is not installed; `pip install oxigraph` "
                         "(it is a dependency of kg, so reinstalling kg also works)")
    return found


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now (for --port 0 and tests)."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def endpoint_url(host: str, port: int) -> str:
    h = f"[{host}]" if ":" in host else host
    return f"http://{h}:{port}/query"


def server_command(location: str | Path, host: str, port: int, timeout_s: int) -> list[str]:
    h = f"[{host}]" if ":" in host else host
    cmd = [oxigraph_executable(), "serve-read-only", "--location", str(location),
           "--bind", f"{h}:{port}", "--union-default-graph"]
    if timeout_s > 0:
        cmd += ["--timeout-s", str(timeout_s)]
    return cmd


SECCOMP_ARCH = {"x86_64": (0xC000003E, 42), "aarch64": (0xC00000B7, 203)}  # AUDIT_ARCH_*, __NR_connect


def _no_connect_filter():
    """A seccomp program that makes ``connect`` fail with EPERM: a server under
    it can accept clients but never open a connection itself, so no query can
    make it fetch a URL (``SERVICE``), whatever its text.  None where seccomp
    is not available (not Linux, or an architecture not listed)."""
    import ctypes
    import platform

    if not sys.platform.startswith("linux") or platform.machine() not in SECCOMP_ARCH:
        return None
    arch, nr_connect = SECCOMP_ARCH[platform.machine()]

    class SockFilter(ctypes.Structure):
        _fields_ = [("code", ctypes.c_ushort), ("jt", ctypes.c_ubyte), ("jf", ctypes.c_ubyte), ("k", ctypes.c_uint)]

    class SockFprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(SockFilter))]

    allow, eperm = 0x7FFF0000, 0x00050000 | 1
    prog = [(0x20, 0, 0, 4),           # A = seccomp_data.arch
            (0x15, 1, 0, arch),        # our architecture: go on, else allow (cannot judge)
            (0x06, 0, 0, allow),
            (0x20, 0, 0, 0),           # A = seccomp_data.nr
            (0x15, 0, 1, nr_connect),  # connect: EPERM
            (0x06, 0, 0, eperm),
            (0x06, 0, 0, allow)]
    filters = (SockFilter * len(prog))(*[SockFilter(*f) for f in prog])
    return SockFprog(len(prog), filters), filters  # keep the array alive with the program


def _limits(max_memory_bytes: int, no_connect: bool = False) -> Callable[[], None]:
    """preexec_fn for a server or query process: memory cap and, on Linux,
    no outgoing connections (``no_connect``: seccomp) and death with its parent."""
    seccomp = _no_connect_filter() if no_connect else None  # None off Linux: kg's SERVICE check still holds
    import ctypes
    libc = ctypes.CDLL(None, use_errno=True) if sys.platform.startswith("linux") else None

    def apply() -> None:
        os.setsid()  # own process group: Ctrl-C in kg's terminal goes through kg
        if max_memory_bytes > 0:
            import resource
            resource.setrlimit(resource.RLIMIT_AS, (max_memory_bytes, max_memory_bytes))
        if libc is not None:
            libc.prctl(1, signal.SIGTERM, 0, 0, 0)  # PR_SET_PDEATHSIG
            if seccomp is not None:
                if libc.prctl(38, 1, 0, 0, 0) != 0 or libc.prctl(22, 2, ctypes.byref(seccomp[0]), 0, 0) != 0:
                    os._exit(97)  # PR_SET_NO_NEW_PRIVS, PR_SET_SECCOMP: never run the server unfenced
    return apply


def _wait_listening(proc: subprocess.Popen, host: str, port: int, deadline_s: float = 30.0) -> None:
    t_end = time.monotonic() + deadline_s
    while time.monotonic() < t_end:
        if proc.poll() is not None:
            err = proc.stderr.read().decode("utf-8", "replace").strip() if proc.stderr else ""
            raise ServeError(f"oxigraph exited with code {proc.returncode}: {err[-500:] or 'no message'}")
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    proc.terminate()
    raise ServeError(f"oxigraph did not listen on {host}:{port} within {deadline_s:.0f} s")


def stop_process(proc: subprocess.Popen, grace_s: float = 5) -> None:
    """Ask a server to stop (SIGTERM, so it can close its store), then kill it after ``grace_s``."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(grace_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def store_version(location: str | Path) -> tuple:
    """What changes whenever a writer commits to the store: RocksDB's CURRENT
    and MANIFEST files (a flush appends to the manifest)."""
    out = []
    try:
        for e in os.scandir(location):
            if e.name == "CURRENT" or e.name.startswith("MANIFEST-"):
                st = e.stat()
                out.append((e.name, st.st_size, st.st_mtime_ns))
    except OSError:
        pass
    return tuple(sorted(out))


def _log_line(message: str) -> None:
    """One whole line on stderr in a single write, so that it never lands inside a line of stdout
    when both go to the same file."""
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def prefixes_note() -> str:
    """What the served endpoint does not do for its users: predeclare kg's prefixes (Oxigraph's
    server and UI know none), so the block to paste in front of a query."""
    from kg.store import SPARQL_PREFIXES

    return ("kg serve: the endpoint predeclares no prefixes (kg query and the explorer do); "
            "start queries with:\n" + SPARQL_PREFIXES.rstrip("\n"))


class Backend:
    """One ``oxigraph serve-read-only`` process on a private loopback port,
    given one request at a time, so stopping a query is killing its process
    (Oxigraph 0.5 does not check for cancellation in every operator).  It
    reads the store as it was when it started: ``snapshot`` is that time."""

    def __init__(self, location: str, timeout_s: int, max_memory: int, federation: bool,
                 log: Callable[[str], None]):
        self.location, self.timeout_s, self.max_memory, self.federation, self.log = \
            location, timeout_s, max_memory, federation, log
        self.proc: subprocess.Popen | None = None
        self.port = 0
        self.version: tuple = ()
        self.snapshot = 0.0

    def start(self, attempts: int = 5) -> None:
        """Start on the store as it is now; a writer may be swapping files at
        that moment, so a failed open is tried again a few times."""
        for attempt in range(attempts):
            self.version, self.snapshot = store_version(self.location), time.time()
            self.port = free_port()
            self.proc = subprocess.Popen(server_command(self.location, "127.0.0.1", self.port, self.timeout_s),
                                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                         preexec_fn=_limits(self.max_memory, no_connect=not self.federation)
                                         if os.name == "posix" else None)
            try:
                _wait_listening(self.proc, "127.0.0.1", self.port)
            except ServeError:
                stop_process(self.proc, 1)
                if attempt == attempts - 1:
                    raise
                time.sleep(0.2 * (attempt + 1))
                continue
            threading.Thread(target=self._relay, args=(self.proc,), daemon=True).start()
            return

    def _relay(self, proc: subprocess.Popen) -> None:  # its stderr into ours, so the pipe never fills
        for line in iter(proc.stderr.readline, b""):
            text = line.decode("utf-8", "replace").rstrip()
            if not text.startswith("Listening for requests"):  # its private port: not the endpoint users call
                self.log("oxigraph: " + text)

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> None:
        if self.alive:
            self.proc.kill()
            self.proc.wait()

    def stale(self) -> bool:
        return store_version(self.location) != self.version


MAX_BODY = 10_000_000  # bytes of a POSTed query
HOP_HEADERS = {"server", "connection", "keep-alive", "transfer-encoding", "content-length", "te", "trailer", "upgrade",
               "proxy-authorization", "proxy-authenticate", "host"}


class Gateway(ThreadingHTTPServer):
    """The public endpoint: checks each request, hands it to an idle
    :class:`Backend` and relays the answer, killing the backend when the
    query passes its wall-clock limit or its client hangs up."""

    daemon_threads = True

    def __init__(self, location: str, host: str, port: int, timeout_s: int = 30, max_queries: int = 2,
                 max_memory_gb: float = 4.0, allow_federation: tuple[str, ...] = (), queue_s: float = 10.0,
                 log: Callable[[str], None] | None = None):
        self.location, self.timeout_s, self.queue_s = location, timeout_s, queue_s
        self.allow_federation = tuple(allow_federation)
        self.max_queries = max_queries
        self.log = log or _log_line
        self.stopped = threading.Event()
        memory = int(max_memory_gb * 2**30 / max_queries) if max_memory_gb > 0 else 0
        self.backends = [Backend(location, timeout_s, memory, bool(allow_federation), self.log)
                         for _ in range(max_queries)]
        self.idle: queue.Queue[Backend] = queue.Queue()
        self.restarts: queue.Queue[tuple[Backend, threading.Event | None]] = queue.Queue()
        self.stopped_queries = 0
        try:
            for b in self.backends:
                b.start()
                self.idle.put(b)
            family = socket.AF_INET6 if ":" in host else socket.AF_INET
            self.address_family = family
            super().__init__((host, port), GatewayHandler)
        except BaseException:
            self.close_backends()
            raise
        threading.Thread(target=self._keeper, daemon=True).start()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return endpoint_url(host, port)

    def acquire(self) -> Backend | None:
        try:
            b = self.idle.get(timeout=self.queue_s)
        except queue.Empty:
            return None
        if not b.alive or b.stale():  # died (memory cap) or the store changed: a fresh snapshot first
            why = "the store changed" if b.alive else f"it exited with code {b.proc.returncode}"
            self.log(f"kg serve: reloading a query server ({why})")
            ready = threading.Event()
            self.restarts.put((b, ready))
            ready.wait()
            if not b.alive:
                return None
        return b

    def release(self, b: Backend, killed: bool) -> None:
        if killed:
            self.restarts.put((b, None))
        else:
            self.idle.put(b)

    def _keeper(self) -> None:
        """Starts every replacement server.  One long-lived thread, because
        PR_SET_PDEATHSIG is bound to the thread that forks: a server started
        from a request's thread would be killed when that thread ends."""
        while not self.stopped.is_set():
            try:
                b, ready = self.restarts.get(timeout=0.5)
            except queue.Empty:
                continue
            while not self.stopped.is_set():
                b.kill()
                try:
                    b.start()
                    break
                except ServeError as e:
                    self.log(f"kg serve: {e}; trying again")
                    self.stopped.wait(1)
            if ready is not None:
                ready.set()
            else:
                self.idle.put(b)

    def close_backends(self) -> None:
        self.stopped.set()
        for b in self.backends:
            if b.proc is not None:
                stop_process(b.proc, 2)


def _client_gone(sock: socket.socket) -> bool:
    """True once the client closed its side (it sends nothing more after its request)."""
    try:
        readable, _, _ = select.select([sock], [], [], 0)
        return bool(readable) and sock.recv(1, socket.MSG_PEEK) == b""
    except (OSError, ValueError):
        return True


class GatewayHandler(BaseHTTPRequestHandler):
    server: Gateway
    protocol_version = "HTTP/1.0"  # one request per connection: the answer ends when the connection does
    server_version = "kg-serve"
    timeout = 60  # seconds a client may take to send its request (or to take each piece of the answer)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the stdlib's name
        pass

    def _refuse(self, code: int, message: str) -> None:
        body = (message + "\n").encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _body(self) -> bytes | None:
        """The request body, or None (answered 413/400) when it is too large or malformed."""
        try:
            n = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            self._refuse(400, "bad Content-Length")
            return None
        if n > MAX_BODY:
            self._refuse(413, f"request body over {MAX_BODY:,} bytes")
            return None
        return self.rfile.read(n) if n > 0 else b""

    def _query_texts(self, body: bytes) -> list[str]:
        """Every text Oxigraph could take as the query, each on its own (a
        repeated ``query`` parameter is checked value by value, so no string
        can open in one and hide a SERVICE in the next): the URL's ``query``
        values on any path, and the body read as its Content-Type says."""
        texts = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query).get("query", [])
        if body:
            raw = body.decode("utf-8", "replace")
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            form = urllib.parse.parse_qs(raw).get("query", [])
            texts += form if ctype == "application/x-www-form-urlencoded" else \
                [raw] if ctype == "application/sparql-query" else [raw] + form  # unknown: both readings
        return texts

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        self._handle(b"")

    def do_POST(self) -> None:  # noqa: N802
        body = self._body()
        if body is None:
            return
        if urllib.parse.urlsplit(self.path).path != "/query":
            self._refuse(403, "kg serve is read-only: only queries are accepted")
            return
        self._handle(body)

    def do_PUT(self) -> None:  # noqa: N802
        self._refuse(403, "kg serve is read-only")

    do_DELETE = do_PATCH = do_PUT  # noqa: N815

    def _handle(self, body: bytes) -> None:
        for text in self._query_texts(body):
            try:
                check_federation(text, self.server.allow_federation)
            except FederationRefused as e:
                self._refuse(403, str(e))
                return
        b = self.server.acquire()
        if b is None:
            self._refuse(503, f"busy: {self.server.max_queries} queries are running; try again later")
            return
        self._relay(b, body)

    def _relay(self, b: Backend, body: bytes) -> None:
        done, why = threading.Event(), []
        limit = self.server.timeout_s

        def watch() -> None:
            t_end = time.monotonic() + limit if limit > 0 else None
            while not done.wait(0.1):
                if t_end and time.monotonic() > t_end:
                    why.append(f"stopped after the {limit} s time limit")
                elif _client_gone(self.connection):
                    why.append("stopped: the client went away")
                else:
                    continue
                b.kill()
                return

        threading.Thread(target=watch, daemon=True).start()
        sent = False
        conn = http.client.HTTPConnection("127.0.0.1", b.port)
        try:
            headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_HEADERS}
            conn.request(self.command, self.path, body=body or None, headers=headers)
            resp = conn.getresponse()
            self.send_response(resp.status)
            for k, v in resp.getheaders():
                if k.lower() not in HOP_HEADERS:
                    self.send_header(k, v)
            self.send_header("X-KG-Snapshot", dt.datetime.fromtimestamp(b.snapshot, dt.timezone.utc)
                             .isoformat(timespec="seconds"))
            self.end_headers()
            sent = True
            while chunk := resp.read1(1 << 16):
                self.wfile.write(chunk)
        except (OSError, http.client.HTTPException):
            if not why and not b.alive:
                why.append(f"the query server exited with code {b.proc.returncode} (memory cap?)")
            if not why:
                why.append("stopped: the client went away")
                b.kill()
            if not sent:
                try:
                    self._refuse(503, f"query {why[0]}")
                except OSError:
                    pass
        finally:
            done.set()
            conn.close()
            killed = bool(why) or not b.alive
            if killed:
                self.server.stopped_queries += 1
                self.server.log(f"kg serve: query {why[0] if why else 'lost its server'}")
            self.server.release(b, killed)


def serve(location: str | Path, host: str = "127.0.0.1", port: int = 7878, timeout_s: int = 30,
          max_memory_gb: float = 4.0, max_queries: int = 2, allow_federation: tuple[str, ...] = (),
          announce: Callable[[str], None] | None = None) -> int:
    """Serve a local kg store read-only until SIGTERM/SIGINT; ``announce`` gets the
    endpoint URL once it accepts connections (``kg serve`` prints it as its first line)."""
    location = Path(location)
    if not (location / "CURRENT").exists():
        raise ServeError(f"{location}: no kg store here (run `kg ingest` first)")
    if max_queries < 1:
        raise ServeError(f"--max-queries must be at least 1, not {max_queries}")
    try:
        gw = Gateway(str(location), host, port, timeout_s, max_queries, max_memory_gb, allow_federation)
    except OSError as e:
        raise ServeError(f"cannot listen on {host}:{port} ({e.strerror or e})") from None
    stop = lambda *_: threading.Thread(target=gw.shutdown, daemon=True).start()  # noqa: E731
    old = {s: signal.signal(s, stop) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        (announce or print)(gw.url)
        gw.log(f"kg serve: {max_queries} queries at a time, {timeout_s or 'no'} s limit each; "
               f"federation {'to ' + ', '.join(allow_federation) if allow_federation else 'off'}; "
               "answers carry X-KG-Snapshot (when the store was read; reloaded when it changes)")
        gw.serve_forever(poll_interval=0.2)
        return 0
    finally:
        gw.close_backends()
        gw.server_close()
        for s, h in old.items():
            signal.signal(s, h)
