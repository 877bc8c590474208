"""Rules of the safety family: unsafe details (movements, absences, personal data, credentials) in EN, FR and ES."""
