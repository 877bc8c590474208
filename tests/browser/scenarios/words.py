"""The labels each practice page shows per interface language (?lang=fr): what the tests look boxes and buttons up by
(the pages' own tables: tests/browser/pages/src/*-words.js)."""

from __future__ import annotations

WORDS = {
    "en": {"post_all": "Post all", "add_post": "Add post", "mind": "What's on your mind?", "next": "Next",
           "post": "Post", "comment_as": "Comment as International Organization", "write_comment": "Write a comment…",
           "reply": "Reply", "reply_to": "Reply to Maria Lopez", "add_comment": "Add a comment…", "ig_post": "Post",
           "x_post": "Post", "mind_ana": "What's on your mind, Ana?", "caption": "Write a caption...",
           "share": "Share", "message": "Message", "write_reply": "Write a reply…",
           "ig_message": "Message", "x_reply": "Reply"},
    "fr": {"post_all": "Tout poster", "add_post": "Ajouter un post", "mind": "Que voulez-vous dire ?",
           "next": "Suivant", "post": "Publier", "comment_as": "Commenter en tant que International Organization",
           "write_comment": "Écrivez un commentaire…", "reply": "Répondre", "reply_to": "Répondre à Maria Lopez",
           "add_comment": "Ajouter un commentaire…", "ig_post": "Publier", "x_post": "Poster",
           "mind_ana": "Que voulez-vous dire, Ana ?", "caption": "Écrire une légende…", "share": "Partager",
           "message": "Message", "write_reply": "Écrivez une réponse…",
           "ig_message": "Votre message…", "x_reply": "Répondre"},
}
LANGUAGES = tuple(WORDS)


def localised(url: str, lang: str) -> str:
    """The practice page at `url` in `lang` (every page takes ?lang=)."""
    return f"{url}{'&' if '?' in url else '?'}lang={lang}"


def lexical(label: str) -> str:
    """A Lexical editor (Facebook, Instagram) by its aria-label."""
    return f'[data-lexical-editor="true"][role="textbox"][aria-label="{label}"]'
