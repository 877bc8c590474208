"""Where safety.movement's word lists stand in a post: which lists a post may hold (one look at its words, through the
reading's gate index) and where their phrases are (found at their first words, each list's own pattern tried there),
exactly what a scan of the whole folded text by each list would find."""

from __future__ import annotations

import re

from postcheck.engine import regex_table
from postcheck.engine.rules._trie import trie_pattern
from postcheck.engine.rules.safety._words import _FUNCTION_WORDS, WORD_MARK, Gate, alternation, union

# A phrase's first word, and a "*" right after it ("convoy*": any word that begins so).
_HEAD = regex_table.compile(r"(\w+)(\*?)")


class Gates:
    """The gates of several word lists opened from one look at a post's words: `open(reading)` gives the bits (bit i
    set when the i-th list's own Gate opens on it) and the "convoy*" prefixes its words begin with. The whole words
    are the reading's own gate index (one AND and a dict look-up), the prefixes one search of its joined words."""

    __slots__ = ("_bits", "_joined", "_keys", "_local", "_mask", "_prefixes", "_word_keys", "stems")

    def __init__(self, lexicons) -> None:
        keys: dict[str, int] = {}
        prefixes: dict[str, int] = {}
        gates = [Gate(lexicon) for lexicon in lexicons]
        for bit, gate in enumerate(gates):
            for key in gate._keys:  # each list's own choice of words and "convoy*" prefixes: the same gates
                keys[key] = keys.get(key, 0) | 1 << bit
            for prefix in gate._starts:
                prefixes[prefix] = prefixes.get(prefix, 0) | 1 << bit
        self._word_keys = frozenset(keys)
        self._keys = keys
        # Each list's bit in the index of every gate (_words.gates_opened, read once per post by the Reading): the
        # index's bits of these lists, masked, say which lists its whole words open (two lists may share one bit).
        self._bits = tuple((gate._bit, 1 << bit) for bit, gate in enumerate(gates))
        self._mask = _or(gate._bit for gate in gates)
        self._local: dict[int, int] = {}
        # A word found with its longest prefix holds every shorter one that begins it too: that one's bits include
        # theirs. The trie tries longer prefixes first, and "\0" lets re jump from word to word.
        self._prefixes = {p: _or(bits for q, bits in prefixes.items() if p.startswith(q)) for p in prefixes}
        self._joined = regex_table.compile(WORD_MARK + "(" + trie_pattern(prefixes) + ")") if prefixes else None
        self.stems = frozenset(prefixes)  # every "convoy*" prefix that `prefixes` may report

    def open(self, reading) -> tuple[int, list[str]]:
        """`reading`: a Reading (its `words`, `joined_words` and, when it has them, `gates_open`/`gates_below`).
        Gives the bits and the longest prefix each word begins with (see `prefixes`)."""
        try:
            indexed = self._mask < reading.gates_below  # every list's bit was in the index when the words were read
        except AttributeError:
            indexed = False
        if indexed:
            opened = reading.gates_open & self._mask
            bits = self._local.get(opened)
            if bits is None:
                bits = self._local[opened] = _or(local for index, local in self._bits if opened & index)
        else:
            bits = 0
            for key in self._word_keys.intersection(reading.words):
                bits |= self._keys[key]
        if self._joined is None:
            return bits, []
        found = self._joined.findall(reading.joined_words)
        for prefix in found:
            bits |= self._prefixes[prefix]
        return bits, found

    def prefixes(self, joined: str) -> list[str]:
        """The longest "convoy*" prefix each word of `joined` (words after WORD_MARK) begins with, if any."""
        return self._joined.findall(joined) if self._joined is not None else []


def _or(values) -> int:
    total = 0
    for value in values:
        total |= value
    return total


class Scan:
    """Several word lists found where their phrases may begin: `find(folded, words, prefixes, wanted)` gives per list
    the (start, end) of its matches, those its own pattern (`alternation`) finds with finditer: leftmost, not
    overlapping.

    Every word of a phrase is a whole word of the text it matches (a "convoy*" word begins one): a phrase whose
    rarest word (its key) the text lacks matches nowhere. So only the first words of the phrases whose keys the text
    holds are looked for (str.find), and each list's pattern is tried there alone, in order, from the end of its
    last match: finditer's matches, without a pass over every position of the text."""

    __slots__ = ("_count", "_covers", "_everywhere", "_heads", "_indices", "_keys", "_patterns", "_stem_heads",
                 "_stems", "_sure")

    def __init__(self, lexicons, prefixes) -> None:
        """`prefixes`: the "convoy*" prefixes Gates.open reports (each list's own Gate's)."""
        self._count = len(lexicons)
        self._patterns = [regex_table.compile(alternation(lexicon)) for lexicon in lexicons]
        heads: dict[str, dict[tuple[str, bool], int]] = {}  # key -> (first word, is a "convoy*" stem) -> list bits
        stem_keys: dict[str, dict[tuple[str, bool], int]] = {}
        everywhere = 0  # lists with a phrase that begins with a sign or has no word: scanned in full
        for index, lexicon in enumerate(lexicons):
            for phrase in union(lexicon):
                head = _HEAD.match(phrase)
                words = re.findall(r"\w+\*?", phrase)
                whole = [word for word in words if not word.endswith("*")]
                if head is None or not words:
                    everywhere |= 1 << index
                    continue
                first = (head.group(1), bool(head.group(2)))
                if whole:  # the longest whole word that is not a function word, as a Gate would choose it
                    table, key = heads, max(whole, key=lambda word: (word not in _FUNCTION_WORDS, len(word)))
                else:  # the longest stem, as its Gate chose it: Gates.open reports it
                    table, key = stem_keys, max(words, key=len)[:-1]
                    if key not in prefixes:
                        everywhere |= 1 << index
                        continue
                slot = table.setdefault(key, {})
                slot[first] = slot.get(first, 0) | 1 << index
        self._everywhere = everywhere
        # A one-word phrase ("truck") whose list has no other phrase that may match where the word stands whole
        # (none beginning with it, no "tru*" stem but a one-word one): its match there is the word, without a try.
        self._sure: dict[str, int] = {}
        for index, lexicon in enumerate(lexicons):
            phrases = union(lexicon)
            by_first: dict[str, list[str]] = {}
            stems = []  # ("tru", "tru* stop")
            for phrase in phrases:
                if (head := _HEAD.match(phrase)) is not None:
                    if head.group(2):
                        stems.append((head.group(1), phrase))
                    else:
                        by_first.setdefault(head.group(1), []).append(phrase)
            for word, starting in by_first.items():
                if starting == [word] and all(phrase == stem + "*" for stem, phrase in stems if word.startswith(stem)):
                    self._sure[word] = self._sure.get(word, 0) | 1 << index
        # the lists of each set of bits, in order
        self._indices = [tuple(i for i in range(self._count) if bits >> i & 1) for bits in range(1 << self._count)]
        self._keys = frozenset(heads)
        self._heads = {key: tuple(firsts.items()) for key, firsts in heads.items()}
        # A prefix Gates.open reports holds every shorter stem that begins it.
        self._stems = frozenset(prefixes)
        self._covers = {p: frozenset(q for q in prefixes if p.startswith(q)) for p in prefixes}
        self._stem_heads = {p: tuple((first, bits) for stem, firsts in stem_keys.items() if p.startswith(stem)
                                     for first, bits in firsts.items()) for p in prefixes}

    def may_hold(self, words, prefixes=()) -> int:
        """The bits of the lists whose phrases may match somewhere in a text whose words (or more) are `words` and
        whose Gates.prefixes are `prefixes`: a search of the list's pattern anywhere in it finds nothing without."""
        bits = self._everywhere
        for key in self._keys.intersection(words):
            for _, found in self._heads[key]:
                bits |= found
        for prefix in prefixes:
            for _, found in self._stem_heads.get(prefix, ()):
                bits |= found
        return bits

    def find(self, folded: str, words, prefixes, wanted: int) -> list:
        """The (start, end) of the matches of each list whose bit is in `wanted` (the others: none). `words`: every
        word of `folded` (more do no harm); `prefixes`: Gates.prefixes of those words.

        Every place a list's phrase may begin is one (start, list, end) try, all sorted once: a try whose end is
        known (a one-word phrase, see `_sure`) needs no match, the others are matched by the list's pattern; a
        list's next match is its first try at or after the end of its last one, as finditer's."""
        heads: dict[tuple[str, bool], int] = {}
        for key in self._keys.intersection(words):
            for first, bits in self._heads[key]:
                heads[first] = heads.get(first, 0) | bits
        for prefix in prefixes:
            for first, bits in self._stem_heads.get(prefix, ()):
                heads[first] = heads.get(first, 0) | bits
        tries: list[tuple[int, int, int]] = []
        add = tries.append
        covered = None  # the stems some word begins with, when a stem is first asked
        indices, sure, length = self._indices, self._sure, len(folded)
        for (word, stem), bits in heads.items():
            bits &= wanted
            if not bits:
                continue
            size = len(word)
            at = folded.find(word)
            # The first word itself must be there (not only the key): one look at the words, or at the prefixes
            if not stem:
                if word not in words:
                    continue
                known = sure.get(word, 0) & bits
                while at >= 0:  # where it stands whole (re's \b on both sides: alphanumeric or "_" is \w)
                    after = at + size
                    if (at == 0 or not ((c := folded[at - 1]).isalnum() or c == "_")) and (
                            after == length or not ((c := folded[after]).isalnum() or c == "_")):
                        for index in indices[bits]:
                            add((at, index, after if known >> index & 1 else 0))
                    at = folded.find(word, after)
                continue
            if word in self._stems:
                if covered is None:
                    covered = set().union(*(self._covers[prefix] for prefix in prefixes))
                if word not in covered:
                    continue
            while at >= 0:  # where a word begins with it
                if at == 0 or not ((c := folded[at - 1]).isalnum() or c == "_"):
                    for index in indices[bits]:
                        add((at, index, 0))
                at = folded.find(word, at + size)
        found: list = [()] * self._count
        if tries:
            tries.sort()  # a known end sorts after a try at the same place: both end the same (see `_sure`)
            ends, patterns = [0] * self._count, self._patterns
            for start, index, stop in tries:
                if start >= ends[index]:
                    if not stop:
                        match = patterns[index].match(folded, start)
                        if match is None:
                            continue
                        stop = match.end()
                    ends[index] = stop
                    spans = found[index]
                    if spans:
                        spans.append((start, stop))
                    else:
                        found[index] = [(start, stop)]
        if self._everywhere & wanted:
            for index in self._indices[self._everywhere & wanted]:
                found[index] = [m.span() for m in self._patterns[index].finditer(folded)]
        return found
