// Lets tests (and curious newcomers in the devtools console) read each editor's *internal* text, so a test can prove
// that typing reached the editor library's own state and not just the DOM.
const readers = new Map();

export function registerEditor(name, readText) {
  readers.set(name, readText);
  return () => readers.delete(name);
}

window.practice = {
  editors: () => [...readers.keys()],
  text: (name) => (readers.has(name) ? readers.get(name)() : null),
};
