// Facebook: Lexical composers; the boxes under a comment or review are replies and get reply rules and templates.
export const facebook = {
  id: "facebook",
  platform: "facebook",
  // The most characters sent per check (Facebook's 63,206 characters plus a tenth): the panel says when a draft was cut.
  checkLimit: 70_000,
  hosts: ["facebook.com"],
  composers: [
    {
      kind: "reply",
      selector: '[data-lexical-editor="true"][role="textbox"]:is([aria-label^="Write a reply"], [aria-label^="Reply to "])',
      // The commenter is named by the profile link of the comment the box answers, or by the box's own label.
      author: {
        comment: '[role="article"][aria-label^="Comment by "]',
        name: 'a[role="link"]',
        labelPattern: "^Reply to (.+?)(?:'s comment)?…?$",
      },
      submitOnEnter: true,
    },
    { kind: "post", selector: '[data-lexical-editor="true"][role="textbox"]' },
  ],
  submit: [{ selector: '[role="button"]:is([aria-label="Post"], [aria-label="Reply"], [aria-label="Comment"])' }],
  media: [
    { kind: "photo", selector: '[aria-label="Attached media"] img' },
    { kind: "video", selector: '[aria-label="Attached media"] video' },
  ],
};
