// X / Twitter: the Draft.js composer of the home timeline and of the /compose/post dialog.
export const x = {
  id: "x",
  platform: "twitter",
  // The most characters sent per check (X's 280 weighted characters (a link counts 23 whatever its length) plus 1,000 for long links): the panel says when a draft was cut.
  checkLimit: 1_280,
  hosts: ["x.com", "twitter.com"],
  composers: [
    // Draft.js puts the testid on the contenteditable itself: tweetTextarea_0, _1… for each post of a thread.
    { kind: "post", selector: '[data-testid^="tweetTextarea_"][contenteditable="true"]' },
  ],
  submit: [{ selector: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]' }],
  media: [
    { kind: "photo", selector: '[data-testid="attachments"] img' },
    { kind: "video", selector: '[data-testid="attachments"] video' },
  ],
};
