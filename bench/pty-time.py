"""Milliseconds from starting a command in a pseudo-terminal until NEEDLE is on screen (or until it exits).

Usage: python3 pty-time.py NEEDLE|- ARGV...   (prints one number; exit 1 if the needle never shows)
Used by exam-startup.mjs: an interactive prompt only renders in a real terminal.
"""
import os, pty, select, signal, sys, time

def main():
    needle, argv = sys.argv[1], sys.argv[2:]
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(argv[0], argv)
    output, found = b"", False
    deadline = start + 30
    while time.perf_counter() < deadline:
        r, _, _ = select.select([fd], [], [], 0.05)
        if not r:
            continue
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        if not data:
            break
        output += data
        if needle != "-" and needle.encode() in output:
            found = True
            break
    elapsed = (time.perf_counter() - start) * 1000
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    print(f"{elapsed:.1f}")
    sys.exit(0 if found or needle == "-" else 1)

main()
