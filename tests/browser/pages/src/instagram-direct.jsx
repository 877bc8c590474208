// An Instagram direct conversation (/direct/t/…): a contenteditable role=textbox (Lexical here) labelled "Message",
// Enter sends. Private: postcheck must leave it alone in every interface language, which it tells by the page's
// path (/direct/), not by this label.
import { LexicalBox, useSentMessages } from "./lexical-box.jsx";

export function Direct({ t }) {
  const { sent, cleared, send } = useSentMessages();
  return (
    <section aria-label={t.directMessaging} className="create post-view">
      <div className="caption-column">
        <div className="account">maria.lopez</div>
        {sent.map((text, i) => <div key={i} className="shared" dir="auto">{text}</div>)}
        <LexicalBox name="direct" label={t.message} placeholder={t.messagePlaceholder} className="caption"
                    onChange={() => {}} clearSignal={cleared} onEnter={send} />
      </div>
    </section>
  );
}
