"""Rules of the links family: where a post's links lead and whether that source is credible."""
