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
  // Boxes typed in that are deliberately not composers (content/watch.js does not report them): direct messages,
  // a Lexical box labelled "Message" (English only: no evidence of other languages yet).
  ignored: ['[contenteditable="true"][aria-label="Message"]', 'textarea[placeholder^="Message"]'],
  // Instagram's buttons are role=button divs known only by their text: "Share" publishes a post, "Post" a comment.
  submit: [
    { selector: '[role="dialog"] [role="button"]', text: labelTexts("instagram", "share") },
    { selector: '[role="button"]', text: labelTexts("instagram", "post") },
  ],
  media: [
    { kind: "video", selector: '[role="dialog"] video' },
    { kind: "photo", selector: '[role="dialog"] :is(img, [role="img"])' },
  ],
};
