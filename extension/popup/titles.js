// Each item's title in the popup's language, from its kind, platform and progress; the helper's English title
// stays the fallback for kinds this popup does not know (account set-up, password rotation…).
import { fill, imageKindName, platformName, t } from "./i18n.js";

const NEXT_IMAGE = /\(next: ([^)]+)\)$/;

export function titleOf(item) {
  const values = { platform: platformName(item.platform), time: item.due?.slice(11, 16) ?? "" };
  switch (item.kind) {
    case "posts":
      return fill(t("itemPosts"), values);
    case "check-time":
      return fill(t("itemCheckTime"), values);
    case "official-hashtags":
      return t("itemOfficialHashtags");
    case "weekly-official-hashtag-posts":
      return fill(t("itemOfficialHashtagPosts"), values);
    case "weekly-original-images": {
      const next = NEXT_IMAGE.exec(item.title)?.[1];
      return fill(t("itemOriginalImages"), values) + (next ? ` — ${fill(t("itemNextImage"), { kind: imageKindName(next) })}` : "");
    }
    case "reply-deadline":
      return fill(t("itemReplyDeadline"), values);
    case "demographics":
      return t("itemDemographics");
    case "guidelines-review":
      return t("itemGuidelinesReview");
    case "youtube-comments":
      return t("itemYoutubeComments");
    case "time-on-social":
      return t("itemTimeOnSocial");
    default:
      return item.title;
  }
}

// "1 of 2 · ideal 2–5" for posts; "12 of 30 min" for time; "3 of 5" otherwise.
export function progressText(item, quotas) {
  const { done, target } = item.progress;
  if (item.kind === "time-on-social") return fill(t("progressMinutes"), { done, target });
  let text = fill(t("progressOf"), { done, target });
  const band = item.kind === "posts" ? quotas?.[item.platform]?.ideal : null;
  if (band) text += ` · ${fill(t("progressIdeal"), { low: band[0], high: band[1] })}`;
  if (band && done > band[1]) text += ` · ${t("progressOverIdeal")}`;
  return text;
}
