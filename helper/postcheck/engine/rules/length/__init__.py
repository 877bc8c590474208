"""Rules of the length family."""
