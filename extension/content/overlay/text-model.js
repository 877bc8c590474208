// Reads an editor's text and maps UTF-16 offsets of that text back to DOM positions, with one walk for both.
const BLOCK_TAGS = new Set(["P", "DIV", "LI", "UL", "OL", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE"]);

// Draft.js and Lexical draw one block element per paragraph, so blocks are joined with "\n"; a <br> inside a block
// is a line break, except the last one of a block, which editors add only to give an empty line its height.
function walk(root) {
  const segments = [];
  let length = 0;
  let pendingBreak = false;
  const push = (segment) => {
    segment.start = length;
    length += segment.length;
    segments.push(segment);
  };
  const flushBreak = () => {
    if (pendingBreak && segments.length > 0) push({ type: "break", node: null, length: 1 });
    pendingBreak = false;
  };
  const visit = (parent) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === Node.TEXT_NODE) {
        if (node.data.length === 0) continue;
        flushBreak();
        push({ type: "text", node, length: node.data.length });
      } else if (node.nodeName === "BR") {
        flushBreak();
        push({ type: "br", node, length: 1 });
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        const block = BLOCK_TAGS.has(node.nodeName);
        if (block) flushBreak();
        const before = segments.length;
        visit(node);
        if (block) {
          closeBlock(before);
          // An empty block still counts as a paragraph: it must produce its own line.
          if (segments.length === before) push({ type: "empty", node, length: 0 });
          pendingBreak = true;
        }
      }
    }
  };
  const closeBlock = (before) => {
    const last = segments[segments.length - 1];
    if (segments.length > before && last.type === "br" && last.length === 1) {
      last.length = 0;
      length -= 1;
    }
  };
  visit(root);
  return { segments, length };
}

function textOf(segments) {
  let text = "";
  for (const segment of segments) {
    if (segment.type === "text") text += segment.node.data;
    else if (segment.length === 1) text += "\n";
  }
  return text;
}

// A DOM position for `offset`; `preferEnd` picks the segment that ends there rather than the one that starts there.
function positionAt(segments, offset, preferEnd) {
  let low = 0;
  let high = segments.length - 1;
  let found = segments.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const segment = segments[mid];
    const end = segment.start + segment.length;
    const inside = preferEnd ? offset <= end : offset < end;
    if (inside) {
      found = mid;
      high = mid - 1;
    } else {
      low = mid + 1;
    }
  }
  for (let i = found; i >= 0 && i < segments.length; i += preferEnd ? -1 : 1) {
    const segment = segments[i];
    if (segment.type === "text") {
      const local = Math.min(Math.max(offset - segment.start, 0), segment.length);
      return { node: segment.node, offset: local };
    }
    if (segment.type === "br" || segment.type === "empty") {
      const node = segment.node;
      if (segment.type === "empty") return { node, offset: 0 };
      const index = Array.prototype.indexOf.call(node.parentNode.childNodes, node);
      return { node: node.parentNode, offset: offset > segment.start ? index + 1 : index };
    }
  }
  return null;
}

// A snapshot of a contenteditable editor: its text and a way to turn finding offsets into Ranges.
export function readEditable(root) {
  const { segments } = walk(root);
  const text = textOf(segments);
  return {
    text,
    range(start, end) {
      const from = positionAt(segments, start, false);
      const to = positionAt(segments, end, true);
      if (!from || !to) return null;
      const range = new Range();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      return range;
    },
  };
}

// A textarea's text is its value; ranges live in the mirror's single text node, drawn over the field.
export function readTextarea(field, mirror) {
  const text = field.value;
  return {
    text,
    range(start, end) {
      const node = mirror.sync(text);
      const range = new Range();
      range.setStart(node, Math.min(start, text.length));
      range.setEnd(node, Math.min(end, text.length));
      return range;
    },
  };
}
