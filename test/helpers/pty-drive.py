"""Drives a command in a real pseudo-terminal: waits for text, sends keys, returns the screen log.

Usage: python3 pty-drive.py SCRIPT.json
SCRIPT: {"argv": [...], "env": {...}, "size": [rows, cols], "timeout": 20,
         "steps": [{"wait": "text"}, {"send": "\\r"}, {"mark": "name"}, {"kill": true}, ...]}
Prints a JSON object: {"output": "...", "raw": base64 of the bytes, "marks": {name: byte offset
when the step ran}, "status": exit status or null, "failedWait": text or null,
"waitMs": [ms from start until each wait's text appeared], "exitMs": ms until exit or null}.
(bench/exam-startup.mjs uses the timings.)
"""
import base64, fcntl, json, os, pty, select, signal, struct, sys, termios, time

def main():
    script = json.load(open(sys.argv[1]))
    started = time.perf_counter()
    elapsed_ms = lambda: round((time.perf_counter() - started) * 1000, 1)
    wait_ms = []
    exit_ms = None
    pid, fd = pty.fork()
    if pid == 0:
        rows, cols = script.get("size", [40, 100])
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        env = dict(os.environ, **script.get("env", {}))
        os.execvpe(script["argv"][0], script["argv"], env)
    output = b""
    deadline = time.time() + script.get("timeout", 20)
    failed = None
    marks = {}

    def read_some(wait):
        nonlocal output
        r, _, _ = select.select([fd], [], [], wait)
        if r:
            try:
                data = os.read(fd, 65536)
            except OSError:
                return False
            if not data:
                return False
            output += data
        return True

    for step in script["steps"]:
        if "wait" in step:
            needle = step["wait"].encode()
            start = len(output) if step.get("fresh") else 0
            while needle not in output[start:]:
                if time.time() > deadline or not read_some(0.1):
                    failed = step["wait"]
                    break
            if failed:
                break
            wait_ms.append(elapsed_ms())
        elif "send" in step:
            time.sleep(step.get("delay", 0.15))
            os.write(fd, step["send"].encode())
        elif "sleep" in step:
            end = time.time() + step["sleep"]
            while time.time() < end:
                read_some(0.05)
        elif "mark" in step:
            read_some(0.05)
            marks[step["mark"]] = len(output)
        elif "kill" in step:
            os.kill(pid, signal.SIGKILL)
            break
    status = None
    end = time.time() + 5
    while time.time() < end:
        if not read_some(0.05):
            break
        done, code = os.waitpid(pid, os.WNOHANG)
        if done:
            status = os.waitstatus_to_exitcode(code)
            exit_ms = elapsed_ms()
            break
    # The terminal closes (EOF) a moment before the process can be reaped: keep polling until
    # the deadline instead of taking a not-yet-reaped child for a hung one.
    while status is None and time.time() < end:
        try:
            done, code = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            break
        if done:
            status = os.waitstatus_to_exitcode(code)
            exit_ms = elapsed_ms()
        else:
            time.sleep(0.005)
    if status is None:
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except (ChildProcessError, ProcessLookupError):
            pass
    print(json.dumps({"output": output.decode("utf-8", "replace"), "raw": base64.b64encode(output).decode("ascii"), "marks": marks, "status": status, "failedWait": failed, "waitMs": wait_ms, "exitMs": exit_ms}))

main()
