// An Instagram post (/p/…): the photo, its caption, a comment by maria.lopez with "Reply" (which starts the comment
// box with "@maria.lopez "), and the comment box itself, a textarea labelled "Add a comment…" with its "Post" button.
import { useEffect, useRef, useState } from "react";
import { registerEditor } from "./practice.js";

export function PostView({ t }) {
  const ref = useRef(null);
  const [text, setText] = useState("");
  const [comments, setComments] = useState([]);
  useEffect(() => registerEditor("comment", () => ref.current.value), []);
  const reply = () => {
    setText("@maria.lopez ");
    ref.current.focus();
  };
  const post = () => {
    if (text.trim() === "") return;
    setComments((old) => [...old, text]);
    setText("");
  };
  return (
    <article role="presentation" className="create post-view">
      <div className="create-body">
        <div className="photo" role="img" aria-label={t.photo} />
        <div className="caption-column">
          <div className="account">international.organization</div>
          <div dir="auto">Volunteers in Geneva today. #WorldRefugeeDay</div>
          <ul aria-label={t.comments} className="comment-list">
            <li>
              <a href="/maria.lopez/" className="account">maria.lopez</a> <span dir="auto">Where can I sign up?</span>
              <div role="button" tabIndex={0} className="link-button" onClick={reply}>{t.reply}</div>
            </li>
            {comments.map((comment, i) => (
              <li key={i}><span className="account">international.organization</span> <span>{comment}</span></li>
            ))}
          </ul>
          <section className="comment-form">
            <form onSubmit={(event) => { event.preventDefault(); post(); }}>
              <textarea ref={ref} aria-label={t.addComment} placeholder={t.addComment} autoComplete="off"
                        className="comment-input" value={text} onChange={(event) => setText(event.target.value)} />
              <div role="button" tabIndex={0} className="share" aria-disabled={text.trim() === ""} onClick={post}>
                {t.post}
              </div>
            </form>
          </section>
        </div>
      </div>
    </article>
  );
}
