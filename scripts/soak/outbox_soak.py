#!/usr/bin/env python3
"""Crash soak for intake and the outbox (issue "Trust", part 3).

Starts Gehoord (a built Gehoord.Web.dll) against a real SMTP server (aiosmtpd, in this
process), sends complaints through the public form from several threads, and kills the app
with SIGKILL at a random moment, over and over. Afterwards it lets one last instance empty the
outbox and counts, from the database and the mail server's log:

  lost            complaints whose form answered "received" but which are not stored (must be 0)
  not in file     acknowledgements the mail server accepted that are missing from their case
                  file as a sent letter (must be 0)
  sent twice      Message-IDs the mail server accepted more than once (the one window for a
                  repeat is between the server's acceptance and the commit)
  twice, unmarked repeats whose outbox message does not say it may have gone twice (must be 0)

With --postgres-restart the PostgreSQL server is restarted once while the app runs and takes
forms; the app must answer /health again by itself.

Exit code 0 when every "must be 0" holds, 1 otherwise. Prints one summary line per run and
writes it as JSON with --json.
Run through scripts/soak.sh, which builds the app and provides the database.
"""

import argparse
import asyncio
import http.client
import json
import os
import random
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import uuid

from aiosmtpd.controller import Controller

TOKEN = re.compile(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"')


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Sink:
    """The mail server's log: every accepted message's Message-ID and recipient."""

    def __init__(self):
        self.lock = threading.Lock()
        self.accepted = []  # (message_id, recipient)

    async def handle_DATA(self, server, session, envelope):
        text = envelope.content.decode("utf-8", "replace")
        match = re.search(r"^Message-ID:\s*<([^>]+)>", text, re.IGNORECASE | re.MULTILINE)
        with self.lock:
            for rcpt in envelope.rcpt_tos:
                self.accepted.append((match.group(1) if match else "", rcpt.lower()))
        return "250 Message accepted for delivery"


class App:
    def __init__(self, dll, port, env, log):
        self.dll, self.port, self.env, self.log = dll, port, env, log
        self.process = None

    def start(self, timeout=90):
        self.process = subprocess.Popen(
            ["dotnet", self.dll, "--urls", f"http://127.0.0.1:{self.port}"],
            env=self.env, stdout=self.log, stderr=subprocess.STDOUT, cwd=os.path.dirname(self.dll))
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the app stopped while starting (exit {self.process.returncode}); see the log")
            if healthy(self.port):
                return
            time.sleep(0.2)
        raise RuntimeError("the app did not answer /health in time")

    def kill(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()


def healthy(port):
    try:
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
        c.request("GET", "/health")
        ok = c.getresponse().status == 200
        c.close()
        return ok
    except OSError:
        return False


def file_complaint(port, email):
    """One citizen: open the form, send it. True when the answer is "received" (a redirect)."""
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        c.request("GET", "/klacht")
        r = c.getresponse()
        page = r.read().decode("utf-8", "replace")
        cookies = "; ".join(v.split(";")[0] for k, v in r.getheaders() if k.lower() == "set-cookie")
        token = TOKEN.search(page)
        if r.status != 200 or not token:
            return False
        boundary = "soak" + uuid.uuid4().hex
        fields = {
            "__RequestVerificationToken": token.group(1),
            "Input.Story": "Mijn container is drie weken niet geleegd en niemand belt terug.",
            "Input.Contact": "Email",
            "Input.Name": "Soak Test",
            "Input.Email": email,
        }
        body = "".join(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n" for k, v in fields.items())
        body += f"--{boundary}--\r\n"
        c.request("POST", "/klacht", body=body.encode("utf-8"), headers={
            "Content-Type": f"multipart/form-data; boundary={boundary}", "Cookie": cookies})
        r = c.getresponse()
        r.read()
        return r.status in (302, 303) and "/klacht/ontvangen" in (r.getheader("Location") or "")
    except (OSError, http.client.HTTPException):
        # Killed mid-answer: the citizen saw no "received", so it does not count as acknowledged.
        return False
    finally:
        c.close()


class Load:
    """Citizens filing complaints from several threads until stopped."""

    def __init__(self, port, threads):
        self.port, self.threads = port, threads
        self.acknowledged = []
        self.tried = 0
        self.lock = threading.Lock()
        self.running = threading.Event()
        self.workers = []

    def start(self):
        self.running.set()
        self.workers = [threading.Thread(target=self.work, daemon=True) for _ in range(self.threads)]
        for w in self.workers:
            w.start()

    def stop(self):
        self.running.clear()
        for w in self.workers:
            w.join()

    def work(self):
        while self.running.is_set():
            email = f"soak-{uuid.uuid4().hex}@example.org"
            ok = file_complaint(self.port, email)
            with self.lock:
                self.tried += 1
                if ok:
                    self.acknowledged.append(email)
            if not ok:
                time.sleep(0.1)  # the app is down: do not spin


class Database:
    def __init__(self, provider, connection):
        self.provider, self.connection = provider, connection

    def rows(self, sql):
        if self.provider == "sqlite":
            with sqlite3.connect(self.connection) as db:
                return db.execute(sql).fetchall()
        out = subprocess.run(["psql", self.connection, "-At", "-F", "\t", "-c", sql], check=True, capture_output=True, text=True).stdout
        return [tuple(None if v == "" else v for v in line.split("\t")) for line in out.splitlines() if line]


def norm(guid):
    return uuid.UUID(str(guid)).hex


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--dll", required=True)
    p.add_argument("--provider", choices=["sqlite", "postgres"], required=True)
    p.add_argument("--connection", required=True, help="SQLite file path, or a libpq URI for PostgreSQL")
    p.add_argument("--app-connection", required=True, help="the connection string the app gets")
    p.add_argument("--cycles", type=int, default=50)
    p.add_argument("--threads", type=int, default=4)
    p.add_argument("--min-seconds", type=float, default=2.0)
    p.add_argument("--max-seconds", type=float, default=6.0)
    p.add_argument("--postgres-restart", help="command that restarts the PostgreSQL server, run once halfway")
    p.add_argument("--work", required=True, help="folder for the log")
    p.add_argument("--json")
    a = p.parse_args()

    sink = Sink()
    smtp_port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=smtp_port)
    controller.start()

    port = free_port()
    env = dict(os.environ)
    env.update({
        "ASPNETCORE_ENVIRONMENT": "Development",
        "Gehoord__SeedDemoData": "true",
        "Gehoord__Database__Provider": "Sqlite" if a.provider == "sqlite" else "Postgres",
        "Gehoord__Database__ConnectionString": a.app_connection,
        "Gehoord__Mail__SmtpHost": "127.0.0.1",
        "Gehoord__Mail__SmtpPort": str(smtp_port),
        "Gehoord__Mail__SmtpUseTls": "false",
        "Gehoord__Mail__DispatchIntervalSeconds": "1",
        "Gehoord__Mail__SendTimeoutSeconds": "1",
        "Gehoord__Reminders__IntervalMinutes": "0",
        "Logging__LogLevel__Default": "Warning",
    })
    log = open(os.path.join(a.work, f"app-{a.provider}.log"), "ab")
    app = App(a.dll, port, env, log)
    load = Load(port, a.threads)
    rng = random.Random(20261204)
    restart_cycle = a.cycles // 2 if a.postgres_restart else -1
    restart_survived = None
    started = time.time()

    load.start()
    for cycle in range(a.cycles):
        app.start()
        if cycle == restart_cycle:
            time.sleep(1)
            subprocess.run(a.postgres_restart, shell=True, check=True)
            deadline = time.time() + 30
            while time.time() < deadline and not healthy(port):
                time.sleep(0.5)
            # Healthy again and still taking forms, without anyone stepping in.
            before = len(load.acknowledged)
            time.sleep(3)
            restart_survived = healthy(port) and len(load.acknowledged) > before
        time.sleep(rng.uniform(a.min_seconds, a.max_seconds))
        app.kill()
    load.stop()

    # One last instance empties the outbox; a message claimed by a killed instance waits for its
    # claim to run out (4 x SendTimeoutSeconds + 30 s) first.
    app.start()
    # The load can outrun the dispatcher (one message at a time): wait as long as the backlog
    # shrinks, and give up only after 90 seconds without progress (longer than a claim).
    db = Database(a.provider, a.connection)
    last, last_progress = None, time.time()
    while time.time() - last_progress < 90:
        waiting = int(db.rows("SELECT COUNT(*) FROM \"OutboxMessages\" WHERE \"Purpose\" = 'Acknowledgement' AND \"SentAt\" IS NULL AND NOT \"GaveUp\"")[0][0])
        if waiting == 0:
            break
        if last is None or waiting < last:
            last, last_progress = waiting, time.time()
        time.sleep(1)
    drained_after = round(time.time() - started)
    time.sleep(2)
    app.stop()
    controller.stop()

    stored = {r[0].lower() for r in db.rows("SELECT \"ComplainantEmail\" FROM \"Complaints\" WHERE \"ComplainantEmail\" LIKE 'soak-%'")}
    messages = {norm(r[0]): r for r in db.rows(
        "SELECT \"Id\", \"To\", \"SentAt\", \"Claims\", \"Attempts\" FROM \"OutboxMessages\" WHERE \"Purpose\" = 'Acknowledgement' AND \"To\" LIKE 'soak-%'")}
    letters = {norm(r[0]) for r in db.rows("SELECT \"Id\" FROM \"SentLetters\"")}

    accepted = [(mid.split("@")[0], rcpt) for mid, rcpt in sink.accepted if rcpt.startswith("soak-")]
    per_id = {}
    for mid, _ in accepted:
        per_id[mid] = per_id.get(mid, 0) + 1
    twice = {mid for mid, n in per_id.items() if n > 1}
    flagged = {mid for mid, r in messages.items() if r[2] is not None and int(r[3]) > int(r[4]) + 1}

    result = {
        "provider": a.provider,
        "cycles": a.cycles,
        "seconds": round(time.time() - started),
        "forms_sent": load.tried,
        "acknowledged": len(load.acknowledged),
        "lost": len([e for e in load.acknowledged if e.lower() not in stored]),
        "emails_accepted": len(accepted),
        "not_in_case_file": len([mid for mid in per_id if mid not in letters]),
        "marked_sent_without_letter": len([mid for mid, r in messages.items() if r[2] is not None and mid not in letters]),
        "still_unsent": len([r for r in messages.values() if r[2] is None]),
        "sent_twice": len(twice),
        "twice_unmarked": len(twice - flagged),
        "marked_may_have_gone_twice": len(flagged),
        "postgres_restart_survived": restart_survived,
        "outbox_empty_after_seconds": drained_after,
    }
    print("soak " + " ".join(f"{k}={v}" for k, v in result.items()))
    if a.json:
        with open(a.json, "w") as f:
            json.dump(result, f, indent=2)
    bad = (result["lost"] or result["not_in_case_file"] or result["marked_sent_without_letter"]
           or result["still_unsent"] or result["twice_unmarked"] or restart_survived is False or result["acknowledged"] == 0)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
