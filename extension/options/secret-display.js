// Shows a revealed password or 2FA code for a short time, and clears the clipboard a while after a copy.
export const REVEAL_MS = 10_000;
export const CLIPBOARD_CLEAR_MS = 30_000;

const timers = new WeakMap();

// Put `text` into `output` for `ms`, counting down with `label(seconds left)`; then empty and hide it.
export function showFor(output, text, ms, label) {
  clearInterval(timers.get(output));
  const until = Date.now() + ms;
  const render = () => {
    const left = Math.ceil((until - Date.now()) / 1000);
    if (left <= 0) {
      clearInterval(timers.get(output));
      output.replaceChildren();
      output.hidden = true;
      return;
    }
    const value = document.createElement("code");
    value.textContent = text;
    output.replaceChildren(value, ` ${label(left)}`);
    output.hidden = false;
  };
  render();
  timers.set(output, setInterval(render, 250));
}

// Copies `text`, then overwrites the clipboard after CLIPBOARD_CLEAR_MS (if the page can still write to it).
export async function copyThenClear(text, onCleared) {
  await navigator.clipboard.writeText(text);
  setTimeout(async () => {
    try {
      await navigator.clipboard.writeText("");
      onCleared(true);
    } catch {
      onCleared(false); // the page lost focus: the browser refuses clipboard writes
    }
  }, CLIPBOARD_CLEAR_MS);
}
