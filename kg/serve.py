"""``kg serve``: the store as a read-only SPARQL 1.1 Protocol endpoint.

kg does not implement an HTTP server: it runs Oxigraph's own one
(``oxigraph serve-read-only`` from the ``oxigraph`` package on PyPI, the same
engine and on-disk format as the ``pyoxigraph`` kg writes with).  Oxigraph
answers GET and POST queries with content negotiation (SPARQL JSON, XML, CSV,
TSV; Turtle, N-Triples, RDF/XML for graphs), refuses updates with 403 in
read-only mode, and serves its own query UI at ``/``.  kg stores one named
graph per document, so the server is started with ``--union-default-graph``:
a query without ``GRAPH`` sees everything, exactly like ``kg query``.

What kg adds is supervision:

* the URL is printed only once the server accepts connections, so scripts
  can read the first line of stdout and query at once;
* ``--timeout`` is passed to Oxigraph (``--timeout-s``), which cancels a
  query cooperatively.  Oxigraph 0.5 does not check for cancellation in
  every operator (a 4-way cartesian product under ``COUNT`` runs on), so a
  watchdog backs it up: each connection is one server thread, and a thread
  that keeps a CPU busy for longer than the hard limit (2 x timeout + 1 s)
  can only be a query that ignored its timeout; the server is then
  restarted on the same port (a fraction of a second, read-only RocksDB
  opens fast).  The watchdog reads ``/proc`` and is off elsewhere;
* an address-space cap (``--max-memory``) keeps a runaway join from taking
  the machine down; if the server dies of it, it is restarted;
* the server dies with kg (SIGTERM is forwarded, and on Linux the kernel
  sends it SIGTERM if kg is killed).
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Callable


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


def _limits(max_memory_bytes: int) -> Callable[[], None]:
    """preexec_fn for the server: memory cap and, on Linux, death with its parent."""
    def apply() -> None:
        os.setsid()  # own process group: Ctrl-C in kg's terminal goes through kg
        if max_memory_bytes > 0:
            import resource
            resource.setrlimit(resource.RLIMIT_AS, (max_memory_bytes, max_memory_bytes))
        if sys.platform.startswith("linux"):
            try:
                import ctypes
                ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
            except OSError:
                pass
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


def _thread_cpu(pid: int) -> dict[int, float]:
    """CPU seconds (user + system) of each connection thread of ``pid``; {} where /proc is missing."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    out = {}
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/stat", "rb") as f:
                raw = f.read().decode("ascii", "replace")
        except OSError:
            continue
        name = raw[raw.find("(") + 1:raw.rfind(")")]
        if ":" not in name:  # oxigraph names connection threads after the client address
            continue
        fields = raw[raw.rfind(")") + 2:].split()
        out[int(tid)] = (int(fields[11]) + int(fields[12])) / tick
    return out


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


class Supervisor:
    """Runs ``oxigraph serve-read-only`` and keeps it honest (see the module doc)."""

    def __init__(self, location: str | Path, host: str = "127.0.0.1", port: int = 7878, timeout_s: int = 30,
                 max_memory_gb: float = 4.0, log: Callable[[str], None] | None = None):
        self.location, self.host, self.port, self.timeout_s = str(location), host, port, timeout_s
        self.max_memory = int(max_memory_gb * 2**30) if max_memory_gb > 0 else 0
        self.hard_limit_s = 2 * timeout_s + 1 if timeout_s > 0 else 0
        self.log = log or _log_line
        self.proc: subprocess.Popen | None = None
        self.restarts = 0
        self._stop = threading.Event()

    @property
    def url(self) -> str:
        return endpoint_url(self.host, self.port)

    def start(self, ready: Callable[[], None] | None = None) -> None:
        """Start the server; ``ready`` runs once it listens and before any of its own output is
        relayed, so that what ``ready`` prints (kg serve's URL) comes first even in a shared log file."""
        self.proc = subprocess.Popen(server_command(self.location, self.host, self.port, self.timeout_s),
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                     preexec_fn=_limits(self.max_memory) if os.name == "posix" else None)
        _wait_listening(self.proc, self.host, self.port)
        if ready:
            ready()
        # drain oxigraph's stderr (per-request errors) into ours, so its pipe never fills
        threading.Thread(target=self._relay, args=(self.proc,), daemon=True).start()

    def _relay(self, proc: subprocess.Popen) -> None:
        for line in iter(proc.stderr.readline, b""):
            self.log("oxigraph: " + line.decode("utf-8", "replace").rstrip())

    def stop(self) -> None:
        self._stop.set()
        if self.proc:
            stop_process(self.proc)

    def restart(self, why: str) -> None:
        self.log(f"kg serve: {why}; restarting the server")
        p = self.proc
        if p and p.poll() is None:
            p.kill()
            p.wait()
        self.restarts += 1
        self.start()

    def runaway_thread(self, busy_since: dict[int, float], last: dict[int, float], now: float,
                       interval: float) -> int | None:
        """Update per-thread busy bookkeeping; return a thread busy past the hard limit."""
        cpu = _thread_cpu(self.proc.pid)
        for tid, t in cpu.items():
            if t - last.get(tid, t) >= 0.3 * interval:  # at least 30% of a core: it is computing
                busy_since.setdefault(tid, now - interval)
            else:
                busy_since.pop(tid, None)
        for tid in list(busy_since):
            if tid not in cpu:
                del busy_since[tid]
        last.clear()
        last.update(cpu)
        for tid, since in busy_since.items():
            if now - since > self.hard_limit_s:
                return tid
        return None

    def run(self, interval: float = 1.0) -> int:
        """Watch the server until :meth:`stop`; returns its exit code."""
        busy_since: dict[int, float] = {}
        last: dict[int, float] = {}
        while not self._stop.wait(interval):
            code = self.proc.poll()
            if code is not None:
                if self._stop.is_set():
                    break
                self.restart(f"the server exited with code {code} (memory cap {self.max_memory >> 20} MiB?)")
                busy_since.clear()
                last.clear()
                continue
            if self.hard_limit_s and self.runaway_thread(busy_since, last, time.monotonic(), interval) is not None:
                self.restart(f"a query ran past the hard limit of {self.hard_limit_s} s "
                             f"(the {self.timeout_s} s timeout did not stop it)")
                busy_since.clear()
                last.clear()
        return self.proc.returncode if self.proc and self.proc.returncode is not None else 0


def serve(location: str | Path, host: str = "127.0.0.1", port: int = 7878, timeout_s: int = 30,
          max_memory_gb: float = 4.0, announce: Callable[[str], None] | None = None) -> int:
    """Serve a local kg store read-only until SIGTERM/SIGINT; ``announce`` gets the
    endpoint URL once it accepts connections (``kg serve`` prints it as its first line)."""
    location = Path(location)
    if not (location / "CURRENT").exists():
        raise ServeError(f"{location}: no kg store here (run `kg ingest` first)")
    if port == 0:
        port = free_port(host)
    sup = Supervisor(location, host, port, timeout_s, max_memory_gb)
    sup.start(ready=lambda: (announce or print)(sup.url))
    stop = lambda *_: sup.stop()  # noqa: E731
    old = {s: signal.signal(s, stop) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        return sup.run()
    finally:
        sup.stop()
        for s, h in old.items():
            signal.signal(s, h)
