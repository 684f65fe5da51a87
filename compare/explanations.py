"""The Swedish words of the report: titles of gap categories, severities, document kinds and
overlap methods, and the classifier's evidence and a gap's numbers said in words. Shared by the
HTML and Markdown writers (compare/report_html.py, compare/report_markdown.py). Pure functions."""

from __future__ import annotations

import re

from compare.comparison_records import GapFinding, Label
from compare.wording import percent, swedish_list

CATEGORY_TITLES = {
    "objective": "Målsättningar",
    "theme": "Teman",
    "agency": "Aktörer",
    "quality": "Planens kvalitet",
}
SEVERITY_TITLES = {"missing": "saknas", "low": "låg täckning", "quality": "kvalitet"}
KIND_TITLES = {
    "handlingsplan": "handlingsplan",
    "strategi": "strategi",
    "avsiktsforklaring": "avsiktsförklaring",
    "presentation": "presentation",
    "lagesbild": "lägesbild",
    "uppdrag": "uppdrag",
}


METHOD_TITLES = {  # how an overlap was found, in words
    "named-initiative": "samma namngivna initiativ",
    "wording": "liknande formuleringar",
}
LABEL_METHODS = {  # how an objective label was given, in words
    "lexicon": "ord i åtgärdens text",
    "heading": "rubriken som åtgärden står under",
    "inherited": "målet som åtgärden hör till",
    "cross-cutting": "tvärgående arbete (samverkan, samordning, styrning)",
    "correction": "en manuell rättelse",
}
_EVIDENCE_PART = re.compile(r"^(terms|context): (.*)$")
_INHERITED = re.compile(r"^inherited from (goal|heading) '(.*?)'(?: \(([\d.]+)\))?$")
_WEAK = re.compile(r"^best objective (\S+) only ([\d.]+)$")
_HEADING_NAMES = re.compile(r"^heading names objective (\S+) '(.*?)'(?: \(([\d.]+)\))?$")
_CORRECTION = re.compile(r"^correction (\S+?)(?:: (.*))?$")
_NO_EVIDENCE = "no term, heading or inherited evidence for any objective"
_WEIGHT = re.compile(r"\(([\d.]+)\)")


def explain_evidence(evidence: str | None, skip: str = "") -> list[str]:
    """The classifier's evidence ("terms: våld(1.2); inherited from goal 'X' (0.65)") as
    Swedish phrases ("orden våld", "ärvt från målet ”X”")."""
    parts = []
    for part in (evidence or "").split("; "):
        part = part.strip()
        if not part or part == skip:
            continue
        if m := _EVIDENCE_PART.match(part):
            words = [_WEIGHT.sub("", w).strip() for w in m.group(2).split(", ")]
            kind = "orden" if m.group(1) == "terms" else "sammanhanget"
            parts.append(f"{kind} {swedish_list([w for w in words if w])}")
        elif m := _INHERITED.match(part):
            source = "målet" if m.group(1) == "goal" else "rubriken"
            parts.append(f"ärvt från {source} ”{m.group(2)}”")
        elif m := _WEAK.match(part):
            parts.append(f"svagt utslag (starkast för målsättning {m.group(1)})")
        elif m := _HEADING_NAMES.match(part):
            parts.append(f"rubriken nämner målsättning {m.group(1)} ”{m.group(2)}”")
        elif m := _CORRECTION.match(part):
            parts.append(f"rättelse {m.group(1)}" + (f": {m.group(2)}" if m.group(2) else ""))
        elif part == _NO_EVIDENCE:
            parts.append(
                "inga ord, rubriker eller överordnade mål pekar mot någon av målsättningarna"
            )
        else:
            parts.append(LABEL_METHODS.get(part, part))
    return parts


def explain_theme(evidence: str | None) -> str:
    return "Tema givet av " + "; ".join(explain_evidence(evidence)) if evidence else ""


def explain_label(label: Label) -> str:
    """Why an action or goal got an objective label, in Swedish words: what the classifier
    looked at (its method) and the words it found (its evidence), without its notation."""
    how = LABEL_METHODS.get(label.method, label.method)
    parts = ([f"grund: {how}"] if how else []) + explain_evidence(label.evidence, label.method)
    score = f"{label.score:.2f}".replace(".", ",")
    return f"Målsättning {label.objective_code}, poäng {score}: " + "; ".join(parts)


def gap_figures(gap: GapFinding) -> str:
    """The numbers behind a gap, said in words."""
    value, reference = gap.value, gap.reference
    if gap.category == "agency":
        here = int(value or 0)
        return (f"Åtgärder som {gap.subject} leder här: {here}; i övriga län: "
                f"{int(reference or 0)}")  # fmt: skip
    if value is None and reference is None:
        return ""
    text = f"Andel av länets åtgärder: {percent(value)}"
    if reference is not None:
        text += f"; genomsnitt i övriga län: {percent(reference)}"
    return text
