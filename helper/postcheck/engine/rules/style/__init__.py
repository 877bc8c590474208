"""Rules of the style family: the Basic Editorial Guidelines on how a post is written."""
