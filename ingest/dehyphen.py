"""The one de-hyphenation of the project: joining the visual lines of a paragraph, cell or list
item into one string. A hyphen that split a word ("våld-" + "sutsatta") is removed; a suspended
one ("hälso- och sjukvård") and a compound's own hyphen ("FoU-enheten") are kept."""

from __future__ import annotations

from collections.abc import Iterable

# Words after a line-final hyphen that show a suspended hyphen ("hälso- och sjukvård").
SUSPENDED_HYPHEN_NEXT = frozenset(
    {"och", "eller", "samt", "respektive", "resp", "&", "som", "till"}
)

_HYPHENS = ("-", "\u2010", "\u2011")
_SOFT_HYPHEN = "\u00ad"


def join_lines(lines: Iterable[str]) -> str:
    """Join the visual lines of one cell or paragraph with single spaces, removing a hyphen
    that split a word ("våld-" + "sutsatta") but keeping a suspended one ("hälso- och")."""
    out = ""
    for raw in lines:
        line = " ".join(raw.replace(_SOFT_HYPHEN + " ", _SOFT_HYPHEN).split())
        if not line:
            continue
        if not out:
            out = line
            continue
        if out.endswith(_SOFT_HYPHEN):
            out = out[:-1] + line
        elif out.endswith(_HYPHENS) and len(out) > 1 and out[-2].isalpha():
            next_word = line.split()[0].strip(".,;:").lower()
            if next_word in SUSPENDED_HYPHEN_NEXT:
                out = out + " " + line
            elif out[-2].islower() and line[0].islower():
                out = out[:-1] + line
            else:
                out = out + line  # a compound that keeps its hyphen ("FoU-enheten")
        else:
            out = out + " " + line
    return out.replace(_SOFT_HYPHEN, "")
