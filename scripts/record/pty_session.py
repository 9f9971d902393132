#!/usr/bin/env python3
"""Play one walkthrough in an interactive bash inside a real pseudo-terminal and report what it printed.

Reads a JSON plan on stdin (written by scripts/record/record.mjs) and writes a JSON result to stdout:
{"events": [[seconds, "o" | "m", text], ...], "commands": [{"step", "command", "status"}, ...]}.
Commands are typed key by key into the shell (readline echoes them, as for a person), and their output
is read as the terminal gets it. The shell reports each exit status in an escape sequence printed by
PROMPT_COMMAND, which is removed from the output. Setup lines run before the recording starts and are
not part of it. Exits 3 when a command's status differs from the step's, 4 on a timeout; stderr says which.
Linux only (it ends the session's processes through /proc).
"""

import codecs
import fcntl
import json
import os
import pty
import random
import re
import select
import signal
import struct
import sys
import tempfile
import termios
import time
import urllib.error
import urllib.request

STATUS_MARK = b"\x1b]697;"
STATUS_RE = re.compile(rb"\x1b\]697;(\d+)\x07")
RC = r"""
PS1='$ '
PS2='> '
PROMPT_COMMAND='printf "\033]697;%d\007" "$?"'
HISTFILE=
set +H
bind 'set enable-bracketed-paste off' 2>/dev/null
"""


class CommandFailed(Exception):
    pass


class Session:
    def __init__(self, plan):
        self.plan = plan
        self.events = []
        self.t0 = None
        self.pending = b""
        self.statuses = []
        self.tail = ""  # the last output, for error messages
        self.decoder = codecs.getincrementaldecoder("utf-8")("replace")
        rc = tempfile.NamedTemporaryFile("w", suffix=".bashrc", delete=False, dir=plan["tmp"])
        rc.write(RC)
        rc.close()
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: becomes the shell, with the pty as its controlling terminal
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", plan["rows"], plan["cols"], 0, 0))
            os.chdir(plan["cwd"])
            os.execve("/bin/bash", ["bash", "--noprofile", "--rcfile", rc.name, "-i"], plan["env"])

    def now(self):
        return time.monotonic() - self.t0

    def emit(self, text):
        if not text:
            return
        self.tail = (self.tail + text)[-4000:]
        if self.t0 is not None:
            self.events.append([self.now(), "o", text])

    def feed(self, data):
        """Split terminal bytes into output and exit statuses; keep a half-read status mark for later."""
        self.pending += data
        while True:
            match = STATUS_RE.search(self.pending)
            if match:
                self.emit(self.decoder.decode(self.pending[: match.start()]))
                self.statuses.append(int(match.group(1)))
                self.pending = self.pending[match.end():]
                continue
            start = self.pending.find(STATUS_MARK)
            if start < 0:
                # Hold back a tail that could be the beginning of a mark.
                start = len(self.pending)
                for k in range(len(STATUS_MARK) - 1, 0, -1):
                    if self.pending.endswith(STATUS_MARK[:k]):
                        start = len(self.pending) - k
                        break
            self.emit(self.decoder.decode(self.pending[:start]))
            self.pending = self.pending[start:]
            return

    def pump(self, seconds):
        """Read whatever the terminal prints for `seconds`."""
        end = time.monotonic() + seconds
        while True:
            left = end - time.monotonic()
            if left <= 0:
                return
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                try:
                    data = os.read(self.fd, 65536)
                except OSError:
                    raise CommandFailed("the shell exited\n" + self.tail)
                if not data:
                    raise CommandFailed("the shell exited\n" + self.tail)
                self.feed(data)

    def wait_status(self, timeout, what):
        """Read until the shell prints its next prompt; return the exit status it reported."""
        end = time.monotonic() + timeout
        count = len(self.statuses)
        while len(self.statuses) == count:
            if time.monotonic() > end:
                raise TimeoutError(f"{what} did not finish within {timeout} s; last output:\n{self.tail[-2000:]}")
            self.pump(0.05)
        # The prompt follows the status mark; let it arrive with its mark.
        self.pump(0.05)
        return self.statuses[-1]

    def type(self, command):
        typing = self.plan["typing"]
        rng = self.rng
        for ch in command:
            os.write(self.fd, b"\r" if ch == "\n" else ch.encode())
            self.pump(typing["delay"] + rng.uniform(0, typing["jitter"]))
        os.write(self.fd, b"\r")

    def wait_for(self, url, timeout):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                urllib.request.urlopen(url, timeout=1).close()
                return
            except urllib.error.HTTPError:
                return  # it answered
            except OSError:
                self.pump(0.2)
        raise TimeoutError(f"{url} did not answer within {timeout} s; last output:\n{self.tail[-2000:]}")

    def run(self):
        plan = self.plan
        self.rng = random.Random(plan["typing"]["seed"])
        self.wait_status(30, "starting bash")
        for line in plan["setup"]:
            os.write(self.fd, line.encode() + b"\r")
            status = self.wait_status(plan["timeout"], f"setup line {line!r}")
            if status != 0:
                raise CommandFailed(f"setup line {line!r} exited {status} (expected 0); last output:\n{self.tail[-2000:]}")
        self.pump(0.2)
        # The recording starts on a fresh line with the prompt the shell has just printed.
        self.t0 = time.monotonic()
        self.events.append([0.0, "o", "$ "])
        self.pump(0.5)
        results = []
        for i, step in enumerate(plan["steps"]):
            self.pump(plan["pause"])
            self.events.append([self.now(), "m", step["caption"]])
            for command in step["commands"]:
                self.type(command)
                status = self.wait_status(plan["timeout"], f"step {i + 1} command {command!r}")
                results.append({"step": i, "command": command, "status": status})
                if status != step["status"]:
                    raise CommandFailed(
                        f"step {i + 1} ({step['caption']!r}): {command!r} exited {status}, "
                        f"the step expects {step['status']}; last output:\n{self.tail[-2000:]}"
                    )
            if step.get("waitFor"):
                self.wait_for(step["waitFor"], 60)
        self.pump(plan["pause"] * 2)
        return {"events": self.events, "commands": results, "duration": self.now()}

    def close(self):
        """End the shell and everything it started (background servers included): its whole session."""
        pids = []
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                if int(fields[3]) == self.pid:  # field 6 of stat: the session id
                    pids.append(int(entry))
            except (OSError, IndexError, ValueError):
                continue
        for sig in (signal.SIGTERM, signal.SIGKILL):
            for pid in pids:
                try:
                    os.kill(pid, sig)
                except ProcessLookupError:
                    pass
            deadline = time.monotonic() + 3
            while time.monotonic() < deadline and any(os.path.exists(f"/proc/{p}") and not _zombie(p) for p in pids):
                time.sleep(0.05)
                _reap()
        try:
            os.close(self.fd)
        except OSError:
            pass
        _reap()


def _zombie(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return False


def _reap():
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def main():
    plan = json.load(sys.stdin)
    session = Session(plan)
    try:
        result = session.run()
    except CommandFailed as error:
        print(str(error), file=sys.stderr)
        return 3
    except TimeoutError as error:
        print(str(error), file=sys.stderr)
        return 4
    finally:
        session.close()
    json.dump(result, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
