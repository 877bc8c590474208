"""Rules of the reply family: answers to Facebook comments and reviews (kind "reply")."""
