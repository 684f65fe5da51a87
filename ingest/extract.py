"""The extractor: a document Outline → goals and actions, with page, snippet and the
responsibility text of every action. Reads only the outline (ingest/structure.py) and the
vocabulary in models/data/outline.toml; knows no layout of any one document.

- goals: headings that start with a goal word ("Mål 2", "Delmål 2.1", "Insatsområde 3",
  "Målsättning 1", "Övergripande mål", "Vision"), nested by the word's rank; items under a
  goal-list heading ("Delmål", "Målsättningar"); other headings of the plan proper whose section
  holds actions; the area column of an action table (printed only on an area's first row);
- actions: rows of a table with an action column; list items and numbered items under an action
  heading ("Åtgärder", "Aktiviteter", "Insatser", ...) or under a goal when they carry a
  responsibility or start with a measure verb; items and paragraphs followed by labelled fields
  ("Ansvarig:", "Tidsplan:"); sentences of the plan proper whose actor is an agency
  ("Region X och kommunerna ska ...", "Regeringen ger Y i uppdrag att ...");
- nothing from sections that are not the plan (background, knowledge review, statistics,
  follow-up, appendix), and no sentence that recommends, reports or looks back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from rapidfuzz import fuzz

from ingest.outline import FIELD, HEADING, ITEM, PARAGRAPH, PLAN, TABLE, Block, Outline, Row
from ingest.structure import MEASURE_FIELDS, goal_word, heading_role, split_number, strip_number
from models.folding import strip_bullet
from models.outline_vocabulary import Vocabulary, normalise, starts_with_phrase, vocabulary
from models.records import Action, Goal

_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?=\S)")
_INLINE_RESPONSIBLE = re.compile(
    r"\s*[(\[–—-]?\s*\b(ansvar(?:ig|iga)?|huvudansvar(?:ig)?)\s*:\s*([^)\]]+)[)\]]?\s*\.?\s*$", re.I
)
# a measure's responsible in parentheses at its end, without a label: "… (Socialförvaltningen i
# samverkan med Polisen)"
_TRAILING_PARENTHESES = re.compile(r"\s*\(([A-ZÅÄÖ][^()]{2,200})\)\s*\.?\s*$")
_LIST_NUMBER = re.compile(r"^\(?\d{1,2}[.)]\s+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ\"”«])")
_ABBREVIATION_END = re.compile(
    r"\b(?:t\.ex|bl\.a|m\.m|s\.k|d\.v\.s|t\.o\.m|fr\.o\.m|jfr|ca|nr)\.$", re.I
)


@cache
def _partner_phrase() -> re.Pattern[str]:
    """A phrase that introduces partners in a sentence: the registry's partner markers ("i
    samverkan med", "tillsammans med") and its sentence-only ones ("samverka med")."""
    from ingest.agencies import partner_phrase

    return partner_phrase()


@cache
def _bare_with() -> re.Pattern[str]:
    """A bare "med" right before the partners ("ett nätverk med X och Y", "med representanter
    för X"): the lead-in words are the registry's."""
    from models.agencies import load_registry

    lead_ins = "|".join(re.escape(w) for w in load_registry().partner_lead_ins)
    return re.compile(rf"\bmed\s+(?:(?:{lead_ins})\s+)?" if lead_ins else r"\bmed\s+", re.I)


# words between a partner phrase and its first partner ("i samverkan med länets studieförbund")
_DETERMINERS = re.compile(r"^\s+(?:[a-zåäö]+\s+){1,2}$")


@dataclass
class Extraction:
    goals: list[Goal] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    # text that names the document's participating organisations ("Deltagande parter: ..."),
    # as (page, text)
    participants: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class _State:
    vocab: Vocabulary
    result: Extraction = field(default_factory=Extraction)
    stack: list[tuple[int, Goal, bool]] = field(default_factory=list)  # (rank, goal, standalone)
    heading_level: dict[str, int] = field(default_factory=dict)  # goal key -> its heading's level
    word_goals: set[str] = field(default_factory=set)  # keys of goals named by a goal word
    in_actions: bool = False  # under an action heading
    goal_list_rank: int | None = None  # under a goal-list heading ("Delmål")
    goal_list_kind: str | None = None  # whether its goals are list items or paragraphs
    title_pending: Goal | None = None  # a goal heading without its wording ("Vision")
    candidate: Block | None = None  # the last paragraph/item: becomes an action if fields follow
    last_action: Action | None = None
    area_goal: Goal | None = None  # the current area of an action table
    area_base: Goal | None = None  # the goal an action table's areas sit under
    sub_items_of: Action | None = None  # a measure whose paragraph ends in ":" lists its parts
    items_responsible: str | None = None  # "X ska:" before a list: each item is X's measure
    # goals printed one after another with nothing under them yet (headings that OCR of a
    # two-up page put before their tables): the next action tables go to them in order
    awaiting: list[Goal] = field(default_factory=list)
    had_content: bool = False
    touched: bool = False  # the current block made or completed last_action
    listed_actions: bool = False  # the action heading's measures came as list items
    fresh: Action | None = None  # the action the previous block made or completed
    area_chain: list[Goal] = field(default_factory=list)  # a table's area goals, outer first
    fielded: set[str] = field(default_factory=set)  # keys of actions given labelled lines

    @property
    def goal(self) -> Goal | None:
        return self.area_goal or (self.stack[-1][1] if self.stack else None)


def extract_plan(outline: Outline) -> Extraction:
    """Goals and actions of an outline."""
    state = _State(vocabulary())
    blocks = outline.blocks
    holds_actions = _sections_holding_actions(blocks, state.vocab)
    in_participants = False
    for index, block in enumerate(blocks):
        # the action the block right before made or completed: a field goes with it
        state.fresh = state.last_action if state.touched else None
        state.touched = False
        if block.kind == HEADING:
            in_participants = _names_participants(block.text, state.vocab)
        elif in_participants and block.kind in (PARAGRAPH, ITEM, FIELD):
            state.result.participants.append((block.page, block.text))
        if block.section != PLAN:
            if block.kind == HEADING:
                _leave_section(state)
            continue
        if block.kind == HEADING and _is_card_title(blocks, index, state.vocab):
            _card(state, block)
        elif block.kind == HEADING and _listed_goal(state, block):
            _item(state, block)
        elif block.kind == HEADING:
            _heading(state, block, holds_actions.get(index, False))
        elif block.kind == TABLE:
            _table(state, block)
        elif block.kind == ITEM:
            _item(state, block)
        elif block.kind == FIELD:
            _field(state, block)
        elif block.kind == PARAGRAPH:
            _paragraph(state, block)
    _dedupe(state.result)
    return state.result


# ------------------------------------------------------------------------------ goals


def _listed_goal(state: _State, block: Block) -> bool:
    """A numbered line in the body's own type that the reader took for a heading, under a
    heading that lists goals ("Mål för arbetet" / "1. ...", "2. ..."): an item of that list."""
    return (
        state.goal_list_rank is not None
        and block.number is not None
        and not block.bold
        and goal_word(block.text, state.vocab) is None
    )


def _leave_section(state: _State) -> None:
    state.in_actions = False
    state.listed_actions = False
    state.goal_list_rank = None
    state.goal_list_kind = None
    state.sub_items_of = None
    state.items_responsible = None
    state.candidate = None
    state.last_action = None
    state.area_goal = None
    state.area_chain = []


def _add_goal(
    state: _State,
    title: str,
    block: Block,
    rank: int,
    *,
    number: str | None,
    standalone: bool = False,
    confidence: float = 0.9,
    area: bool = False,
) -> Goal:
    while state.stack and state.stack[-1][0] >= rank:
        state.stack.pop()
    parent = next((g for r, g, alone in reversed(state.stack) if r < rank and not alone), None)
    result = state.result
    goal = Goal(
        key=f"g{len(result.goals) + 1}",
        title=_clean(title),
        number=number,
        parent_key=parent.key if parent else None,
        level=(parent.level + 1) if parent else 1,
        page=block.page,
        snippet=block.snippet,
        confidence=confidence,
        raw_title=_raw_goal_title(block, title),
    )
    result.goals.append(goal)
    state.stack.append((rank, goal, standalone))
    if block.kind == HEADING:
        state.heading_level[goal.key] = block.level
    elif block.kind == PARAGRAPH:
        state.heading_level[goal.key] = 0  # a goal printed as a paragraph: no heading closes it
    if not area:
        if state.awaiting and not state.had_content:
            state.awaiting.append(goal)
        else:
            state.awaiting = [goal]
        state.had_content = False
        state.area_chain = []  # a goal of the text ends the table's area goals
    state.area_goal = None
    return goal


def _raw_goal_title(block: Block, title: str) -> str | None:
    if block.raw is None or block.raw == block.text:
        return None
    return (
        block.raw[len(block.text) - len(title) :].strip() if len(block.raw) >= len(title) else None
    )


def _is_card_title(blocks: list[Block], index: int, vocab: Vocabulary) -> bool:
    """A measure printed as a card: a heading that is no goal and no action heading, followed
    by the measure's own labelled lines ("Ansvar:", "Samverkanspart:", "Tidsram:"), and that
    reads as a measure (starts with an action verb) or carries two such lines or more."""
    block = blocks[index]
    if goal_word(block.text, vocab) or _is_action_heading(block.text, vocab):
        return False
    fields = 0
    for following in blocks[index + 1 :]:
        if following.kind != FIELD or following.label not in MEASURE_FIELDS:
            break
        fields += 1
    return fields >= 2 or (fields == 1 and _starts_with_verb(strip_number(block.text), vocab))


def _card(state: _State, block: Block) -> None:
    """A card's title is a measure under the current goal; its fields follow it."""
    state.candidate = None
    state.in_actions = False
    _add_action(state, strip_number(block.text), block, confidence=0.85, raw=block.raw)


def _heading(state: _State, block: Block, holds_actions: bool) -> None:
    vocab = state.vocab
    if (
        state.goal_list_rank is not None
        and state.goal_list_kind is None
        and block.text.endswith(":")
    ):
        return  # "Kommunfullmäktige har beslutat om två mål:" leads into the list of goals
    _leave_section(state)
    found = goal_word(block.text, vocab) or goal_word(strip_number(block.text), vocab)
    if state.title_pending is not None and not found and heading_role(block, vocab) is None:
        state.title_pending.title = _clean(
            block.text
        )  # "Vision" / "Övergripande mål" + its wording
        state.title_pending = None
        return
    state.title_pending = None
    norm = normalise(block.text)
    if found:
        word, number, title = found
        if not title:
            list_rank = _goal_list_rank(norm, vocab)
            if list_rank is not None and number is None and not word.standalone and word.rank > 0:
                state.goal_list_rank = list_rank
                return
        goal = _add_goal(
            state,
            title or block.text,
            block,
            word.rank + _depth_bonus(number, word.rank),
            number=number,
            standalone=word.standalone,
            confidence=0.95,
        )
        state.word_goals.add(goal.key)
        if not title:
            state.title_pending = goal
        return
    if _is_action_heading(block.text, vocab):
        # a title over goals and measures ("Mål och åtgärder") has its measures under its goals
        state.in_actions = not _names_goals(block.text, vocab)
        return
    if _is_objective_title(block.text):
        _add_goal(state, block.text.rstrip(". "), block, 1, number=block.number, confidence=0.85)
        return
    list_rank = _goal_list_rank(norm, vocab)
    if list_rank is not None:
        state.goal_list_rank = list_rank
        return
    # a heading that is no goal closes the goals whose headings are not above it
    if not block.text.endswith(":"):  # "För att nå dit behövs:" leads into the goal's content
        state.stack = [
            s for s in state.stack if state.heading_level.get(s[1].key, 99) < block.level
        ]
    if holds_actions and heading_role(block, vocab) is None and not block.text.endswith(":"):
        rank = block.level + (1 if _has_goal_word_goals(state) else 0)
        _add_goal(state, strip_number(block.text), block, rank, number=block.number, confidence=0.8)


@cache
def _objective_titles() -> tuple[str, ...]:
    """The objective titles (and the other headings documents use for them) of every
    framework in models/data: a plan organised under the national objectives quotes them as
    its headings."""
    from models.frameworks import load_frameworks

    titles = {
        normalise(t)
        for framework in load_frameworks().values()
        for objective in framework.objectives
        for t in (objective.title, *objective.headings)
    }
    return tuple(sorted(t for t in titles if len(t.split()) >= 2))


def _is_objective_title(text: str) -> bool:
    """A short paragraph or heading that is one of the frameworks' objective titles."""
    if len(text) > 140:
        return False
    norm = normalise(text)
    return any(fuzz.ratio(norm, t) >= 88 for t in _objective_titles())


def _names_participants(text: str, vocab: Vocabulary) -> bool:
    """A heading over the list of the parties behind the document ("Deltagande parter")."""
    norm = " " + normalise(text) + " "
    return any(f" {p} " in norm for p in vocab.participant_headings)


def _is_action_heading(text: str, vocab: Vocabulary) -> bool:
    """A short heading that introduces the measures ("Åtgärder", "Så här gör vi tillsammans")."""
    return vocab.action_heading(strip_number(text))


def _has_goal_word_goals(state: _State) -> bool:
    return any(g.key in state.word_goals for _, g, _ in state.stack)


def _depth_bonus(number: str | None, rank: int) -> int:
    """ "Delmål 1.2" sits one deeper than "Delmål 1" would when both forms occur; a dotted number
    under a rank-1 word ("Mål 1.1") is a sub-goal."""
    if number and "." in number and rank <= 1:
        return number.count(".")
    return 0


def _goal_list_rank(norm: str, vocab: Vocabulary) -> int | None:
    """The rank of the goals a heading lists: "Delmål", "Mål för arbetet", "Målen för
    perioden", "Mål i planen"."""
    words = norm.split()
    for word in vocab.goal_list_headings:
        size = len(word.phrase.split())
        if norm == word.phrase or (
            starts_with_phrase(norm, word.phrase)
            and len(words) <= 4
            and (words[-1] in _LIST_LINKS or words[size] in _LIST_LINKS)
        ):
            return word.rank
    return None


_LIST_LINKS = ("for", "i", "till")


def _names_goals(text: str, vocab: Vocabulary) -> bool:
    """A section title that holds goals as well as measures ("Mål, delmål och åtgärder"): its
    goals are in it, the heading before it is not their goal."""
    words = set(normalise(strip_number(text)).split())
    return any(w.phrase in words for w in vocab.goal_words if " " not in w.phrase)


def _sections_holding_actions(blocks: list[Block], vocab: Vocabulary) -> dict[int, bool]:
    """For every heading: does its section hold something that yields actions (an action
    table, an action heading, a responsibility field, a list item with its responsibility, an
    assignment)? The find goes to the nearest open heading, or to the numbered heading above it
    when one is open: a numbered section's unnumbered sub-headings are not the plan's goals."""
    result: dict[int, bool] = {}
    open_headings: list[tuple[int, int]] = []  # (level, index) of the open headings

    def mark() -> None:
        numbered = [i for _, i in open_headings if blocks[i].number]
        if numbered:
            result[numbered[-1]] = True
            # the numbered headings above it in the same series are goals too ("1" over "1.1")
            number = blocks[numbered[-1]].number or ""
            for i in numbered[:-1]:
                if number.startswith(f"{blocks[i].number}."):
                    result[i] = True
        elif open_headings:
            result[open_headings[-1][1]] = True

    for index, block in enumerate(blocks):
        if block.kind == HEADING:
            if _is_action_heading(block.text, vocab):
                # the measures of the heading before it (plans often print "Åtgärder" at the
                # level of the goal heading it belongs to), but a deeper one it closes is not it
                while open_headings and open_headings[-1][0] > block.level:
                    open_headings.pop()
                if _names_goals(block.text, vocab) or _goal_heading_follows(blocks, index, vocab):
                    # a title over goals and measures ("Mål och insatser", "Gemensamma
                    # åtaganden" over "Gemensamt mål 1"): what it holds is not the heading
                    # before it
                    while open_headings and open_headings[-1][0] >= block.level:
                        open_headings.pop()
                    open_headings.append((block.level, index))
                    result[index] = False
                elif open_headings:
                    mark()
                continue
            while open_headings and open_headings[-1][0] >= block.level:
                open_headings.pop()
            open_headings.append((block.level, index))
            result[index] = False
            continue
        if not open_headings:
            continue
        if (
            # (a table with an area column or goal rows holds its own goals)
            (
                block.kind == TABLE
                and "action" in block.roles
                and "area" not in block.roles
                and not any(_names_goal_row(row.cells, vocab) for row in block.rows)
            )
            or (block.kind == FIELD and block.label in ("responsible", "action"))
            or (block.kind == ITEM and _inline_responsible(block.text))
            or (block.kind == PARAGRAPH and _is_assignment(block.text, vocab))
        ):
            mark()
        elif block.kind == PARAGRAPH:
            # measures in prose make a numbered heading a goal, not any heading above them
            numbered = [i for _, i in open_headings if blocks[i].number]
            if numbered and not result[numbered[-1]] and _has_actor_sentence(block.text, vocab):
                result[numbered[-1]] = True
    # a section that states its goal under a bare goal word ("4.1 Mål" with the goal's wording
    # below it) is an area: its goal is that one, not the section's own heading. (A section
    # with titled sub-goals, "Delmål 2.1 Title", keeps its heading as their goal.)
    for index in [i for i, held in result.items() if held]:
        level = blocks[index].level
        for block in blocks[index + 1 :]:
            if block.kind != HEADING:
                continue
            if block.level <= level:
                break
            found = goal_word(strip_number(block.text), vocab)
            if found and not found[2] and not found[0].standalone:
                result[index] = False
                break
    return result


# ------------------------------------------------------------------------------ actions


def _inline_responsible(text: str) -> tuple[int, str] | None:
    """(where it starts, the responsibility) of a measure that names its responsible at its
    end: "(Ansvar: X)", "– Ansvarig: X", or a parenthesis that holds nothing but organisations
    ("(Socialförvaltningen i samverkan med Polisen)")."""
    labelled = _INLINE_RESPONSIBLE.search(text)
    if labelled:
        return labelled.start(), _responsibility(labelled.group(2))
    bare = _TRAILING_PARENTHESES.search(text)
    if bare and _names_only(bare.group(1)):
        return bare.start(), bare.group(1).strip(" .")
    return None


def _responsibility(value: str) -> str:
    """The responsibility in a labelled parenthesis: "X, samverkan: Y, klart 2025" →
    "X i samverkan med Y" (other labels and dates dropped)."""
    vocab = vocabulary()
    parts = re.split(r"(?:[,;.]\s*|\s+(?=[A-ZÅÄÖ]))(?=[\w ]{1,30}:)", value)
    responsible, partners = [], []
    for k, part in enumerate(parts):
        label, _, rest = part.partition(":")
        role = vocab.field_role(label) if rest else None
        if k == 0 and role is None:
            responsible.append(part)
        elif role == "responsible":
            responsible.append(rest)
        elif role == "partner":
            partners.append(rest)
    lead = _DATE_TAIL.sub("", ", ".join(p.strip() for p in responsible)).strip(" .,")
    if partners:
        joined = _DATE_TAIL.sub("", ", ".join(p.strip() for p in partners)).strip(" .,")
        return f"{lead} i samverkan med {joined}" if lead else f"i samverkan med {joined}"
    return lead


# a date or deadline after the names: ", klart 2025", ", senast juni 2026", ", 2025"
_DATE_TAIL = re.compile(
    r"[,;]?\s*(?:(?:klart|senast|start|från|till|under)\s+)?(?:[a-zåäö]+\s+)?(?:19|20)\d\d\b.*$",
    re.I,
)


def _names_only(text: str) -> bool:
    """Whether a parenthesis names who is responsible: it starts with an organisation the
    registry knows ("Socialförvaltningen i samverkan med idrottsföreningarna") and holds no
    sentence of its own."""
    from ingest.agencies import find_agencies

    mentions = [m for m in find_agencies(text) if m.kind != "okänd"]
    if not mentions or text.lstrip().find(mentions[0].mention) != 0:
        return False
    return not re.search(r"[.!?]\s+[A-ZÅÄÖ]", text)


def _add_action(
    state: _State,
    text: str,
    block: Block,
    *,
    confidence: float,
    responsible: str | None = None,
    number: str | None = None,
    page: int | None = None,
    snippet: str | None = None,
    raw: str | None = None,
) -> Action | None:
    text = _clean(text)
    if len(text) < 4 or not any(ch.isalpha() for ch in text):
        return None
    if number is None:
        m = _NUMBER.match(text)
        if m:
            number, text = m.group(1), text[m.end() :].strip()
    if responsible is None:
        inline = _inline_responsible(text)
        if inline and inline[0] > 10:
            responsible = inline[1]
            text = text[: inline[0]].rstrip(" ,;–-")
            responsible = _with_own_partners(responsible, text)
    goal = state.goal
    result = state.result
    action = Action(
        key=f"a{len(result.actions) + 1}",
        text=text,
        goal_key=goal.key if goal else None,
        number=number
        or (block.number if block.kind == ITEM and block.number and "." in block.number else None),
        responsible=responsible,
        page=page or block.page,
        snippet=snippet or block.snippet,
        confidence=confidence,
        raw_text=raw if raw and raw != text else None,
    )
    result.actions.append(action)
    state.touched = True
    state.had_content = True
    state.last_action = action
    state.candidate = None
    return action


def _table(state: _State, block: Block) -> None:
    state.sub_items_of = None
    state.items_responsible = None
    roles = block.roles
    state.candidate = None
    if "action" not in roles:
        _plain_table(state, block)
        return
    rows = block.rows[1:] if block.number == "header" else block.rows
    col = {role: k for k, role in reversed(list(enumerate(roles))) if role}
    areas = [k for k, role in enumerate(roles) if role == "area"]  # "Mål | Delmål": nested
    base = state.stack[-1][1] if state.stack else None
    if len(state.awaiting) > 1 and not state.had_content:
        base = state.awaiting.pop(0)  # the first of goals printed before their tables
    if state.area_base is None or state.area_goal is None:
        state.area_base = base
    outer = state.area_goal
    if "area" not in col and base is not None and state.stack and base is not state.stack[-1][1]:
        state.area_goal = base
    for row in rows:
        cells = row.cells

        def cell(role: str, cells: tuple[str, ...] = cells) -> str:
            k = col.get(role)
            return " ".join(cells[k].split()) if k is not None and k < len(cells) else ""

        if _goal_row(state, cells, block, row):
            continue
        _table_areas(state, [" ".join(cells[k].split()) if k < len(cells) else "" for k in areas],
                     block, row)  # fmt: skip
        text = cell("action")
        if not text:
            if state.last_action is not None and any(cell(r) for r in ("responsible", "indicator")):
                _extend_fields(state.last_action, cell)
            continue
        responsible = cell("responsible")
        partner = cell("partner")
        if partner:
            responsible = (
                f"{responsible} i samverkan med {partner}"
                if responsible
                else f"i samverkan med {partner}"
            )
        filled = sum(1 for r in ("responsible", "timeframe", "indicator", "frequency") if cell(r))
        raw = None
        if row.raw is not None and col["action"] < len(row.raw):
            raw = " ".join(row.raw[col["action"]].split())
        action = _add_action(
            state,
            text,
            block,
            confidence=round(min(0.95, 0.75 + 0.05 * filled), 2),
            responsible=responsible or None,
            page=row.page,
            snippet=" | ".join(cells)[:300],
            raw=raw,
        )
        if action is not None:
            action.indicators = cell("indicator") or None
            action.frequency = cell("frequency") or None
            action.timeframe = cell("timeframe") or None
    if base is not (state.stack[-1][1] if state.stack else None):
        state.had_content = False  # the goals still waiting take the next tables
        state.area_goal = outer


def _names_goal_row(cells: tuple[str, ...], vocab: Vocabulary) -> str | None:
    """The text of a table row whose one filled cell names a goal ("Mål 2 – ...": a row
    spanning the table or merged over its columns), else None."""
    filled = [" ".join(c.split()) for c in cells if c.strip()]
    if len(filled) != 1:
        return None
    found = goal_word(filled[0], vocab)
    if found is None or not found[2] or found[0].standalone:
        return None
    return filled[0]


def _goal_heading_follows(blocks: list[Block], index: int, vocab: Vocabulary) -> bool:
    """Whether a heading that names goals with their wording follows blocks[index], with at
    most running text (an introduction) between them: no measures of its own."""
    for block in blocks[index + 1 :]:
        if block.kind == HEADING:
            found = goal_word(block.text, vocab) or goal_word(strip_number(block.text), vocab)
            return found is not None and bool(found[2]) and not found[0].standalone
        if block.kind != PARAGRAPH:
            return False
    return False


def _goal_row(state: _State, cells: tuple[str, ...], block: Block, row: Row) -> bool:
    """A row that names a goal: the goal of the rows below it."""
    text = _names_goal_row(cells, state.vocab)
    if text is None:
        return False
    filled = [text]
    state.area_chain = []
    goal = _table_area(state, filled[0], block, row)
    if goal is not None:
        state.area_chain = [goal]
    return True


def _table_areas(state: _State, areas: list[str], block: Block, row: Row) -> None:
    """The goals of a row's area columns ("Mål | Delmål | Åtgärd"), each nested under the one
    to its left; a cell left empty or repeated (a merged cell) keeps the goal above it."""
    chain = state.area_chain
    for depth, area in enumerate(areas):
        current = chain[depth] if depth < len(chain) else None
        if not area or (current is not None and normalise(area) == normalise(current.title)):
            continue
        found = goal_word(area, state.vocab) if current is not None and depth == 0 else None
        if found and found[2] and normalise(found[2]) == normalise(current.title):
            continue  # "Mål 1 Title" repeated: the same goal
        del chain[depth:]
        parent = chain[-1] if chain else None
        goal = _table_area(state, area, block, row, parent)
        if goal is None:
            break
        chain.append(goal)
    if chain:
        state.area_goal = chain[-1]


def _table_area(
    state: _State, area: str, block: Block, row: Row, parent: Goal | None = None
) -> Goal | None:
    vocab = state.vocab
    found = goal_word(area, vocab)
    title = found[2] if found else area
    number = found[1] if found else None
    if number is None:
        number, title = split_number(title)
    if number is None and _BARE_NUMBER.fullmatch(title):
        number, title = title.rstrip("."), ""
    if not title:
        # a cell that names a goal by its number only ("1", "Mål 2"): the goal of the text
        # with that number; no goal of its own
        known = next((g for g in reversed(state.result.goals) if g.number == number), None)
        if known is not None:
            state.area_goal = known
        return known
    base = parent or state.area_base
    rank = (next((r for r, g, _ in state.stack if g is base), 1) + 1) if base else 1
    kept = list(state.stack)
    goal = _add_goal(
        state,
        title,
        Block(HEADING, area, row.page),
        rank,
        number=number,
        confidence=0.85,
        area=True,
    )
    state.stack = kept  # an area is a goal, but the next heading's goal does not nest under it
    if base is not None:  # the goal the table stands under, even when printed before another
        goal.parent_key, goal.level = base.key, base.level + 1
    state.area_goal = goal
    return goal


_BARE_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,3}\.?")


def _extend_fields(action: Action, cell) -> None:  # type: ignore[no-untyped-def]
    extra = cell("responsible")
    if extra and action.responsible:
        action.responsible += " " + extra
    indicators = cell("indicator")
    if indicators:
        action.indicators = f"{action.indicators} {indicators}" if action.indicators else indicators


def _plain_table(state: _State, block: Block) -> None:
    """A table without an action column: label/value rows are fields, single cells paragraphs."""
    for row in block.rows:
        cells = [c for c in row.cells if c.strip()]
        if not cells:
            continue
        role = state.vocab.field_role(cells[0]) if len(cells) >= 2 else None
        if role:
            value = " ".join(cells[1:])
            _field(state, Block(FIELD, f"{cells[0]}: {value}", row.page, label=role, value=value))
        elif len(cells) == 1:
            _paragraph(state, Block(PARAGRAPH, cells[0], row.page))


def _item(state: _State, block: Block) -> None:
    vocab = state.vocab
    text = block.text
    if state.title_pending is not None:
        state.title_pending.title = _clean(text)
        state.title_pending = None
        return
    repeated = _repeated_goal(state, block)
    if repeated is not None:
        # a goal printed again with its text run into it ("4 Bevara och utveckla ... Personal
        # som ..."), in a summary that repeats the plan: its section starts again
        _leave_section(state)
        state.stack = [s for s in state.stack if s[1] is not repeated] + [(1, repeated, False)]
        return
    series = _continues_goal_series(state, block) if state.goal_list_rank is None else None
    if series is not None:
        # "6 Tillgång till ..." after goals 1-5: the next goal, though printed like an item
        _leave_section(state)
        _add_goal(state, text, block, series, number=block.number, confidence=0.8)
        state.heading_level[state.result.goals[-1].key] = 1
        return
    numbered = bool(block.number or _LIST_NUMBER.match(text))
    if state.goal_list_kind == "numbered" and not numbered:
        state.goal_list_rank = None  # a numbered list of goals has ended
    if state.goal_list_rank is not None and not state.in_actions:
        state.goal_list_kind = state.goal_list_kind or ("numbered" if numbered else ITEM)
        found = goal_word(text, vocab)
        title = found[2] if found and found[2] else _LIST_NUMBER.sub("", text)
        base = (
            state.stack[-1][0]
            if state.stack and state.stack[-1][0] < state.goal_list_rank
            else None
        )
        rank = state.goal_list_rank if base is None else max(state.goal_list_rank, base + 1)
        _add_goal(state, title, block, rank, number=block.number, confidence=0.8)
        state.stack.pop()
        state.stack.append((rank, state.result.goals[-1], True))
        return
    if state.items_responsible is not None:
        _add_action(
            state, text, block, confidence=0.75, responsible=state.items_responsible, raw=block.raw
        )
        return
    if state.sub_items_of is not None:
        return  # a part of the measure before it ("Uppdraget omfattar att: - kartlägga ...")
    last = state.last_action
    if (
        last is not None
        and last.text.rstrip().endswith(":")
        and block.level >= 1
        and state.candidate is None
    ):
        last.text = f"{last.text} {text}" if len(last.text) < 600 else last.text
        return
    if state.in_actions:
        _add_action(state, text, block, confidence=0.8, raw=block.raw)
        state.listed_actions = True
        return
    if state.goal is None:
        state.candidate = block
        return
    dotted = bool(block.number and "." in block.number)
    if dotted or _inline_responsible(text) or _starts_with_verb(text, vocab):
        _add_action(state, text, block, confidence=0.75 if dotted else 0.7, raw=block.raw)
        return
    state.candidate = block


def _repeated_goal(state: _State, block: Block) -> Goal | None:
    """The goal a numbered item repeats: same number, and the item starts with its title."""
    if not block.number or "." in block.number:
        return None
    start = normalise(block.text)
    for goal in state.result.goals:
        if goal.number != block.number or len(goal.title) < 20:
            continue
        title = normalise(goal.title)
        if len(start) > len(title) and fuzz.ratio(title, start[: len(title)]) >= 85:
            return goal
    return None


def _continues_goal_series(state: _State, block: Block) -> int | None:
    """The rank of the goal series a numbered item continues ("6 ..." right after goal 5),
    when the item reads like a heading; else None."""
    if not block.number or "." in block.number or not block.number.isdigit():
        return None
    if block.text.rstrip().endswith((".", ":", ";", ",")) or len(block.text) > 160:
        return None
    previous = str(int(block.number) - 1)
    for rank, goal, _alone in state.stack:
        if goal.number == previous:
            return rank
    return None


def _starts_with_verb(text: str, vocab: Vocabulary) -> bool:
    """Whether a measure starts with an action verb ("Ta fram ...", "Erbjuda ...", "Utveckla
    ..."): a long stem as the start of the first word, a short one only as the word itself or
    with an infinitive/imperative ending ("Stöd", "Stödja", not "Stödet")."""
    words = normalise(text).split()
    if not words:
        return False
    first, head = words[0], " ".join(words[:3])
    for verb in vocab.action_verbs:
        verb = verb.strip()
        if " " in verb:
            if head.startswith(verb):
                return True
        elif len(verb) >= 6:
            if first.startswith(verb):
                return True
        elif first in (verb, verb + "a", verb + "ja", verb + "r"):
            return True
    return False


def _field(state: _State, block: Block) -> None:
    state.sub_items_of = None
    state.items_responsible = None
    role, value = block.label, block.value.strip()
    if not value.strip(" –—-"):
        return  # "Samverkanspart: –": none
    if role == "goal":
        area = _named_area(state)
        rank = 1
        if area is not None:  # "Fokusområde: Förebygga" / "Mål: ...": the area names the goal
            rank = state.stack.pop()[0]
            state.result.goals.remove(area)
            state.word_goals.discard(area.key)
            state.heading_level.pop(area.key, None)
            state.awaiting = []
        _add_goal(state, value, block, rank, number=None, confidence=0.85)
        return
    if role == "action":
        fresh = state.fresh
        if fresh is not None and fresh.insats is None and fresh.key not in state.fielded:
            # "Insats: ..." under the measure it details; after the measure's own labelled
            # lines (Ansvar, När) it is the next measure
            fresh.insats = _clean(value)
            state.touched = True
            return
        if state.candidate is not None:
            action = _add_action(
                state,
                state.candidate.text,
                state.candidate,
                confidence=0.85,
                raw=state.candidate.raw,
            )
            if action is not None:
                action.insats = _clean(value)
            return
        _add_action(state, value, block, confidence=0.85)
        return
    target = state.last_action
    if role in ("responsible", "partner", "timeframe", "indicator", "frequency") and (
        state.candidate is not None
    ):
        target = _add_action(
            state, state.candidate.text, state.candidate, confidence=0.85, raw=state.candidate.raw
        )
    if target is None:
        return
    if role == "responsible":
        value = _responsibility(value)  # "X; medverkande: Y" → "X i samverkan med Y"
        target.responsible = f"{value} {target.responsible}" if target.responsible else value
        target.responsible = _with_own_partners(target.responsible, target.text)
    elif role == "partner":
        joined = f"i samverkan med {value}"
        target.responsible = f"{target.responsible} {joined}" if target.responsible else joined
    elif role == "indicator":
        target.indicators = f"{target.indicators}; {value}" if target.indicators else value
    elif role == "frequency":
        target.frequency = value
    elif role == "timeframe":
        target.timeframe = value
    target.confidence = min(0.9, target.confidence + 0.05)
    state.fielded.add(target.key)
    state.touched = target is state.last_action


def _named_area(state: _State) -> Goal | None:
    """The goal a heading made just before a labelled goal line ("Mål: ..."), with nothing
    under it yet: that heading names the area the labelled goal belongs to, not a goal."""
    if not state.stack or not state.result.goals or state.had_content:
        return None
    goal = state.stack[-1][1]
    if goal is not state.result.goals[-1] or state.heading_level.get(goal.key, 0) == 0:
        return None
    if state.awaiting[-1:] != [goal] or any(g.parent_key == goal.key for g in state.result.goals):
        return None
    return goal


def _paragraph(state: _State, block: Block) -> None:
    vocab = state.vocab
    if state.title_pending is not None:
        state.title_pending.title = _clean(_sentences(block.text)[0])
        state.title_pending.snippet = block.snippet
        state.title_pending = None
        return
    if not state.in_actions and _is_objective_title(block.text):
        _add_goal(state, block.text.rstrip(". "), block, 1, number=None, confidence=0.85)
        return
    if state.goal_list_rank is not None and not state.in_actions:
        if state.goal_list_kind is None and block.text.rstrip().endswith(":"):
            return  # "Kommunfullmäktige har beslutat om tre mål:" leads into the list
        if len(block.text) <= 200 and state.goal_list_kind in (None, PARAGRAPH):
            state.goal_list_kind = PARAGRAPH
            _item(state, Block(ITEM, block.text, block.page, level=1, raw=block.raw))
            return
        state.goal_list_rank = None  # the text after a list of goals is no goal
    state.items_responsible = None
    sentences = _sentences(block.text)
    made: list[tuple[Action, frozenset[str]]] = []  # (action, its leads) from this paragraph
    for sentence in sentences:
        if _not_a_measure(sentence, vocab):
            continue
        actors = _actors(sentence, vocab, loose=state.in_actions)
        last_lead_in = sentence is sentences[-1] and not sentence.endswith((".", "!", "?"))
        if actors is not None and (
            state.goal is not None
            or state.in_actions
            or last_lead_in
            or _is_assignment(sentence, vocab)
        ):
            lead = _lead_names(actors)
            if made and made[-1][1] == lead and _elaborates(sentence):
                _add_partners(made[-1][0], _sentence_partners(sentence))
                continue  # the same actor again, saying more about the same measure
            action = _add_action(state, sentence, block, confidence=0.7, responsible=actors)
            if action is not None:
                made.append((action, lead))
        elif made and actors is None and _partner_phrase().search(sentence):
            _add_partners(made[-1][0], _sentence_partners(sentence))
        elif state.in_actions and (
            (len(sentences) == 1 and len(sentence) <= 250 and not state.listed_actions)
            or _starts_with_verb(sentence, vocab)
        ):
            action = _add_action(state, sentence, block, confidence=0.65)
            if action is not None:
                made.append((action, frozenset()))
    if not made and state.in_actions and len(sentences) >= 3:
        state.in_actions = False  # running prose: the list of measures has ended
    if not made:
        state.candidate = block if len(block.text) <= 400 else None
    # a paragraph that ends without a full stop ("I uppdraget ingår att", "...omfattar:") goes
    # on in the list below it: the items are parts of its last measure
    lead_in = not block.text.rstrip().endswith((".", "!", "?"))
    state.sub_items_of = made[-1][0] if made and lead_in else None
    if made and lead_in and made[-1][0].text == _clean(sentences[-1]) and made[-1][1]:
        # "X bidrar till målen genom att:" + a list: each item is a measure of X's, and the
        # lead-in itself is none
        state.result.actions.remove(made[-1][0])
        state.items_responsible = made[-1][0].responsible
        state.sub_items_of = None


_ELABORATION = re.compile(
    r"\b(?:uppdraget|uppdragen|arbetet|insatsen|satsningen|kartläggningen|särskilt|i arbetet"
    r"|samråda|samverka|redovisa|rapportera)\b",
    re.I,
)


def _elaborates(sentence: str) -> bool:
    """A further sentence of the same actor that says more about the measure before it (what
    the assignment holds, whom to consult, when to report) rather than a new measure."""
    return bool(_ELABORATION.search(sentence)) or not sentence.rstrip().endswith((".", "!", "?"))


def _lead_names(responsible: str) -> frozenset[str]:
    from ingest.agencies import split_responsible

    return frozenset(m.name for m in split_responsible(responsible) if m.role == "lead")


def _with_own_partners(responsible: str, text: str) -> str:
    """A measure's labelled responsibility with the partners its own wording names ("Erbjuda
    behandling i samverkan med Region X. Ansvar: Socialförvaltningen")."""
    named = responsible.lower()
    partners = [m for m in _sentence_partners(text) if m.lower() not in named]
    if not partners:
        return responsible
    joined = _join_names(partners)
    if " i samverkan med " in f" {responsible} ":
        return f"{responsible}, {joined}"
    return f"{responsible} i samverkan med {joined}".strip()


def _add_partners(action: Action, mentions: list[str]) -> None:
    """Partners a later sentence of the same paragraph names for the measure."""
    if not mentions:
        return
    joined = _join_names(mentions)
    if action.responsible and " i samverkan med " in action.responsible:
        action.responsible = f"{action.responsible}, {joined}"
    else:
        action.responsible = f"{action.responsible or ''} i samverkan med {joined}".strip()


def _sentences(text: str) -> list[str]:
    parts = _SENTENCE.split(text)
    out: list[str] = []
    for part in parts:
        if out and _ABBREVIATION_END.search(out[-1]):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return [p.strip() for p in out if p.strip()]


def _not_a_measure(sentence: str, vocab: Vocabulary) -> bool:
    """A recommendation, a finding or past work, not a measure. Text that kept its å/ä/ö is
    compared as written ("bör" is not "bor", lives); OCR'd text that lost them, folded."""
    if sentence.endswith("?"):
        return True
    if any(ch in "åäöÅÄÖ" for ch in sentence):
        words = " " + " ".join(re.findall(r"[^\W_]+", sentence.lower())) + " "
        return any(f" {p} " in words for p in vocab.not_measure)
    folded = " " + normalise(sentence) + " "
    return any(f" {p} " in folded for p in vocab.not_measure_folded)


def _actors(sentence: str, vocab: Vocabulary, *, loose: bool = False) -> str | None:
    """The responsibility of a sentence that names its actor (see _find_actors); a sentence is
    read once, though the section scan and the extraction both ask."""
    if vocab is not vocabulary():
        return _find_actors(sentence, vocab, loose=loose)
    return _cached_actors(sentence, loose)


@lru_cache(maxsize=4096)
def _cached_actors(sentence: str, loose: bool) -> str | None:
    return _find_actors(sentence, vocabulary(), loose=loose)


def _find_actors(sentence: str, vocab: Vocabulary, *, loose: bool = False) -> str | None:
    """The responsibility of a sentence that names its actor: "X och Y ska ... tillsammans med
    Z" → "X och Y i samverkan med Z"; "Regeringen ger X i uppdrag att ..." → "X". None when the
    sentence's subject is no agency."""
    from ingest.agencies import find_agencies

    norm = " " + normalise(sentence) + " "
    assignment = next((m for m in vocab.assignment_markers if f" {m} " in norm), None)
    verb_at = _first_verb(norm, vocab, loose=loose)
    if assignment is None and verb_at is None:
        return None
    mentions = [m for m in find_agencies(sentence) if normalise(m.mention) not in vocab.assigners]
    if not mentions:
        return None
    folded_sentence = sentence.lower()
    positions = []
    for m in mentions:
        at = folded_sentence.find(m.mention.lower())
        positions.append((at if at >= 0 else len(sentence), m))
    positions.sort(key=lambda p: p[0])
    if assignment is not None:
        marker_at = _fold_index(sentence, assignment)
        lead = [m for at, m in positions if at < marker_at]
    else:
        subject_end = _verb_char_index(sentence, norm, verb_at)
        subject = normalise(sentence[:subject_end])
        if len(subject.split()) > 14:
            return None
        lead = [m for at, m in positions if at < subject_end]
        if lead and not _subject_is_agencies(sentence[:subject_end], lead, vocab):
            return None
    if not lead:
        return None
    partners = _partners_after(sentence, positions)
    lead = list({m.name: m for m in reversed(lead)}.values())[::-1]  # each agency once
    names = _join_names([m.mention for m in lead])
    partner_names = [m.mention for m in partners if m.name not in {x.name for x in lead}]
    return f"{names} i samverkan med {_join_names(partner_names)}" if partner_names else names


# between two partners: a joiner, after the rest of the first one's name ("Länsstyrelsen Skåne
# och ...", "Region Jönköpings län, ...")
_JOINER = re.compile(
    r"^(?:\s+(?:[A-ZÅÄÖ][\w-]*|län|läns|i))*[\s,]*(?:(?:och|samt|liksom|respektive)\s+)?"
    r"(?:med\s+)?$"
)


def _partners_after(sentence: str, positions: list) -> list:  # type: ignore[type-arg]
    """The agencies named right after a partner phrase ("i samråd med X, Y och Z")."""
    found = []
    phrases = [(p.end(), True) for p in _partner_phrase().finditer(sentence)]
    phrases += [(p.end(), False) for p in _bare_with().finditer(sentence)]
    for cursor, marked in sorted(phrases):
        first = True
        for at, mention in positions:
            if at < cursor:
                continue
            gap = sentence[cursor:at]
            determined = marked and first and _DETERMINERS.match(" " + gap)
            if not determined and not _JOINER.match(gap) and at - cursor > 3:
                break
            if mention not in found:
                found.append(mention)
            cursor, first = at + len(mention.mention), False
    return found


def _sentence_partners(sentence: str) -> list[str]:
    """Mentions of the partners a sentence adds to a measure ("Uppdraget ska genomföras i
    samråd med X och Y")."""
    from ingest.agencies import find_agencies

    if not _partner_phrase().search(sentence):
        return []
    lowered = sentence.lower()
    positions = sorted(
        ((lowered.find(m.mention.lower()), m) for m in find_agencies(sentence)),
        key=lambda p: p[0],
    )
    return [m.mention for m in _partners_after(sentence, [p for p in positions if p[0] >= 0])]


def _has_actor_sentence(text: str, vocab: Vocabulary) -> bool:
    """Whether a paragraph holds a measure with its actor ("Region X och kommunerna ska ...")."""
    return any(
        not _not_a_measure(sentence, vocab) and _actors(sentence, vocab) is not None
        for sentence in _sentences(text)
    )


def _is_assignment(sentence: str, vocab: Vocabulary) -> bool:
    norm = " " + normalise(sentence) + " "
    return any(f" {m} " in norm for m in vocab.assignment_markers)


def _join_names(names: list[str]) -> str:
    unique = list(dict.fromkeys(names))
    if not unique:
        return ""
    return unique[0] if len(unique) == 1 else ", ".join(unique[:-1]) + " och " + unique[-1]


def _first_verb(norm: str, vocab: Vocabulary, *, loose: bool = False) -> int | None:
    """Where the first commitment verb stands in a normalised sentence; with loose (under an
    action heading, where every sentence is a measure) also the verbs of general work."""
    best = None
    for verb in vocab.commitment_verbs + (vocab.work_verbs if loose else ()):
        at = norm.find(f" {verb} ")
        if at >= 0 and (best is None or at < best):
            best = at
    return best


def _verb_char_index(sentence: str, norm: str, verb_at: int | None) -> int:
    """The character index in the sentence of the word at word position of verb_at in norm."""
    if verb_at is None:
        return len(sentence)
    words_before = len(norm[:verb_at].split())
    tokens = list(re.finditer(r"[0-9A-Za-zÅÄÖåäöéÉüÜ]+", sentence))
    return tokens[words_before].start() if words_before < len(tokens) else len(sentence)


def _fold_index(sentence: str, phrase: str) -> int:
    norm_words = phrase.split()
    tokens = list(re.finditer(r"[0-9A-Za-zÅÄÖåäöéÉüÜ]+", sentence))
    folded = [normalise(t.group()) for t in tokens]
    for k in range(len(folded) - len(norm_words) + 1):
        if folded[k : k + len(norm_words)] == norm_words:
            return tokens[k].start()
    return len(sentence)


def _subject_is_agencies(subject: str, lead: list, vocab: Vocabulary) -> bool:  # type: ignore[type-arg]
    """The words before the verb are the agencies and joiners ("Region X, kommunerna och
    polisen"), perhaps behind a short adverbial ("Under 2025", "Inom ramen för Y")."""
    rest = " " + normalise(subject) + " "
    for m in lead:
        rest = rest.replace(" " + normalise(m.mention) + " ", " ")
    leftover = [w for w in rest.split() if w not in vocab.subject_joiners]
    if any(w in ("ar", "har", "var", "finns", "blir", "som") for w in leftover):
        return False  # "X är ett förbund som ...": a description, not a commitment
    return len(leftover) <= 3


# ------------------------------------------------------------------------------ tidy


def _clean(text: str) -> str:
    """White space folded; a leading table bar or bullet dropped. The text itself, markup and
    punctuation included, is kept as printed."""
    return strip_bullet(" ".join(text.split()).lstrip("| ")).strip(" |")


GOAL_REPEAT_RATIO = 70  # partial ratio of a repeated goal's wording against the first one
DUPLICATE_RATIO = 88  # rapidfuzz ratio of two measures' folded wordings that are one measure
SHORTENED_RATIO = 85  # token-set ratio of a measure repeated in shortened form


def _same_measure(a: str, b: str, *, same_goal: bool) -> bool:
    """Two folded wordings of one measure: nearly the same, its first words repeated without
    the rest, or (under the same goal) a shortened form of it (a summary that repeats the
    measures)."""
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) <= 25:
        return False
    if fuzz.ratio(a, b) >= DUPLICATE_RATIO:
        return True
    if len(shorter) >= 30 and fuzz.ratio(shorter, longer[: len(shorter)]) >= DUPLICATE_RATIO:
        return True
    return (
        same_goal
        and len(shorter) >= 40
        and len(shorter) >= 0.6 * len(longer)
        and fuzz.token_set_ratio(a, b) >= SHORTENED_RATIO
    )


def _merge_into(kept: Action, twin: Action) -> None:
    """What a repetition of a measure adds (its responsibility, insats, indicators, time frame,
    printed in a handlingsplan after the strategy named the measure) goes to the first one."""
    for name in ("responsible", "insats", "indicators", "frequency", "timeframe", "number"):
        if getattr(kept, name) is None and getattr(twin, name) is not None:
            setattr(kept, name, getattr(twin, name))


def _dedupe(result: Extraction) -> None:
    """Repeated content inside a document (a summary that repeats the goals and measures, a
    table printed twice) is merged: the first occurrence is kept. Goals first, so that a
    measure repeated under a repeated goal is recognised as the same measure."""
    _dedupe_goals(result)
    kept: list[Action] = []
    seen: list[tuple[str, str | None]] = []
    for action in result.actions:
        key = normalise(action.text)
        twin = next(
            (
                k
                for k, (s, goal) in enumerate(seen)
                if key == s
                or _same_measure(
                    key, s, same_goal=goal == action.goal_key or None in (goal, action.goal_key)
                )
            ),
            None,
        )
        if twin is None:
            seen.append((key, action.goal_key))
            kept.append(action)
        else:
            _merge_into(kept[twin], action)
    result.actions = kept


def _dedupe_goals(result: Extraction) -> None:
    titles: dict[str, Goal] = {}
    goals: list[Goal] = []
    remap: dict[str, str] = {}
    for goal in result.goals:
        key = normalise(goal.title)
        twin = titles.get(key)
        if twin is None and goal.number:
            # the same numbered goal printed again (a handlingsplan or summary after the
            # strategy), its wording shortened or reworded
            twin = next(
                (
                    g
                    for g in goals
                    if g.number == goal.number
                    and g.level == goal.level
                    and fuzz.partial_ratio(normalise(g.title), key) >= GOAL_REPEAT_RATIO
                ),
                None,
            )
        if twin is not None and twin.parent_key == goal.parent_key:
            remap[goal.key] = twin.key
            continue
        titles.setdefault(key, goal)
        goals.append(goal)
    result.goals = goals
    for action in result.actions:
        if action.goal_key in remap:
            action.goal_key = remap[action.goal_key]
    for goal in result.goals:
        if goal.parent_key in remap:
            goal.parent_key = remap[goal.parent_key]
