// Instagram: the caption of a new post, a textarea on older layouts and a Lexical editor on newer ones.
export const instagram = {
  id: "instagram",
  platform: "instagram",
  // The most characters sent per check (Instagram's 2,200 characters plus 1,000): the panel says when a draft was cut.
  checkLimit: 3_200,
  hosts: ["instagram.com"],
  composers: [
    { kind: "post", selector: 'textarea[aria-label^="Write a caption"]' },
    { kind: "post", selector: '[contenteditable="true"][role="textbox"][aria-label^="Write a caption"]' },
  ],
  // Instagram's "Share" is a role=button div known only by its text.
  submit: [{ selector: '[role="dialog"] [role="button"]', text: ["Share"] }],
  media: [
    { kind: "video", selector: '[role="dialog"] video' },
    { kind: "photo", selector: '[role="dialog"] :is(img, [role="img"])' },
  ],
};
