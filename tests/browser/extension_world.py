"""Evaluate JavaScript in postcheck's content-script world (its isolated world) through the DevTools protocol.

Why: the overlay lives in a closed shadow root and exposes no rule ids to the page (DESIGN.md), so the page cannot
read it; the tests read what the panel shows from the extension's own world (the bundle's test hook, `postcheck.debug`), as the content
script itself would, and read the underlines from the page through CSS.highlights as a page script can.
"""

from __future__ import annotations

import json
import time


class ExtensionWorld:
    def __init__(self, page, extension_id: str) -> None:
        self.page = page
        self.origin = f"chrome-extension://{extension_id}"
        self.contexts: dict[int, dict] = {}
        self.cdp = page.context.new_cdp_session(page)
        self.cdp.on("Runtime.executionContextCreated", self._created)
        self.cdp.on("Runtime.executionContextDestroyed", lambda e: self.contexts.pop(e["executionContextId"], None))
        self.cdp.on("Runtime.executionContextsCleared", lambda e: self.contexts.clear())
        self.cdp.send("Runtime.enable")

    def _created(self, event: dict) -> None:
        context = event["context"]
        aux = context.get("auxData", {})
        if aux.get("type") == "isolated" and context.get("origin", "").startswith(self.origin) and aux.get("isDefault") is False:
            self.contexts[context["id"]] = context

    def _context_id(self, timeout: float = 10.0) -> int:
        main_frame = None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            tree = self.cdp.send("Page.getFrameTree")
            main_frame = tree["frameTree"]["frame"]["id"]
            ours = [c["id"] for c in self.contexts.values() if c["auxData"].get("frameId") == main_frame]
            if ours:
                return max(ours)
            self.page.wait_for_timeout(50)
        raise AssertionError(f"postcheck's content script did not start in {self.page.url}")

    def evaluate(self, expression: str):
        """The value of `expression` (awaited if a promise) in the content script's world, where `postcheck` names
        the content bundle's test hook (a Symbol-keyed property: the bundle itself has no string-keyed global)."""
        answer = self.cdp.send("Runtime.evaluate", {
            "expression": f"((postcheck) => ({expression}\n))(globalThis[Symbol.for('postcheck.test')])", "contextId": self._context_id(), "returnByValue": True, "awaitPromise": True,
        })
        if "exceptionDetails" in answer:
            raise AssertionError(f"{expression}: {json.dumps(answer['exceptionDetails'])[:800]}")
        return answer["result"].get("value")

    def composers(self) -> list[dict]:
        return self.evaluate("postcheck?.debug?.composers() ?? []")

    def wait_for(self, predicate, timeout: float = 15.0, what: str = "the overlay"):
        """Poll composers() until predicate(composers) is truthy; return that value."""
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            last = self.composers()
            result = predicate(last)
            if result:
                return result
            self.page.wait_for_timeout(50)
        raise AssertionError(f"timed out waiting for {what}; last state: {json.dumps(last)[:1500]}")

    def wait_for_panel(self, kind: str = "post", state: str = "report", text: str | None = None, timeout: float = 15.0):
        """The first composer of `kind` whose panel shows `state` for exactly `text` (when given)."""
        def ready(composers):
            for composer in composers:
                panel = composer["panel"]
                if composer["kind"] == kind and panel["visible"] and panel["state"] == state and (
                        text is None or composer["text"] == text):
                    return composer
            return None
        return self.wait_for(ready, timeout, what=f"a {kind} panel in state {state!r}")
