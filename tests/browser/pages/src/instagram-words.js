// Instagram's interface words on the practice pages, in English and French (as instagram.com shows them with ?hl=fr;
// the evidence for each is listed in the practice-labels table of the notes).
export const INSTAGRAM_WORDS = {
  en: {
    caption: "Write a caption...", share: "Share", createPost: "Create new post", photo: "Selected photo",
    addComment: "Add a comment…", post: "Post", reply: "Reply", comments: "Comments",
    directMessaging: "Direct messaging", message: "Message", messagePlaceholder: "Message...",
  },
  fr: {
    caption: "Écrire une légende…", share: "Partager", createPost: "Créer une publication",
    photo: "Photo sélectionnée", addComment: "Ajouter un commentaire…", post: "Publier", reply: "Répondre",
    comments: "Commentaires",
    directMessaging: "Messagerie directe", message: "Votre message…", messagePlaceholder: "Votre message…",
  },
};
