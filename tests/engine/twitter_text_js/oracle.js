// Reads one JSON string per line on stdin and writes, per line, what a twitter-text library makes of it: URLs,
// mentions/lists and hashtags with UTF-16 indices, and parseTweet's weighted length and valid range.
// Usage: node oracle.js [package folder]: twitter-text is loaded from that folder's node_modules (default: this
// folder, twitter-text 3.1.0 with @twemoji/parser 15.0 as x.com runs it; ../twitter_text_js_official: as published).
'use strict';
const path = require('path');

const folder = path.resolve(process.argv[2] || __dirname);
const twttr = require(path.join(folder, 'node_modules', 'twitter-text'));

const lines = require('fs').readFileSync(0, 'utf8').split('\n').filter((line) => line.length > 0);
const results = lines.map((line) => {
  const text = JSON.parse(line);
  const parsed = twttr.parseTweet(text);
  return JSON.stringify({
    urls: twttr.extractUrlsWithIndices(text).map((e) => [e.url, e.indices[0], e.indices[1]]),
    mentions: twttr.extractMentionsOrListsWithIndices(text)
      .map((e) => [e.screenName + e.listSlug, e.indices[0], e.indices[1]]),
    hashtags: twttr.extractHashtagsWithIndices(text, { checkUrlOverlap: false })
      .map((e) => [e.hashtag, e.indices[0], e.indices[1]]),
    weightedLength: parsed.weightedLength,
    validRangeEnd: parsed.validRangeEnd,
  });
});
process.stdout.write(results.join('\n') + '\n');
