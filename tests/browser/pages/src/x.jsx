// X's home timeline, /compose/post modal (a thread of posts, a quote, a reply with ?reply=1), a post's status page with
// its inline reply box (/Refugees/status/…) and direct messages, each with the editor x.com
// uses there (Draft.js; a textarea on the touch layout and in the newer chat), laid out with x.com's data-testids.
import { useEffect, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import { Editor, EditorState } from "draft-js";
import { pageLanguage, wordsFor } from "./language.js";
import { registerEditor } from "./practice.js";
import { X_WORDS } from "./x-words.js";

const t = wordsFor(X_WORDS, pageLanguage());
const params = new URLSearchParams(location.search);
// The layout x.com serves to phones and tablets: a plain textarea inside the tweetTextarea_N div.
const TOUCH = params.get("layout") === "touch";
const plainText = (state) => state.getCurrentContent().getPlainText("\n");

function DraftBox({ name, testId, label, placeholder, onText, clearSignal }) {
  const [state, setState] = useState(() => EditorState.createEmpty());
  const stateRef = useRef(state);
  stateRef.current = state;
  useEffect(() => registerEditor(name, () => plainText(stateRef.current)), [name]);
  // x.com empties the same editor after posting; a changed clearSignal asks for that.
  useEffect(() => {
    if (clearSignal) setState(EditorState.createEmpty());
  }, [clearSignal]);
  const change = (next) => {
    setState(next);
    onText(plainText(next));
  };
  return <Editor editorState={state} onChange={change} placeholder={placeholder} webDriverTestID={testId}
                 ariaLabel={label} ariaMultiline spellCheck stripPastedStyles />;
}

function TouchBox({ name, testId, placeholder, onText, clearSignal }) {
  const ref = useRef(null);
  useEffect(() => registerEditor(name, () => ref.current.value), [name]);
  useEffect(() => {
    if (clearSignal) ref.current.value = "";
  }, [clearSignal]);
  return (
    <div data-testid={testId} className="touch-box">
      <textarea ref={ref} aria-label={t.postText} placeholder={placeholder} className="touch-textarea" dir="auto"
                onChange={(event) => onText(event.target.value)} />
    </div>
  );
}

function PostRow({ name, index, placeholder, onText, clearSignal }) {
  const testId = `tweetTextarea_${index}`;
  const Box = TOUCH ? TouchBox : DraftBox;
  return (
    <div className="post-row">
      <div className="avatar" aria-hidden="true">IO</div>
      <label data-testid={`${testId}_label`} className="composer-body">
        <div data-testid={`${testId}RichTextInputContainer`} className="rich-text-container">
          <Box name={name} testId={testId} label={t.postText} placeholder={placeholder} onText={onText}
               clearSignal={clearSignal} />
        </div>
      </label>
    </div>
  );
}

const QUOTED_AVATAR = "data:image/svg+xml," + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="40" ' +
  'height="40"><circle cx="20" cy="20" r="20" fill="#0072bc"/></svg>');

// A quoted post: x.com shows its card inside the composer's attachments area, avatar image included.
function QuotedPost() {
  return (
    <div data-testid="attachments" className="attachments">
      <div role="link" tabIndex={0} aria-label={t.quoted} className="quote">
        <div data-testid="Tweet-User-Avatar"><img src={QUOTED_AVATAR} alt="" width="20" height="20" /></div>
        <div data-testid="User-Name" className="who">UNHCR <span>@Refugees</span></div>
        <div data-testid="tweetText" lang="en" dir="auto">120 million people are forcibly displaced today.</div>
      </div>
    </div>
  );
}

// One or more posts (a thread: tweetTextarea_0, _1, …) and one button, "Post" or, for a thread, "Post all"; a reply
// (to the post a status page shows, or in the dialog it opens) has its own placeholder and a "Reply" button.
function Composer({ name, buttonTestId, canThread, quote, reply, onPost }) {
  const [texts, setTexts] = useState([""]);
  const [round, setRound] = useState(0);
  const setText = (i) => (text) => setTexts((old) => old.map((value, j) => (j === i ? text : value)));
  const post = () => {
    onPost(texts);
    setTexts([""]);
    setRound((n) => n + 1);
  };
  return (
    <div className="composer" data-testid="toolBar-parent">
      {texts.map((_, i) => (
        <PostRow key={i} name={i === 0 ? name : `${name}-${i}`} index={i} onText={setText(i)} clearSignal={round}
                 placeholder={reply ? t.replyPlaceholder : t.placeholder} />
      ))}
      {quote && <QuotedPost />}
      <div className="toolbar" data-testid="toolBar">
        {canThread && (
          <button type="button" data-testid="addButton" aria-label={t.addPost} className="add-button"
                  disabled={texts[texts.length - 1].trim() === ""} onClick={() => setTexts((old) => [...old, ""])}>
            +
          </button>
        )}
        <button type="button" role="button" data-testid={buttonTestId} className="post-button"
                disabled={texts.every((text) => text.trim() === "")} onClick={post}>
          <span>{reply ? t.reply : texts.length > 1 ? t.postAll : t.post}</span>
        </button>
      </div>
    </div>
  );
}

function Timeline({ posts }) {
  return (
    <section aria-label="Timeline: Your Home Timeline">
      {posts.map((text, i) => (
        <article key={posts.length - i} data-testid="tweet" className="tweet">
          <div className="who">International Organization <span>@iom · now</span></div>
          <div data-testid="tweetText" lang="en" dir="auto">{text}</div>
        </article>
      ))}
    </section>
  );
}

// Direct messages: Draft.js in /messages (dmComposerTextInput), a textarea in the newer /i/chat (dm-composer-textarea).
function DirectMessages({ chat }) {
  const [sent, setSent] = useState([]);
  const [text, setText] = useState("");
  const [round, setRound] = useState(0);
  const ref = useRef(null);
  useEffect(() => (chat ? registerEditor("dm", () => ref.current.value) : undefined), [chat]);
  const send = () => {
    setSent((old) => [...old, text]);
    setText("");
    setRound((n) => n + 1);
  };
  return (
    <section aria-label={t.messages} className="dm" data-testid="DmScrollerContainer">
      {sent.map((message, i) => <div key={i} data-testid="messageEntry" className="dm-message">{message}</div>)}
      <aside data-testid="dmComposer" className="dm-composer">
        {chat
          ? <textarea ref={ref} key={round} data-testid="dm-composer-textarea" placeholder={t.chatPlaceholder}
                      aria-label={t.chatPlaceholder} onChange={(event) => setText(event.target.value)} />
          : <div className="dm-box"><DraftBox key={round} name="dm" testId="dmComposerTextInput"
                                              label={t.dmPlaceholder} placeholder={t.dmPlaceholder}
                                              onText={setText} /></div>}
        <button type="button" data-testid="dmComposerSendButton" aria-label={t.send} disabled={text.trim() === ""}
                onClick={send}>➤</button>
      </aside>
    </section>
  );
}

const STATUS = /^\/Refugees\/status\/\d+$/;

// The post a reply answers: on its status page (/Refugees/status/…) and above the reply dialog.
function RepliedPost() {
  return (
    <article data-testid="tweet" className="tweet">
      <div data-testid="User-Name" className="who">UNHCR <span>@Refugees</span></div>
      <div data-testid="tweetText" lang="en" dir="auto">120 million people are forcibly displaced today.</div>
    </article>
  );
}

function App() {
  const [path, setPath] = useState(location.pathname);
  const [posts, setPosts] = useState([]);
  useEffect(() => {
    const onPop = () => setPath(location.pathname);
    addEventListener("popstate", onPop);
    return () => removeEventListener("popstate", onPop);
  }, []);
  // x.com is a single-page app: links change the URL with pushState and React mounts new components, no reload.
  const go = (to) => (event) => {
    event?.preventDefault();
    history.pushState({}, "", to + location.search);
    setPath(to);
  };
  const addPosts = (texts) => setPosts((old) => [...texts.filter((text) => text.trim() !== ""), ...old]);
  const composing = path === "/compose/post";
  const messaging = path === "/messages" || path.startsWith("/i/chat");
  const status = STATUS.test(path);
  const replying = params.has("reply");
  return (
    <div className="app">
      <header role="banner">
        <nav aria-label="Primary">
          <a href="/home" data-testid="AppTabBar_Home_Link" onClick={go("/home")}>{t.home}</a>
          <a href="/compose/post" data-testid="SideNav_NewTweet_Button" aria-label={t.post}
             onClick={go("/compose/post")}>
            {t.post}
          </a>
        </nav>
      </header>
      <main role="main">
        <h1>{messaging ? t.messages : t.home}</h1>
        {messaging && <DirectMessages chat={path.startsWith("/i/chat")} />}
        {/* On the real site the inline composer stays under the modal; here it is unmounted so that exactly one
            tweetTextarea_0 exists at a time and tests never have to guess which one is meant. */}
        {status && <RepliedPost />}
        {!composing && !messaging && <Composer name={status ? "reply" : "home"} buttonTestId="tweetButtonInline"
                                               reply={status} onPost={addPosts} />}
        {!messaging && <Timeline posts={posts} />}
      </main>
      {composing && (
        <div role="dialog" aria-modal="true" aria-labelledby="modal-header" className="modal">
          <div className="modal-card">
            <div id="modal-header" className="modal-header">
              <button type="button" aria-label={t.close} data-testid="app-bar-close" onClick={go("/home")}>✕</button>
            </div>
            {replying && <RepliedPost />}
            {replying && <div className="replying-to">{t.replyingTo} <span>@Refugees</span></div>}
            <Composer name="compose" buttonTestId="tweetButton" canThread={!replying} quote={params.has("quote")}
                      reply={replying}
                      onPost={(texts) => { addPosts(texts); go("/home")(); }} />
          </div>
        </div>
      )}
    </div>
  );
}

createRoot(document.getElementById("react-root")).render(<App />);
