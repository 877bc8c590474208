// Instagram's "Create new post" caption step in both generations: a <textarea> (?editor=textarea, the default) and
// the newer Lexical contenteditable (?editor=lexical), each with its "Share" button.
import { useEffect, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import { LexicalBox } from "./lexical-box.jsx";
import { registerEditor } from "./practice.js";

const CAPTION = "Write a caption...";

function TextareaCaption({ onChange, value }) {
  const ref = useRef(null);
  useEffect(() => registerEditor("caption", () => ref.current.value), []);
  return <textarea ref={ref} aria-label={CAPTION} placeholder={CAPTION} className="caption" autoComplete="off"
                   value={value} onChange={(event) => onChange(event.target.value)} />;
}

function App() {
  const variant = new URLSearchParams(location.search).get("editor") === "lexical" ? "lexical" : "textarea";
  const [text, setText] = useState("");
  const [shared, setShared] = useState([]);
  const [cleared, setCleared] = useState(0);
  const share = () => {
    setShared((old) => [text, ...old]);
    setText("");
    setCleared((n) => n + 1);
  };
  return (
    <div role="dialog" aria-label="Create new post" className="create" data-variant={variant}>
      <div className="create-header">
        <h1>Create new post</h1>
        <div role="button" tabIndex={0} className="share" onClick={share}>Share</div>
      </div>
      <div className="create-body">
        <div className="photo" role="img" aria-label="Selected photo" />
        <div className="caption-column">
          <div className="account">international.organization</div>
          {variant === "textarea"
            ? <TextareaCaption value={text} onChange={setText} />
            : <LexicalBox name="caption" label={CAPTION} placeholder={CAPTION} className="caption"
                          onChange={setText} clearSignal={cleared} />}
          <div className="counter">{text.length.toLocaleString("en")}/2,200</div>
        </div>
      </div>
      {shared.map((caption, i) => <p key={shared.length - i} className="shared">Shared: {caption}</p>)}
    </div>
  );
}

createRoot(document.getElementById("root")).render(<App />);
