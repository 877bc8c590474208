// Facebook: Lexical composers, told apart by their labels in every interface language (sites-labels/labels.js).
// Comment boxes under a post and reply boxes under a comment are replies (reply rules and templates); the post
// composer is the "What's on your mind" box; any other Lexical box (Messenger's, unknown ones) is left alone.
import { labelSelector, labelTexts } from "../../sites-labels/labels.js";

const LEXICAL = '[data-lexical-editor="true"][role="textbox"]';
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export const facebook = {
  id: "facebook",
  platform: "facebook",
  // The most characters sent per check (Facebook's 63,206 characters plus a tenth): the panel says when a draft was cut.
  checkLimit: 70_000,
  hosts: ["facebook.com"],
  composers: [
    {
      kind: "reply",
      selector: `${LEXICAL}:is(${labelSelector("facebook", "writeReply")}, ${labelSelector("facebook", "replyTo")})`,
      // The commenter: the profile link of the comment the box sits in, else the name in the box's own label.
      author: {
        comment: '[role="article"]',
        name: 'a[role="link"]',
        labelPattern: `^(?:${labelTexts("facebook", "replyTo").map(escape).join("|")})(.+?)(?:'s comment)?…?$`,
      },
      submitOnEnter: true,
    },
    // A comment under a post (as a person or as the Page) answers the post's readers: a reply too. Nobody in
    // particular is addressed, so the templates leave [first name] for the person to fill.
    {
      kind: "reply",
      selector: `${LEXICAL}:is(${labelSelector("facebook", "writeComment")}, ${labelSelector("facebook", "commentAs")})`,
      author: null,
      submitOnEnter: true,
    },
    { kind: "post", selector: `${LEXICAL}:is(${labelSelector("facebook", "whatsOnYourMind")})` },
  ],
  // Boxes typed in that are deliberately not composers (content/watch.js does not report them): Messenger's.
  ignored: [`${LEXICAL}:is(${labelSelector("facebook", "message")})`],
  submit: [{
    selector: `[role="button"]:is(${labelSelector("facebook", "post")}, ${labelSelector("facebook", "reply")}, ` +
      `${labelSelector("facebook", "comment")})`,
  }],
  // A Page's flow: "Next" leaves the composer for "Post settings" (the editor is gone there), whose "Post" publishes.
  next: { selector: `[role="dialog"] [role="button"]:is(${labelSelector("facebook", "next")})` },
  // Media kinds come only from the files the person attached to the draft (content/attachments.js: a trusted file
  // choice, drop or paste), as on Instagram: no public code shows how Facebook's composer previews them, and a
  // selector on the dialog's images would count avatars and stickers.
  media: [],
};
