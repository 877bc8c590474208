"""Rules of the hashtags family."""
