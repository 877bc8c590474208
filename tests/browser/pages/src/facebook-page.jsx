// A Facebook post with its comments: the comment box ("Write a comment…" as a person, "Comment as <Page>" as a Page)
// and the reply to a comment (aria-label "Reply to <name>", pre-filled with a mention of the commenter); and a Page's
// post flow: What's on your mind? → Create post → Next → Post settings → Post (the editor is gone by then).
import { useState } from "react";
import { LexicalBox } from "./lexical-box.jsx";

const PAGE = "International Organization";
const COMMENTER = "Maria Lopez";

function Sent({ t, author, texts, reply }) {
  return texts.map((text, i) => (
    <div key={i} role="article" aria-label={reply ? t.replyBy(author) : t.commentBy(author)}
         className={reply ? "reply" : "comment"}>
      <span className="author">{author}</span> <span dir="auto">{text}</span>
    </div>
  ));
}

// A Lexical box that sends on Enter (or its arrow button), then empties itself, as Facebook's comment boxes do.
function CommentBox({ t, name, label, prefill, onSend, small }) {
  const [text, setText] = useState("");
  const [cleared, setCleared] = useState(0);
  const send = () => {
    if (text.trim() === "") return;
    onSend(text);
    setCleared((n) => n + 1);
  };
  return (
    <div className={small ? "reply-box" : "comment-box"}>
      <LexicalBox name={name} label={label} placeholder={prefill ? "" : label} className="editor small"
                  onChange={setText} clearSignal={cleared} prefill={prefill} onEnter={send} />
      <div role="button" tabIndex={0} aria-label={t.comment} className="send" aria-disabled={text.trim() === ""}
           onClick={send}>➤</div>
    </div>
  );
}

export function PostWithComments({ t, actor, commentLabel }) {
  const [comments, setComments] = useState([]);
  const [replies, setReplies] = useState([]);
  const [replying, setReplying] = useState(false);
  return (
    <div role="article" aria-label={t.postBy(PAGE)} className="card">
      <div className="author">{PAGE}</div>
      <div dir="auto">Registration for the Geneva volunteer day is open until Friday.</div>
      <div role="list" aria-label={t.comments} className="comments">
        <div role="article" aria-label={t.commentBy(COMMENTER)} className="comment">
          <div className="bubble">
            <a href="https://www.facebook.com/maria.lopez.1987" role="link" tabIndex={0} className="author">
              <span dir="auto">{COMMENTER}</span>
            </a>
            <div dir="auto" className="comment-text">Is there still room for two people from Lyon?</div>
          </div>
          <div role="button" tabIndex={0} className="link-button" onClick={() => setReplying(true)}>{t.reply}</div>
          <Sent t={t} author={actor} texts={replies} reply />
          {replying && <CommentBox t={t} name="comment-reply" label={t.replyTo(COMMENTER)} prefill={COMMENTER} small
                                   onSend={(text) => setReplies((old) => [...old, text])} />}
        </div>
        <Sent t={t} author={actor} texts={comments} />
      </div>
      <CommentBox t={t} name="comment" label={commentLabel} onSend={(text) => setComments((old) => [...old, text])} />
    </div>
  );
}

function CreatePostDialog({ t, onPost, onClose }) {
  const [text, setText] = useState("");
  const [step, setStep] = useState("write");
  return (
    <div role="dialog" aria-label={t.createPost} className="dialog">
      <div className="dialog-card">
        <h2>{step === "write" ? t.createPost : t.postSettings}</h2>
        {step === "write" ? (
          <>
            <LexicalBox name="page-post" label={t.mind()} placeholder={t.mind()} className="editor"
                        onChange={setText} />
            <div role="button" tabIndex={0} aria-label={t.next} className="primary wide"
                 aria-disabled={text.trim() === ""} onClick={() => text.trim() && setStep("settings")}>{t.next}</div>
          </>
        ) : (
          <>
            <div className="setting">{t.audience}</div>
            <div className="setting">{t.schedule}</div>
            <div role="button" tabIndex={0} aria-label={t.post} className="primary wide"
                 onClick={() => { onPost(text); onClose(); }}>{t.post}</div>
          </>
        )}
      </div>
    </div>
  );
}

export function PageView({ t }) {
  const [open, setOpen] = useState(false);
  const [posts, setPosts] = useState([]);
  return (
    <div role="main" className="feed">
      <h1 className="page-name">{PAGE}</h1>
      <div className="card">
        <div role="button" tabIndex={0} className="opener" onClick={() => setOpen(true)}>{t.mind()}</div>
      </div>
      {open && <CreatePostDialog t={t} onPost={(text) => setPosts((old) => [text, ...old])}
                                 onClose={() => setOpen(false)} />}
      {posts.map((text, i) => (
        <div key={posts.length - i} role="article" aria-label={t.postBy(PAGE)} className="card">
          <div className="author">{PAGE}</div>
          <div dir="auto" data-ad-preview="message">{text}</div>
        </div>
      ))}
      <PostWithComments t={t} actor={PAGE} commentLabel={t.commentAs(PAGE)} />
    </div>
  );
}

export function PermalinkView({ t }) {
  return (
    <div role="main" className="feed">
      <PostWithComments t={t} actor="Ana Silva" commentLabel={t.writeComment} />
    </div>
  );
}
