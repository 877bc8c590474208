"""Rules of the mentions family."""
