// Instagram: the caption of a new post (a textarea on older layouts, a Lexical editor on newer ones) and the comment
// box under a post (replies to a comment use it too, starting with "@name "), told apart by their labels in every
// interface language (sites-labels/labels.js).
import { labelSelector, labelTexts } from "../../sites-labels/labels.js";

export const instagram = {
  id: "instagram",
  platform: "instagram",
  // The most characters sent per check (Instagram's 2,200 characters plus 1,000): the panel says when a draft was cut.
  checkLimit: 3_200,
  hosts: ["instagram.com"],
  composers: [
    { kind: "post", selector: `textarea:is(${labelSelector("instagram", "writeCaption")})` },
    {
      kind: "post",
      selector: `[contenteditable="true"][role="textbox"]:is(${labelSelector("instagram", "writeCaption")})`,
    },
    // A comment answers the post's readers (or, after "Reply", one commenter by handle): reply rules and templates.
    { kind: "reply", selector: `textarea:is(${labelSelector("instagram", "addComment")})`, author: null, submitOnEnter: true },
  ],
  // Pages where every box is private (content/watch.js reports nothing typed there), whatever the interface
  // language: direct messages live under /direct/ — /direct/inbox/, /direct/general/, /direct/requests/ and a
  // conversation at /direct/t/<thread id>/ (seen in an automation's reference of Instagram's DOM,
  // IsaiahDupree/Safari_Automations docs/INSTAGRAM_AUTOMATION_COMPLETE.md, "production-verified" 2026-02-27).
  privatePaths: ["/direct/"],
  // Boxes typed in that are deliberately not composers, wherever they appear: the conversation box, a
  // contenteditable role=textbox labelled "Message" (a17-so/internal-tools outreach selectors, 2025) with a
  // textarea[placeholder*="Message"] fallback (Safari_Automations, above). English labels only: other languages
  // rely on privatePaths.
  ignored: ['[contenteditable="true"][aria-label="Message"]', 'textarea[placeholder^="Message"]'],
  // Instagram's buttons are role=button divs known only by their text: "Share" publishes a post, "Post" a comment.
  submit: [
    { selector: '[role="dialog"] [role="button"]', text: labelTexts("instagram", "share") },
    { selector: '[role="button"]', text: labelTexts("instagram", "post") },
  ],
  // Media kinds come only from the files the person attached (content/attachments.js): every post made on Instagram's
  // web comes from a file chosen from the computer (or dropped) in "Create new post" — Create → select → Next (Crop)
  // → Next (Edit) → caption → Share, with `form[enctype="multipart/form-data"] input._ac69[type="file"]
  // [accept="image/jpeg,image/png,image/heic,image/heif,video/mp4,video/quicktime"]` in Selenium and Puppeteer
  // scripts, 2022–2025 — before the caption box exists. Nothing shown in the dialog is read: its avatar img and svg
  // role=img icons (the select step's "Icon to represent media such as images or videos", copied with Instagram's
  // own class names by several public clones) made a video post "photo + video". No reliable preview marker was
  // found in public code (searched 2026-11-30): an agent's scheduled-posting executor (@craft-agent's
  // scheduled-social browser contract, 2026) waits for any of `[role="dialog"] img[src^="blob:"]`,
  // `video[src^="blob:"]` or `[role="dialog"] canvas` on Instagram, three alternatives, and other automations wait
  // on obfuscated class names (`div.x1n2onr6 img`).
  media: [],
};
