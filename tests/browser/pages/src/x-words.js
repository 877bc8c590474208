// X's interface words on the practice page, in English and French (evidence: docs/practice-labels in the notes;
// French strings as x.com shows them with ?lang=fr).
export const X_WORDS = {
  en: {
    placeholder: "What is happening?!", postText: "Post text", post: "Post", postAll: "Post all", addPost: "Add post",
    close: "Close", home: "Home", quoted: "Quoted post", dmPlaceholder: "Start a new message", send: "Send",
    messages: "Messages", chatPlaceholder: "Message",
    reply: "Reply", replyPlaceholder: "Post your reply", replyingTo: "Replying to",
  },
  fr: {
    placeholder: "Quoi de neuf ?!", postText: "Texte du post", post: "Poster", postAll: "Tout poster",
    addPost: "Ajouter un post", close: "Fermer", home: "Accueil", quoted: "Post cité",
    dmPlaceholder: "Écrivez un message", send: "Envoyer", messages: "Messages", chatPlaceholder: "Message",
    reply: "Répondre", replyPlaceholder: "Postez votre réponse", replyingTo: "En réponse à",
  },
};
