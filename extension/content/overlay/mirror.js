// A transparent copy of a textarea's text laid over it, so its words have Ranges the highlights can underline.
const COPIED = [
  "fontFamily", "fontSize", "fontWeight", "fontStyle", "fontVariant", "letterSpacing", "wordSpacing", "lineHeight",
  "textTransform", "textIndent", "textAlign", "direction", "tabSize", "paddingTop", "paddingRight", "paddingBottom",
  "paddingLeft", "borderTopWidth", "borderRightWidth", "borderBottomWidth", "borderLeftWidth", "boxSizing",
];

export class Mirror {
  constructor(field, layer) {
    this.field = field;
    this.element = document.createElement("div");
    this.element.className = "mirror";
    this.textNode = document.createTextNode("");
    this.element.append(this.textNode);
    layer.append(this.element);
  }

  // Returns the text node holding `text`, ready for Ranges.
  sync(text) {
    if (this.textNode.data !== text) this.textNode.data = text;
    return this.textNode;
  }

  // Called from the overlay's rAF-batched layout: geometry and fonts are copied, never the page's colours.
  place() {
    const style = getComputedStyle(this.field);
    const rect = this.field.getBoundingClientRect();
    const target = this.element.style;
    for (const property of COPIED) target[property] = style[property];
    target.borderStyle = "solid";
    target.borderColor = "transparent";
    target.left = `${rect.left}px`;
    target.top = `${rect.top}px`;
    target.width = `${rect.width}px`;
    target.height = `${rect.height}px`;
    this.element.scrollTop = this.field.scrollTop;
    this.element.scrollLeft = this.field.scrollLeft;
  }

  remove() {
    this.element.remove();
  }
}
