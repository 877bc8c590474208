// Facebook's interface words on the practice pages, in English and French (as facebook.com shows them with
// ?locale=fr_FR; the evidence for each is listed in the practice-labels table of the notes).
export const FACEBOOK_WORDS = {
  en: {
    mind: (name) => (name ? `What's on your mind, ${name}?` : "What's on your mind?"), createPost: "Create post",
    post: "Post", next: "Next", postSettings: "Post settings", photoVideo: "Photo/video", attached: "Attached media",
    commentBy: (name) => `Comment by ${name} 2 hours ago`, writeReply: "Write a reply…", reply: "Reply",
    replyTo: (name) => `Reply to ${name}`, replyBy: (name) => `Reply by ${name}`, comments: "Comments",
    writeComment: "Write a comment…", commentAs: (name) => `Comment as ${name}`, comment: "Comment",
    postBy: (name) => `Post by ${name}`, message: "Message", send: "Press Enter to send", chats: "Chats",
    audience: "Public", schedule: "Scheduling options",
  },
  fr: {
    mind: (name) => (name ? `Que voulez-vous dire, ${name} ?` : "Que voulez-vous dire ?"),
    createPost: "Créer une publication", post: "Publier", next: "Suivant", postSettings: "Paramètres de publication",
    photoVideo: "Photo/vidéo", attached: "Médias joints",
    commentBy: (name) => `Commentaire de ${name} il y a 2 heures`,
    writeReply: "Écrivez une réponse…", reply: "Répondre", replyTo: (name) => `Répondre à ${name}`,
    replyBy: (name) => `Réponse de ${name}`, comments: "Commentaires", writeComment: "Écrivez un commentaire…",
    commentAs: (name) => `Commenter en tant que ${name}`, comment: "Commenter",
    postBy: (name) => `Publication de ${name}`, message: "Message", send: "Appuyez sur Entrée pour envoyer",
    chats: "Discussions", audience: "Public", schedule: "Options de programmation",
  },
};
