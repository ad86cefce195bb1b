"""Where a path of a loaded file stands (line, column), at the cost of the entry it is in.

A dataset file is a few top-level lists of entries (skills, roles, paths). Recording the
position of every value of a 20 MB file takes about as long as loading it and a quarter of
a gigabyte; a problem needs one. So the first load keeps only where each entry starts
(:attr:`Loaded.item_lines`), and a problem inside an entry is located by loading that
entry's lines alone with positions: the lines from its first line up to the next entry's
(or the end of its list), a YAML document of its own at the same columns. Anything that does
not fit this shape (a flow-style list, an entry that uses an anchor defined elsewhere, a
path outside the entries) falls back to loading the whole file with positions, once.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict

from ecareer.load.parse import Loaded, PathKey, load_text

#: entries whose positions are kept (a file with problems in thousands of entries reloads
#: each once, and keeps the positions of only the latest ones)
KEEP = 64


class Locator:
    """Locates paths in one file, given its text and its first (position-less) load."""

    def __init__(self, shown: str, text: str, loaded: Loaded | None = None) -> None:
        self.shown = shown
        # kept as UTF-8 (half the size of a str holding Chinese); lines are cut at "\n" only,
        # so a text with other line breaks YAML counts (\r, NEL, LS, PS) is never cut
        self._data = text.encode("utf-8", "surrogatepass")
        odd = any(b in self._data for b in (b"\r", b"\xc2\x85", b"\xe2\x80\xa8", b"\xe2\x80\xa9"))
        self._items = loaded.item_lines if loaded is not None and not odd else {}
        self._ends = loaded.list_ends if loaded is not None else {}
        self._whole: Loaded | None = None
        self._starts: array[int] | None = None
        self._entries: OrderedDict[tuple[str, int], Loaded | None] = OrderedDict()

    def locate(self, path: PathKey) -> tuple[int, int]:
        if len(path) >= 2 and isinstance(path[0], str) and isinstance(path[1], int):
            head = (path[0], path[1])
            if head in self._items:
                entry = self._entry(head)
                if entry is not None:
                    line, col = entry.locate((0, *path[2:]))
                    return line + self._items[head] - 1, col
        if self._whole is None:
            text = self._data.decode("utf-8", "surrogatepass")
            self._whole = load_text(text, self.shown, positions=True)
        return self._whole.locate(path)

    def _entry(self, head: tuple[str, int]) -> Loaded | None:
        if head in self._entries:
            self._entries.move_to_end(head)
            return self._entries[head]
        first = self._items[head]
        nxt = self._items.get((head[0], head[1] + 1))
        end = nxt if nxt is not None else self._ends.get(head[0])
        found: Loaded | None = None
        if end is not None and end > first:
            snippet = self._lines(first, end)
            loaded = load_text(snippet, self.shown, positions=True)
            # one entry, whole: anything else (an alias to another entry, a flow list)
            # is located in the whole file instead
            if isinstance(loaded.data, list) and len(loaded.data) == 1 and loaded.positions:
                found = loaded
        self._entries[head] = found
        if len(self._entries) > KEEP:
            self._entries.popitem(last=False)
        return found

    def _lines(self, first: int, end: int) -> str:
        """Lines ``first`` to ``end - 1`` (1-based) of the text."""
        data = self._data
        if self._starts is None:
            starts = array("q", [0])
            at = data.find(b"\n")
            while at >= 0:
                starts.append(at + 1)
                at = data.find(b"\n", at + 1)
            self._starts = starts
        starts = self._starts
        lo = starts[first - 1] if first - 1 < len(starts) else len(data)
        hi = starts[end - 1] if end - 1 < len(starts) else len(data)
        return data[lo:hi].decode("utf-8", "surrogatepass")
