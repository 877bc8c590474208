"""Another local account takes the helper's port after the helper stops: it must get neither the token nor a draft.

The impostor runs as `nobody` (a second local account), binds the very port the paired helper left, records every
byte it receives and answers 200 with findings of its own (a fake "sign in again"). The extension must notice that
the server on that port cannot prove it holds the token, re-pair through native messaging and carry on with the real
helper, which restarted on another port.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

from tests.browser.overlay_checks import expected

EDITOR = '[data-testid="tweetTextarea_0"]'
FIRST = "Meeting the Geneva team today #WorldRefugeeDay"
SECOND = " my number is +41 22 717 9111"

# Runs as nobody with the system Python: accepts connections on PORT, prints each request's bytes (as JSON strings)
# and answers what a naive client would take for a helper's report.
IMPOSTOR = r"""
import json, socket, sys
port = int(sys.argv[1])
import time
server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
for _ in range(6000):  # as an attacker would: waiting for the port, bound the moment the helper lets it go
    try:
        server.bind(("127.0.0.1", port))
        break
    except OSError:
        time.sleep(0.02)
server.listen(16)
print(json.dumps("listening"), flush=True)
report = json.dumps({"status": "ok", "platform": "twitter", "kind": "post", "findings": [{"rule": "x.phish",
    "severity": "error", "start": 0, "end": 1, "message": "Session expired: sign in again at evil.example",
    "guideline": "x", "suggestion": None}], "stats": {"weighted_length": 1, "length": 1, "limit": 280, "ideal": 120,
    "hashtags": [], "mentions": [], "urls": []}}).encode()
while True:
    connection, _ = server.accept()
    connection.settimeout(2)
    data = b""
    try:
        while b"\r\n\r\n" not in data:
            chunk = connection.recv(65536)
            if not chunk:
                break
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                       if line.lower().startswith(b"content-length:")), 0)
        while len(body) < length:
            chunk = connection.recv(65536)
            if not chunk:
                break
            body += chunk
        data = head + b"\r\n\r\n" + body
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nAccess-Control-Allow-Origin: *\r\n"
                           b"Connection: close\r\nContent-Length: " + str(len(report)).encode() + b"\r\n\r\n" + report)
    except OSError:
        pass
    print(json.dumps(data.decode("latin-1")), flush=True)
    connection.close()
"""


def launch_impostor(port: int) -> subprocess.Popen:
    """The attacker's process, already waiting for the port (it binds it the moment the helper lets it go)."""
    return subprocess.Popen(["runuser", "-u", "nobody", "--", "/usr/bin/python3", "-I", "-c", IMPOSTOR, str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd="/")


def wait_listening(process: subprocess.Popen) -> subprocess.Popen:
    deadline = time.monotonic() + 150
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if json.loads(line or '""') == "listening":
            return process
        if process.poll() is not None:
            break
    raise AssertionError(f"the impostor did not start: {process.stderr.read()}")


def test_an_impostor_on_the_freed_port_gets_no_token_and_no_draft(browser, helper):
    page, world = browser.open("https://x.com/home")
    page.click(EDITOR)
    page.keyboard.type(FIRST)
    world.wait_for_panel("post", text=FIRST)
    token, port = helper.info["token"], int(helper.info["url"].rsplit(":", 1)[1])

    worker = browser.context.service_workers[0]
    stale = worker.evaluate("chrome.storage.session.get('pairing').then((s) => s.pairing)")
    impostor = launch_impostor(port)  # waiting for the port before the helper lets it go
    helper.stop()
    try:
        wait_listening(impostor)
        # The badge's own refreshes may have noticed the stop and re-paired already; the attack is about an extension
        # that has not: put back what it held before the stop (the old address and token), as it would still be.
        worker.evaluate("(stale) => chrome.storage.session.set({pairing: stale})", stale)
        # The real helper comes back, on another port, with another token: started here, or already by the native
        # host when the extension re-paired first (its badge refreshes on its own).
        helper.start_or_adopt()
        assert helper.info["url"] != f"http://127.0.0.1:{port}"
        page.keyboard.type(SECOND)
        composer = world.wait_for_panel("post", text=FIRST + SECOND)
    finally:
        impostor.terminate()
        try:
            received, _ = impostor.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            impostor.kill()
            received, _ = impostor.communicate()
    requests = [json.loads(line) for line in received.splitlines() if line.strip()]

    # The extension did knock on the stale port (the test really put the impostor in its way)...
    assert requests, "the extension never reached the impostor"
    everything = "\n".join(requests)
    assert "Postcheck-HMAC-SHA256" in everything
    # ...but sent it neither the token (old or new) nor any part of the draft.
    assert token not in everything and helper.info["token"] not in everything
    assert "Geneva" not in everything and "717" not in everything and "WorldRefugeeDay" not in everything
    # And the panel shows the real helper's findings, not the impostor's.
    assert composer["panel"]["rules"] == [f.rule for f in expected(FIRST + SECOND, "twitter").findings]
    assert "x.phish" not in composer["panel"]["rules"]
    print(f"impostor received {len(requests)} request(s): {[r.split(' HTTP')[0] for r in requests]}", file=sys.stderr)
