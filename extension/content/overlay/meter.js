// Counts the main-thread time our content script spends, so the benchmark can hold it to its budget per keystroke.
export const meter = { ms: 0, calls: 0 };
let depth = 0;

// Wraps a synchronous function (or the synchronous part of one) so its running time is added to the meter;
// nested metered calls are counted once, by the outermost.
export function timed(fn) {
  return function measured(...args) {
    if (depth > 0) return fn.apply(this, args);
    depth += 1;
    const began = performance.now();
    try {
      return fn.apply(this, args);
    } finally {
      depth -= 1;
      meter.ms += performance.now() - began;
      meter.calls += 1;
    }
  };
}

