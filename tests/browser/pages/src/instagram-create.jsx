// Instagram's "Create new post" dialog as the real web flow runs it: select (a real file input and a drop area) →
// Crop (the chosen file's preview, "Next") → Edit ("Next") → the caption step with "Share". The file is chosen before
// the caption box exists. Like the real dialog it shows an svg role=img icon and the account's avatar img, which are
// not media the person attached. ?step=caption opens the caption step with nothing chosen, for tests about the
// caption editor alone.
import { useEffect, useRef, useState } from "react";
import { LexicalBox } from "./lexical-box.jsx";
import { registerEditor } from "./practice.js";

// The real input's accept list (an automation's `input[type="file"][accept="image/jpeg,image/png,image/heic,
// image/heif,video/mp4,video/quicktime"]`, and its class-based twin `input._ac69`, in public scripts 2022–2025).
const ACCEPT = "image/jpeg,image/png,image/heic,image/heif,video/mp4,video/quicktime";
// A drawn avatar (no network): a grey circle.
const AVATAR = "data:image/svg+xml," + encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="28" height="28"><circle cx="14" cy="14" r="14" fill="#c7c7c7"/></svg>');

function Icon({ label, children, size = 24 }) {
  return (
    <svg aria-label={label} role="img" width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor">
      <title>{label}</title>
      {children}
    </svg>
  );
}

function TextareaCaption({ label, onChange, value }) {
  const ref = useRef(null);
  useEffect(() => registerEditor("caption", () => ref.current.value), []);
  return <textarea ref={ref} aria-label={label} placeholder={label} className="caption" autoComplete="off"
                   value={value} onChange={(event) => onChange(event.target.value)} />;
}

function SelectStep({ t, onChosen }) {
  const input = useRef(null);
  const chosen = (files) => {
    const file = [...files].find((f) => f.type.startsWith("image/") || f.type.startsWith("video/"));
    if (file) onChosen(file);
  };
  return (
    <div className="select" onDragOver={(event) => event.preventDefault()}
         onDrop={(event) => { event.preventDefault(); chosen(event.dataTransfer.files); }}>
      <Icon label={t.mediaIcon} size={96}><rect x="3" y="5" width="18" height="14" rx="2" /></Icon>
      <h2>{t.dragHere}</h2>
      <button type="button" className="select-button" onClick={() => input.current.click()}>{t.selectFromComputer}</button>
      <form encType="multipart/form-data" method="POST" role="presentation">
        <input ref={input} type="file" accept={ACCEPT} multiple hidden
               onChange={(event) => chosen(event.target.files)} />
      </form>
    </div>
  );
}

function Preview({ media, t }) {
  if (!media) return <div className="preview empty">{t.nothingChosen}</div>;
  return media.kind === "video"
    ? <video className="preview" src={media.url} muted playsInline />
    : <img className="preview" src={media.url} alt="" />;
}

export function CreatePost({ t }) {
  const params = new URLSearchParams(location.search);
  const variant = params.get("editor") === "lexical" ? "lexical" : "textarea";
  const [step, setStep] = useState(params.get("step") === "caption" ? "caption" : "select");
  const [media, setMedia] = useState(null);
  const [text, setText] = useState("");
  const [shared, setShared] = useState([]);
  const [cleared, setCleared] = useState(0);
  useEffect(() => () => media && URL.revokeObjectURL(media.url), [media]);
  const choose = (file) => {
    setMedia({ url: URL.createObjectURL(file), kind: file.type.startsWith("video/") ? "video" : "photo" });
    setStep("crop");
  };
  const share = () => {
    setShared((old) => [text, ...old]);
    setText("");
    setCleared((n) => n + 1);
  };
  const titles = { select: t.createPost, crop: t.crop, edit: t.edit, caption: t.createPost };
  const next = { crop: "edit", edit: "caption" }[step];
  const button = step === "caption" ? { label: t.share, action: share } : next && { label: t.next, action: () => setStep(next) };
  return (
    <div role="dialog" aria-label={titles[step]} className="create" data-variant={variant} data-step={step}>
      <div className="create-header">
        {step !== "select" && <Icon label={t.back}><path d="M15 5 8 12l7 7" /></Icon>}
        <h1>{titles[step]}</h1>
        {button && <div role="button" tabIndex={0} className="share" onClick={button.action}>{button.label}</div>}
      </div>
      {step === "select" ? <SelectStep t={t} onChosen={choose} /> : (
        <div className="create-body">
          <Preview media={media} t={t} />
          {step === "caption" && (
            <div className="caption-column">
              <div className="account"><img className="avatar" src={AVATAR} alt={t.profilePicture} /> international.organization</div>
              {variant === "textarea"
                ? <TextareaCaption label={t.caption} value={text} onChange={setText} />
                : <LexicalBox name="caption" label={t.caption} placeholder={t.caption} className="caption"
                              onChange={setText} clearSignal={cleared} />}
              <div className="counter"><Icon label={t.emoji} size={20}><circle cx="12" cy="12" r="9" /></Icon>
                {text.length.toLocaleString("en")}/2,200</div>
            </div>
          )}
        </div>
      )}
      {shared.map((caption, i) => <p key={shared.length - i} className="shared">Shared: {caption}</p>)}
    </div>
  );
}
