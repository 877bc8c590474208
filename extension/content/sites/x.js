// X / Twitter: the Draft.js composer of the home timeline and of the /compose/post dialog (every post of a thread),
// and the textarea of the touch layout. Direct messages (dmComposerTextInput, dm-composer-textarea) are private and
// never matched. X needs no labels: its data-testids are the same in every language.
export const x = {
  id: "x",
  platform: "twitter",
  // The most characters sent per check (X's 280 weighted characters (a link counts 23 whatever its length) plus 1,000 for long links): the panel says when a draft was cut.
  checkLimit: 1_280,
  hosts: ["x.com", "twitter.com"],
  composers: [
    // Draft.js puts the testid on the contenteditable itself: tweetTextarea_0, _1… for each post of a thread.
    { kind: "post", selector: '[data-testid^="tweetTextarea_"][contenteditable="true"]' },
    // The touch layout (phones, tablets): a plain textarea inside the tweetTextarea_N div.
    { kind: "post", selector: 'div[data-testid^="tweetTextarea_"] > textarea' },
  ],
  // Boxes typed in that are deliberately not composers (content/watch.js does not report them): direct messages.
  ignored: ['[data-testid="dmComposer"]', '[data-testid="dmComposerTextInput"]', '[data-testid="dm-composer-textarea"]'],
  // "Post" (or "Post all" for a thread) publishes every post of the composer at once.
  submit: [{ selector: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]' }],
  // A quoted post's card also sits in the attachments area, avatar included: it is not media the person attached.
  media: [
    { kind: "photo", selector: '[data-testid="attachments"] img:not([role="link"] img, [data-testid="Tweet-User-Avatar"] img)' },
    { kind: "video", selector: '[data-testid="attachments"] video:not([role="link"] video)' },
  ],
};
