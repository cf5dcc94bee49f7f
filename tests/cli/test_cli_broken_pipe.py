"""A reader that closes the pipe early (`detente ... | head`) ends the command quietly."""

from __future__ import annotations

import subprocess
import sys


def test_closed_stdout_exits_quietly_with_sigpipe_status() -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "detente.cli.main", "actors", "list", "--country", "USA"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # nobody reads: the first write fails with EPIPE
    stderr = child.stderr.read().decode()
    assert child.wait(timeout=60) == 141
    assert "Traceback" not in stderr
    assert stderr == ""
