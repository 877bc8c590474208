// X / Twitter: the Draft.js composer of the home timeline and of the /compose/post dialog.
"use strict";
postcheck.sites.register({
  id: "x",
  platform: "twitter",
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
});
