// Instagram's "Create new post" dialog (select a file → Crop → Edit → caption → "Share"), its caption in both
// generations: a <textarea> (?editor=textarea, the default) and the newer Lexical contenteditable (?editor=lexical);
// a post (/p/…) with its comment box; a direct conversation (/direct/t/…); in English or French (?hl=fr or ?lang=fr).
import { createRoot } from "react-dom/client";
import { INSTAGRAM_WORDS } from "./instagram-words.js";
import { CreatePost } from "./instagram-create.jsx";
import { Direct } from "./instagram-direct.jsx";
import { PostView } from "./instagram-post.jsx";
import { pageLanguage, wordsFor } from "./language.js";

const t = wordsFor(INSTAGRAM_WORDS, pageLanguage());

const App = () => {
  if (location.pathname.startsWith("/direct/")) return <Direct t={t} />;
  return location.pathname.startsWith("/p/") ? <PostView t={t} /> : <CreatePost t={t} />;
};

createRoot(document.getElementById("root")).render(<App />);
