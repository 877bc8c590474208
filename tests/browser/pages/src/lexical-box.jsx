// A Lexical plain-text editor mounted the way Facebook and Instagram mount theirs: React renders an empty
// contenteditable and Lexical owns everything inside it (React must never render children there).
import { useEffect, useRef, useState } from "react";
import {
  $createParagraphNode, $createTextNode, $getRoot, COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND, createEditor,
} from "lexical";
import { registerPlainText } from "@lexical/plain-text";
import { registerEditor } from "./practice.js";

const readText = (editor) => editor.getEditorState().read(() => $getRoot().getTextContent());

// A conversation's messages sent from a box that Enter sends and clears (Messenger, Instagram direct): what was sent,
// the box's clear signal, and the send handler to give it as onEnter.
export function useSentMessages() {
  const [sent, setSent] = useState([]);
  const [cleared, setCleared] = useState(0);
  const send = (text) => {
    if (text.trim() === "") return;
    setSent((old) => [...old, text]);
    setCleared((n) => n + 1);
  };
  return { sent, cleared, send };
}

// prefill: a mention the box starts with (Facebook's reply to a comment names the commenter as a token, like its
// mentions plugin does); onEnter: Enter sends instead of breaking the line (Facebook's comment and Messenger boxes).
export function LexicalBox({ name, label, placeholder, className, onChange, clearSignal, prefill, onEnter }) {
  const rootRef = useRef(null);
  const editorRef = useRef(null);
  const [empty, setEmpty] = useState(true);
  // The latest onChange without re-creating the editor on every render.
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const onEnterRef = useRef(onEnter);
  onEnterRef.current = onEnter;

  useEffect(() => {
    const editor = createEditor({ namespace: `practice-${name}`, onError: (error) => console.error(error) });
    editorRef.current = editor;
    editor.setRootElement(rootRef.current);
    const unregisterPlain = registerPlainText(editor);
    const unregisterUpdates = editor.registerUpdateListener(() => {
      const text = readText(editor);
      setEmpty(text === "");
      onChangeRef.current?.(text);
    });
    const unregisterReader = registerEditor(name, () => readText(editor));
    const unregisterEnter = editor.registerCommand(KEY_ENTER_COMMAND, (event) => {
      if (!onEnterRef.current || event?.shiftKey) return false;
      event?.preventDefault();
      onEnterRef.current(readText(editor));
      return true;
    }, COMMAND_PRIORITY_HIGH);
    if (prefill) {
      editor.update(() => {
        const mention = $createTextNode(prefill).setMode("token");
        $getRoot().clear().append($createParagraphNode().append(mention, $createTextNode(" ")));
        $getRoot().selectEnd();
      });
    }
    return () => {
      unregisterEnter();
      unregisterReader();
      unregisterUpdates();
      unregisterPlain();
      editor.setRootElement(null);
    };
  }, [name]);

  // The page clears the box after "posting", as the real sites do; a changed clearSignal asks for that.
  useEffect(() => {
    if (!clearSignal || !editorRef.current) return;
    editorRef.current.update(() => $getRoot().clear().append($createParagraphNode()));
  }, [clearSignal]);

  return (
    <div className="lexical-box">
      {empty && <div className="placeholder" aria-hidden="true">{placeholder}</div>}
      <div ref={rootRef} className={className} contentEditable role="textbox" spellCheck aria-label={label}
           aria-placeholder={placeholder} suppressContentEditableWarning />
    </div>
  );
}
