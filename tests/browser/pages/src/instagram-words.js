// Instagram's interface words on the practice pages, in English and French (as instagram.com shows them with ?hl=fr;
// the evidence for each is listed in the practice-labels table of the notes).
export const INSTAGRAM_WORDS = {
  en: {
    caption: "Write a caption...", share: "Share", createPost: "Create new post", photo: "Selected photo",
    addComment: "Add a comment…", post: "Post", reply: "Reply", comments: "Comments",
    directMessaging: "Direct messaging", message: "Message", messagePlaceholder: "Message...",
    mediaIcon: "Icon to represent media such as images or videos", dragHere: "Drag photos and videos here",
    selectFromComputer: "Select from computer", crop: "Crop", edit: "Edit", next: "Next", back: "Back",
    profilePicture: "international.organization's profile picture", emoji: "Emoji", nothingChosen: "Nothing chosen",
  },
  fr: {
    caption: "Écrire une légende…", share: "Partager", createPost: "Créer une publication",
    photo: "Photo sélectionnée", addComment: "Ajouter un commentaire…", post: "Publier", reply: "Répondre",
    comments: "Commentaires",
    directMessaging: "Messagerie directe", message: "Votre message…", messagePlaceholder: "Votre message…",
    mediaIcon: "Icône représentant des contenus multimédias comme des images ou des vidéos",
    dragHere: "Faites glisser les photos et les vidéos ici", selectFromComputer: "Sélectionner sur l’ordinateur",
    crop: "Recadrer", edit: "Modifier", next: "Suivant", back: "Retour",
    profilePicture: "Photo de profil de international.organization", emoji: "Emoji", nothingChosen: "Aucun fichier",
  },
};
