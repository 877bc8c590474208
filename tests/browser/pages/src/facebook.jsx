// Facebook's feed (/: a Lexical post composer with a photo control, a comment by Maria Lopez with a reply box), a Page
// (/InternationalOrganization: the post flow What's on your mind → Next → Post settings → Post, comments "as" the
// Page), a post seen as a person (/permalink.php) and Messenger (/messages/t/…), mirroring facebook.com's roles,
// aria-labels and comment-author links, in English or French (?locale=fr_FR or ?lang=fr).
import { useState } from "react";
import { createRoot } from "react-dom/client";
import { FACEBOOK_WORDS } from "./facebook-words.js";
import { pageLanguage, wordsFor } from "./language.js";
import { LexicalBox } from "./lexical-box.jsx";
import { PageView, PermalinkView } from "./facebook-page.jsx";
import { Messenger } from "./facebook-messenger.jsx";

const t = wordsFor(FACEBOOK_WORDS, pageLanguage());

function PhotoControl({ photos, setPhotos }) {
  const attach = (event) => {
    const files = [...event.target.files].filter((file) => file.type.startsWith("image/"));
    setPhotos((old) => [...old, ...files.map((file) => ({ name: file.name, url: URL.createObjectURL(file) }))]);
    event.target.value = "";
  };
  return (
    <>
      <label className="photo-button" aria-label={t.photoVideo} role="button" tabIndex={0}>
        <span>{t.photoVideo}</span>
        <input type="file" accept="image/*,video/*" multiple hidden onChange={attach} />
      </label>
      {photos.length > 0 && (
        <div className="attachments" aria-label={t.attached}>
          {photos.map((photo, i) => <img key={photo.url} src={photo.url} alt={`Photo ${i + 1}: ${photo.name}`} />)}
        </div>
      )}
    </>
  );
}

function PostComposer({ onPost }) {
  const [text, setText] = useState("");
  const [photos, setPhotos] = useState([]);
  const [cleared, setCleared] = useState(0);
  const post = () => {
    onPost({ text, photos });
    setPhotos([]);
    setCleared((n) => n + 1);
  };
  return (
    <div className="card composer" role="region" aria-label={t.createPost}>
      <LexicalBox name="post" label={t.mind("Ana")} placeholder={t.mind("Ana")}
                  className="editor" onChange={setText} clearSignal={cleared} />
      <PhotoControl photos={photos} setPhotos={setPhotos} />
      <div role="button" tabIndex={0} aria-label={t.post} className="primary"
           aria-disabled={text.trim() === "" && photos.length === 0} onClick={post}>{t.post}</div>
    </div>
  );
}

function Comment({ author, profile, children, replies, onReply }) {
  const [text, setText] = useState("");
  const [cleared, setCleared] = useState(0);
  const reply = () => {
    onReply(text);
    setCleared((n) => n + 1);
  };
  return (
    <div role="article" aria-label={t.commentBy(author)} className="comment">
      <div className="bubble">
        {/* Facebook names the commenter in a profile link; a content script reads the first name from it. */}
        <a href={profile} role="link" tabIndex={0} className="author"><span dir="auto">{author}</span></a>
        <div dir="auto" className="comment-text">{children}</div>
      </div>
      {replies.map((replyText, i) => (
        <div key={i} role="article" aria-label={t.replyBy("International Organization")} className="reply">
          <span className="author">International Organization</span> <span dir="auto">{replyText}</span>
        </div>
      ))}
      <div className="reply-box">
        <LexicalBox name="reply" label={t.writeReply} placeholder={`${t.replyTo(author)}…`} className="editor small"
                    onChange={setText} clearSignal={cleared} />
        <div role="button" tabIndex={0} aria-label={t.reply} className="primary small"
             aria-disabled={text.trim() === ""} onClick={reply}>{t.reply}</div>
      </div>
    </div>
  );
}

function Feed() {
  const [posts, setPosts] = useState([]);
  const [replies, setReplies] = useState([]);
  return (
    <div role="main" className="feed">
      <PostComposer onPost={(post) => setPosts((old) => [post, ...old])} />
      {posts.map((post, i) => (
        <div key={posts.length - i} role="article" aria-label={t.postBy("International Organization")} className="card">
          <div className="author">International Organization</div>
          <div dir="auto" data-ad-preview="message">{post.text}</div>
          {post.photos.map((photo) => <img key={photo.url} src={photo.url} alt={photo.name} />)}
        </div>
      ))}
      <div role="article" aria-label={t.postBy("International Organization")} className="card">
        <div className="author">International Organization</div>
        <div dir="auto">Today we welcomed 120 new volunteers in Geneva. Thank you all!</div>
        <div role="list" aria-label={t.comments} className="comments">
          <Comment author="Maria Lopez" profile="https://www.facebook.com/maria.lopez.1987" replies={replies}
                   onReply={(text) => setReplies((old) => [...old, text])}>
            Why did nobody answer my email about the registration? I waited three weeks.
          </Comment>
        </div>
      </div>
    </div>
  );
}

function App() {
  const path = location.pathname;
  if (path === "/InternationalOrganization") return <PageView t={t} />;
  if (path === "/permalink.php") return <PermalinkView t={t} />;
  if (path.startsWith("/messages/")) return <Messenger t={t} />;
  return <Feed />;
}

createRoot(document.getElementById("root")).render(<App />);
