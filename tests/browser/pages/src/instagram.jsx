// Instagram's "Create new post" caption step in both generations: a <textarea> (?editor=textarea, the default) and
// the newer Lexical contenteditable (?editor=lexical), each with its "Share" button; a post (/p/…) with its
// comment box; a direct conversation (/direct/t/…); in English or French (?hl=fr or ?lang=fr).
import { useEffect, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import { INSTAGRAM_WORDS } from "./instagram-words.js";
import { Direct } from "./instagram-direct.jsx";
import { PostView } from "./instagram-post.jsx";
import { pageLanguage, wordsFor } from "./language.js";
import { LexicalBox } from "./lexical-box.jsx";
import { registerEditor } from "./practice.js";

const t = wordsFor(INSTAGRAM_WORDS, pageLanguage());
const CAPTION = t.caption;

function TextareaCaption({ onChange, value }) {
  const ref = useRef(null);
  useEffect(() => registerEditor("caption", () => ref.current.value), []);
  return <textarea ref={ref} aria-label={CAPTION} placeholder={CAPTION} className="caption" autoComplete="off"
                   value={value} onChange={(event) => onChange(event.target.value)} />;
}

function CreatePost() {
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
    <div role="dialog" aria-label={t.createPost} className="create" data-variant={variant}>
      <div className="create-header">
        <h1>{t.createPost}</h1>
        <div role="button" tabIndex={0} className="share" onClick={share}>{t.share}</div>
      </div>
      <div className="create-body">
        <div className="photo" role="img" aria-label={t.photo} />
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

const App = () => {
  if (location.pathname.startsWith("/direct/")) return <Direct t={t} />;
  return location.pathname.startsWith("/p/") ? <PostView t={t} /> : <CreatePost />;
};

createRoot(document.getElementById("root")).render(<App />);
