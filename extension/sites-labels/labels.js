// The words Facebook and Instagram show on the controls postcheck's selectors need, per interface language, with the
// evidence behind each: where a label is the only signal (no role, structure, data attribute or editor attribute
// tells the box or button apart), the site files match it in every language below.
//
// Shape: LABELS[site][key] = { match, attribute, where, en: [Variant…], fr, es, pt, ar }, Variant = { text, verified,
// evidence }. match "exact": the whole attribute equals a text; "prefix": it starts with one (the rest is a name, an
// ellipsis or a question mark). verified: the text was seen on the real site's controls by the cited public code;
// false: not seen in evidence yet (a translation the site is believed to use) — check it on the live site first.
// X needs no label: every box and button there carries a data-testid in every language (tweetTextarea_N,
// tweetButton, tweetButtonInline, dmComposerTextInput, dm-composer-textarea, attachments).

export const LANGUAGES = Object.freeze(["en", "fr", "es", "pt", "ar"]);

// Public code that drives the real sites (GitHub, found by code search, November 2026); what each one shows.
const SEEN = {
  siteFiles: "postcheck's own site files and practice pages (en), from the issue 12 evidence table",
  fbCommentRegex: "Playwright automation commenting as Facebook Pages (TypeScript, 2026): its COMMENT_RE matches " +
    "comment boxes by 'comment as|write a comment|comentar como|escribe un comentario|escreva um comentário|" +
    "commenter en tant que|écrivez un commentaire' and COMMENT_ACTION_RE buttons by 'Comment|Comentar|Commenter'",
  fbPostButtons: "Facebook group/page posting bots (Python Selenium and Playwright, 2025-2026): the dialog's " +
    "[role=button] publish button by aria-label 'Post', 'Publish', 'Publier', 'Publicar', 'نشر'",
  fbPtFlow: "Facebook posting tasks in Portuguese (Python Selenium and Playwright, 2025-2026): composer " +
    "aria-label 'No que você está pensando?' / 'O que você está pensando?', dialog 'Criar post', buttons " +
    "'Avançar' then 'Postar' / 'Publicar'",
  fbPageFlow: "notes of an agent driving a Facebook Page (2026): What's on your mind? → composer textbox → " +
    "Next → Post settings → Post",
  fbFrNext: "Facebook story viewer bot (Python Playwright, 2026): '[aria-label=\"Suivant\"][role=\"button\"]' beside " +
    "'[aria-label=\"Next\"][role=\"button\"]'",
  fbArMind: "Facebook publishers in Arabic (Python pyautogui; a publisher engine's notes, 2025-2026): the " +
    "composer is found by 'بم تفكر' ('What's on your mind, [Page Name]?' for Pages)",
  metaFr: "French social-media extension's selector server (Python, July 2026): Instagram caption " +
    "'Écrire une légende…' (textarea, then contenteditable div), 'Nouvelle publication'; Meta Business Suite " +
    "'Créer une publication', 'Publier'",
  igCaptionEs: "Instagram posting script (Puppeteer, 2026): 'aria-label varies: \"Write a caption...\", \"Escribe un " +
    "pie de foto...\"'",
  igCaptionPt: "Instagram posting bot (Python Selenium, 2025): caption div[aria-label='Escreva uma legenda...'] or " +
    "'Write a caption...'",
  igAr: "Instagram posting bot with an Arabic interface (Python Selenium, 2024-2025): 'التالي' (Next), caption " +
    "textarea aria-label 'اكتب تعليقًا...', 'مشاركة' (Share)",
  igPtShare: "Instagram Android automation in Portuguese (Python, 2026): caption 'Escreva uma legenda...', share " +
    "button 'Compartilhar'",
  igComment: "Instagram comment bots (Python Selenium/Playwright, 2019-2025): " +
    "textarea[aria-label=\"Add a comment…\"] and its '//button[text()=\"Post\"]'",
  igCommentPt: "Instagram comment bots in Portuguese (Python Selenium, Puppeteer, 2020-2025): " +
    "textarea[aria-label='Adicione um comentário...']",
  igCommentEs: "Instagram comment bot in Spanish (Python Selenium): textarea placeholder 'Añade un comentario...'",
  igCommentFr: "Instagram comment bot with a French interface (Python Selenium, iimraane/web-autoclicker script.py, " +
    "2024): //textarea[@aria-label='Ajouter un commentaire...']",
  fbEsComposer: "Spanish-language seller extension that fills Facebook's composer (TypeScript content script, 2026; " +
    "code search, November 2026): finds the create-post [role=dialog] by 'crear publicación' in its aria-label or " +
    "text and tells the person 'mira el diálogo «Crear publicación» … pulsa Publicar'; its composer trigger by " +
    "'qué estás pensando' (lower-cased substring)",
  igNextCarousel: "Instagram scrapers (Selenium, CDP; 2024-2026): the carousel's button[aria-label='Siguiente'] (es) " +
    "and button[aria-label=\"Suivant\"] (fr): the same Meta translation of Next",
  fbFrModeration: "Facebook engagement and moderation selectors for a French interface (Python Selenium, 2020-2022 " +
    "class names): comment box '(//div[@aria-label=\"Écrire un commentaire\"])[1]', publish " +
    "[role=button][aria-label=\"Publier\"], beside French-only labels ('Supprimer J’aime', 'Masquer le commentaire')",
  fbFrGroupComposer: "French-only Playwright script posting in Facebook groups (JavaScript): opener span " +
    "'Exprimez-vous...', dialog box [contenteditable][aria-label=\"Exprimez-vous\"] (or 'Créer une publication " +
    "publique...'), 'Photo/Vidéo', div[aria-label=\"Publier\"]; a Facebook automation extension's notes: " +
    "'the same group shows \"Write something...\" to one account, \"Exprimez-vous...\" to another'",
  fbGroupComposer: "a Facebook automation extension's DOM module, whose lookups say they were checked on the live " +
    "page (JavaScript, 2026): a group's composer is labelled 'Write something...' for one account, " +
    "'Exprimez-vous...' for another and 'اكتب شيئًا...' for a third, by each one's interface language",
  fbArComment: "Facebook comment tools with an Arabic interface (Python Selenium: a Flask tool with an Arabic " +
    "page, a Tk GUI): the box under each role=article by .//div[@aria-label=\"اكتب تعليقًا\"], or \"اكتب تعليقًا...\"",
  fbEsMessenger: "Puppeteer script recorded on facebook.com in Spanish (Chrome Recorder export for Puppeteer " +
    "22 or later, so 2024+): 'Ver todo en Messenger', [aria-label=\"Lista de conversaciones\"], then the reply box " +
    "[aria-label=\"Mensaje\"] (::-p-aria(Mensaje)) filled with the answer",
  fbPtMessenger: "Messenger Marketplace bot in Portuguese (Node Puppeteer) on messenger.com, the Messenger web " +
    "client facebook.com/messages shares: composer div[aria-label=\"Mensagem\"]; its noise filter lists " +
    "the box's 'Mensagem' and 'Aa'",
  igFrShare: "Instagram publishers by French developers (Python Playwright; one dated 2025): the create dialog's " +
    "buttons by 'Suivant' and 'Partager' beside English, success awaited by French-only texts ('Votre réel a été " +
    "partagé', alt 'Coche animée'); a French Meta Business Suite reel uploader (Selenium): 'Suivant', then " +
    "[role=button] with text 'Partager'",
  igEsShare: "Instagram posting scripts with a Spanish interface (Python Selenium 3 and 4): 'Nueva publicación' → " +
    "//button[text()='Siguiente'] → //button[text()='Compartir']; an uploader's README: 'change \"Compartir\" for " +
    "\"Share\"' if your browser is in English",
  igEsComment: "Spanish Instagram agent (Python Playwright): 'confirmed live: the comment box's real " +
    "placeholder is \"Agrega un comentario...\" (not \"Añade...\", written blind)', sends with the role=button " +
    "named 'Publicar' and checks the comment after a reload; each comment renders '<user> <time> <text> " +
    "Responder'; Gemini comment bots (Selenium) use textarea[aria-label='Agrega un comentario...']",
  igPtNext: "Instagram video poster in Portuguese (Python Selenium): 'Criar' → //div[text()='Avançar'] twice → " +
    "textarea[aria-label='Escreva uma legenda...'] → //div[text()='Compartilhar']",
};

const seen = (text, source) => Object.freeze({ text, verified: true, evidence: SEEN[source] });
const guess = (text, why) => Object.freeze({ text, verified: false, evidence: `not seen yet: ${why}` });
const label = (match, attribute, where, languages) => Object.freeze({ match, attribute, where, ...languages });

export const LABELS = Object.freeze({
  facebook: Object.freeze({
    post: label("exact", "aria-label", "the publish [role=button] of the post dialog and of Post settings", {
      en: [seen("Post", "fbPostButtons")], fr: [seen("Publier", "fbPostButtons")],
      es: [seen("Publicar", "fbPostButtons")], pt: [seen("Publicar", "fbPtFlow"), seen("Postar", "fbPtFlow")],
      ar: [seen("نشر", "fbPostButtons")],
    }),
    next: label("exact", "aria-label", "the [role=button] from a Page's composer to Post settings", {
      en: [seen("Next", "fbPageFlow")], fr: [seen("Suivant", "fbFrNext")],
      es: [guess("Siguiente", "Meta's Spanish for Next on Instagram (igNextCarousel, igEsShare); on Facebook only in " +
        "multi-language fallback lists")],
      pt: [seen("Avançar", "fbPtFlow")], ar: [guess("التالي", "Meta's Arabic for Next on Instagram (igAr)")],
    }),
    comment: label("exact", "aria-label", "the [role=button] that sends a comment", {
      en: [seen("Comment", "fbCommentRegex")], fr: [seen("Commenter", "fbCommentRegex")],
      es: [seen("Comentar", "fbCommentRegex")], pt: [seen("Comentar", "fbCommentRegex")],
      ar: [guess("تعليق", "Arabic noun for comment used on Meta's action bar")],
    }),
    reply: label("exact", "aria-label", "the [role=button] that sends a reply under a comment", {
      en: [seen("Reply", "siteFiles")], fr: [guess("Répondre", "French verb Facebook shows under comments")],
      es: [guess("Responder", "Spanish verb Facebook shows under comments")],
      pt: [guess("Responder", "Portuguese verb Facebook shows under comments")],
      ar: [guess("رد", "Arabic for Reply under comments")],
    }),
    replyTo: label("prefix", "aria-label", "the Lexical box of a reply to a comment ('Reply to <name>')", {
      en: [seen("Reply to ", "siteFiles")], fr: [guess("Répondre à ", "pattern of the English label")],
      es: [guess("Responder a ", "pattern of the English label")],
      pt: [guess("Responder a ", "pattern of the English label")],
      ar: [guess("الرد على ", "pattern of the English label")],
    }),
    writeReply: label("prefix", "aria-label", "the Lexical reply box under a comment", {
      en: [seen("Write a reply", "siteFiles")],
      fr: [guess("Écrivez une réponse", "pattern of 'Écrivez un commentaire'")],
      es: [guess("Escribe una respuesta", "pattern of 'Escribe un comentario'")],
      pt: [guess("Escreva uma resposta", "pattern of 'Escreva um comentário'")],
      ar: [guess("اكتب ردًا", "pattern of 'اكتب تعليقًا'")],
    }),
    writeComment: label("prefix", "aria-label", "the Lexical comment box under a post, as a person", {
      en: [seen("Write a comment", "fbCommentRegex")],
      fr: [seen("Écrivez un commentaire", "fbCommentRegex"), seen("Écrire un commentaire", "fbFrModeration")],
      es: [seen("Escribe un comentario", "fbCommentRegex")], pt: [seen("Escreva um comentário", "fbCommentRegex")],
      ar: [seen("اكتب تعليقًا", "fbArComment")],
    }),
    commentAs: label("prefix", "aria-label", "the Lexical comment box under a post, as a Page ('Comment as <Page>')", {
      en: [seen("Comment as ", "fbCommentRegex"), seen("Answer as ", "siteFiles")],
      fr: [seen("Commenter en tant que ", "fbCommentRegex")],
      es: [seen("Comentar como ", "fbCommentRegex")], pt: [seen("Comentar como ", "fbCommentRegex")],
      ar: [guess("التعليق باسم ", "Arabic for 'comment as'; one extension folds it into a list with 'التعليق " +
        "بصفتك' and 'علق باسم', none shown alone")],
    }),
    whatsOnYourMind: label("prefix", "aria-label",
      "the post composer's Lexical box and its opener button (a profile's or a Page's prompt, and a group's)", {
      en: [seen("What's on your mind", "fbPageFlow"), seen("Write something", "fbGroupComposer")],
      fr: [seen("Exprimez-vous", "fbFrGroupComposer"),
        guess("Quoi de neuf", "French developers' fallback lists for the home composer ('Quoi de neuf', beside " +
          "'À quoi pensez-vous'); no single-language script shows it"),
        guess("Que voulez-vous dire", "the older French prompt; no public code shows it on Facebook (the hits are " +
          "other sites' own composers)")],
      es: [guess("¿Qué estás pensando", "the Spanish prompt of Facebook's composer; its words, lower-cased, are " +
        "matched as a substring by fbEsComposer, which does not show the opening '¿' nor where the label starts")],
      pt: [seen("No que você está pensando", "fbPtFlow"), seen("O que você está pensando", "fbPtFlow")],
      ar: [seen("بم تفكر", "fbArMind"), seen("اكتب شيئًا", "fbGroupComposer")],
    }),
    createPost: label("exact", "aria-label", "the post composer's [role=dialog]", {
      en: [seen("Create post", "siteFiles")], fr: [seen("Créer une publication", "metaFr")],
      es: [seen("Crear publicación", "fbEsComposer")], pt: [seen("Criar post", "fbPtFlow")],
      ar: [guess("إنشاء منشور", "Arabic for Create post")],
    }),
    message: label("exact", "aria-label", "Messenger's Lexical box (placeholder 'Aa'): a private message, ignored", {
      en: [seen("Message", "siteFiles")], fr: [guess("Message", "French keeps the word")],
      es: [seen("Mensaje", "fbEsMessenger")], pt: [seen("Mensagem", "fbPtMessenger")],
      ar: [guess("رسالة", "Arabic for Message")],
    }),
  }),
  instagram: Object.freeze({
    writeCaption: label("prefix", "aria-label", "the caption box of a new post (textarea, then Lexical)", {
      en: [seen("Write a caption", "siteFiles")], fr: [seen("Écrire une légende", "metaFr")],
      es: [seen("Escribe un pie de foto", "igCaptionEs")], pt: [seen("Escreva uma legenda", "igCaptionPt")],
      ar: [seen("اكتب تعليقًا", "igAr")],
    }),
    share: label("exact", "text", "the [role=button] that publishes a new post", {
      en: [seen("Share", "siteFiles")], fr: [seen("Partager", "igFrShare")],
      es: [seen("Compartir", "igEsShare")], pt: [seen("Compartilhar", "igPtShare")],
      ar: [seen("مشاركة", "igAr")],
    }),
    next: label("exact", "text", "the [role=button] between the steps of a new post", {
      en: [seen("Next", "siteFiles")], fr: [seen("Suivant", "igNextCarousel")],
      es: [seen("Siguiente", "igNextCarousel")], pt: [seen("Avançar", "igPtNext")],
      ar: [seen("التالي", "igAr")],
    }),
    addComment: label("prefix", "aria-label", "the comment textarea under a post (replies use it too)", {
      en: [seen("Add a comment", "igComment")], fr: [seen("Ajouter un commentaire", "igCommentFr")],
      es: [seen("Añade un comentario", "igCommentEs"), seen("Agrega un comentario", "igEsComment")],
      pt: [seen("Adicione um comentário", "igCommentPt")],
      ar: [guess("إضافة تعليق", "Arabic for Add a comment")],
    }),
    post: label("exact", "text", "the [role=button] that sends a comment", {
      en: [seen("Post", "igComment")], fr: [guess("Publier", "Meta's French for Post (fbPostButtons); on Instagram " +
        "only in fallback lists beside 'Post' (and 'نشر'), and in a selector file its author marks as unverified")],
      es: [seen("Publicar", "igEsComment")],
      pt: [guess("Publicar", "Meta's Portuguese for Post (fbPtFlow)")],
      ar: [guess("نشر", "Meta's Arabic for Post (fbPostButtons); an Arabic-run Instagram reply bot sends with " +
        "text 'Post', 'Publier' or 'نشر', a list, not one language")],
    }),
    reply: label("exact", "text", "the [role=button] under a comment that starts a reply ('@name ')", {
      en: [seen("Reply", "siteFiles")],
      fr: [guess("Répondre", "French for Reply; on Instagram only in a fallback list ('Reply', 'رد', 'Répondre')")],
      es: [seen("Responder", "igEsComment")], pt: [guess("Responder", "Portuguese for Reply")],
      ar: [guess("رد", "Arabic for Reply; an Arabic-run Instagram reply bot looks for 'Reply', 'رد' or 'Répondre'")],
    }),
  }),
});

/** Every text of LABELS[site][key] in every language, without repeats: what a selector must accept. */
export function labelTexts(site, key) {
  const entry = LABELS[site]?.[key];
  if (!entry) throw new Error(`labels: no label ${key} for ${site}`);
  return [...new Set(LANGUAGES.flatMap((language) => entry[language].map((variant) => variant.text)))];
}

/** A CSS selector list matching the label's attribute in any language, e.g. [aria-label^="Reply to "], …;
 * for match "text" (no attribute carries it) the caller compares textContent with labelTexts() instead. */
export function labelSelector(site, key) {
  const { match, attribute } = LABELS[site][key];
  if (attribute === "text") throw new Error(`labels: ${site}.${key} is a button text, not an attribute`);
  const operator = match === "prefix" ? "^=" : "=";
  const quote = (text) => `"${text.replace(/["\\]/g, "\\$&")}"`;
  return labelTexts(site, key).map((text) => `[${attribute}${operator}${quote(text)}]`).join(", ");
}
