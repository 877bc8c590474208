"""Rules of the tone family: language an institutional account must not use."""
