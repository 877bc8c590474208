// X's home timeline and /compose/post modal, each with a Draft.js composer laid out like x.com's (same data-testids).
import { useEffect, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import { Editor, EditorState } from "draft-js";
import { registerEditor } from "./practice.js";

const plainText = (state) => state.getCurrentContent().getPlainText("\n");

function Composer({ name, buttonTestId, onPost }) {
  const [state, setState] = useState(() => EditorState.createEmpty());
  const stateRef = useRef(state);
  stateRef.current = state;
  useEffect(() => registerEditor(name, () => plainText(stateRef.current)), [name]);
  const text = plainText(state);

  const post = () => {
    onPost(text);
    setState(EditorState.createEmpty());
  };
  return (
    <div className="composer" data-testid="toolBar-parent">
      <div className="avatar" aria-hidden="true">IO</div>
      <div className="composer-body">
        <label data-testid="tweetTextarea_0_label">
          <div data-testid="tweetTextarea_0RichTextInputContainer" className="rich-text-container">
            <Editor editorState={state} onChange={setState} placeholder="What is happening?!"
                    webDriverTestID="tweetTextarea_0" ariaLabel="Post text" ariaMultiline spellCheck
                    stripPastedStyles />
          </div>
        </label>
        <div className="toolbar" data-testid="toolBar">
          <button type="button" role="button" data-testid={buttonTestId} className="post-button"
                  disabled={text.trim() === ""} onClick={post}>
            <span>Post</span>
          </button>
        </div>
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
    history.pushState({}, "", to);
    setPath(to);
  };
  const addPost = (text) => setPosts((old) => [text, ...old]);
  const composing = path === "/compose/post";
  return (
    <div className="app">
      <header role="banner">
        <nav aria-label="Primary">
          <a href="/home" data-testid="AppTabBar_Home_Link" onClick={go("/home")}>Home</a>
          <a href="/compose/post" data-testid="SideNav_NewTweet_Button" aria-label="Post" onClick={go("/compose/post")}>
            Post
          </a>
        </nav>
      </header>
      <main role="main">
        <h1>Home</h1>
        {/* On the real site the inline composer stays under the modal; here it is unmounted so that exactly one
            tweetTextarea_0 exists at a time and tests never have to guess which one is meant. */}
        {!composing && <Composer name="home" buttonTestId="tweetButtonInline" onPost={addPost} />}
        <Timeline posts={posts} />
      </main>
      {composing && (
        <div role="dialog" aria-modal="true" aria-labelledby="modal-header" className="modal">
          <div className="modal-card">
            <div id="modal-header" className="modal-header">
              <button type="button" aria-label="Close" data-testid="app-bar-close" onClick={go("/home")}>✕</button>
            </div>
            <Composer name="compose" buttonTestId="tweetButton"
                      onPost={(text) => { addPost(text); go("/home")(); }} />
          </div>
        </div>
      )}
    </div>
  );
}

createRoot(document.getElementById("react-root")).render(<App />);
