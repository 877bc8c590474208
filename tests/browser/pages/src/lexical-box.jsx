// A Lexical plain-text editor mounted the way Facebook and Instagram mount theirs: React renders an empty
// contenteditable and Lexical owns everything inside it (React must never render children there).
import { useEffect, useRef, useState } from "react";
import { $createParagraphNode, $getRoot, createEditor } from "lexical";
import { registerPlainText } from "@lexical/plain-text";
import { registerEditor } from "./practice.js";

const readText = (editor) => editor.getEditorState().read(() => $getRoot().getTextContent());

export function LexicalBox({ name, label, placeholder, className, onChange, clearSignal }) {
  const rootRef = useRef(null);
  const editorRef = useRef(null);
  const [empty, setEmpty] = useState(true);
  // The latest onChange without re-creating the editor on every render.
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

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
    return () => {
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
