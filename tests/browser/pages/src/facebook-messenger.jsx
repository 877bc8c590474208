// A Messenger conversation: a Lexical box labelled "Message" with the placeholder "Aa" (a private message, not a post).
import { LexicalBox, useSentMessages } from "./lexical-box.jsx";

export function Messenger({ t }) {
  const { sent, cleared, send } = useSentMessages();
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
