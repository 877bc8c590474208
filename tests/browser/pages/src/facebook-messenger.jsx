// A Messenger conversation: a Lexical box labelled "Message" with the placeholder "Aa" (a private message, not a post).
import { useState } from "react";
import { LexicalBox } from "./lexical-box.jsx";

export function Messenger({ t }) {
  const [sent, setSent] = useState([]);
  const [cleared, setCleared] = useState(0);
  const send = (text) => {
    if (text.trim() === "") return;
    setSent((old) => [...old, text]);
    setCleared((n) => n + 1);
  };
  return (
    <div role="main" aria-label={t.chats} className="feed">
      <div className="card">
        <h2>Maria Lopez</h2>
        {sent.map((text, i) => <div key={i} className="bubble mine" dir="auto">{text}</div>)}
        <div className="messenger-box">
          <LexicalBox name="messenger" label={t.message} placeholder="Aa" className="editor small" onChange={() => {}}
                      clearSignal={cleared} onEnter={send} />
        </div>
      </div>
    </div>
  );
}
