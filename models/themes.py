"""Themes (forms of violence and target groups) as data: models/data/themes.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from importlib import resources

from models.frameworks import FrameworkError


@dataclass(frozen=True)
class Theme:
    code: str
    title: str
    terms: dict[str, float] = field(default_factory=dict)


def load_themes(text: str | None = None) -> list[Theme]:
    """The themes, in file order (from `text` when given, else the packaged data file)."""
    if text is None:
        text = resources.files("models").joinpath("data", "themes.toml").read_text("utf-8")
    themes: list[Theme] = []
    for raw in tomllib.loads(text).get("themes", []):
        if "code" not in raw or "title" not in raw:
            raise FrameworkError("themes.toml: a theme lacks code or title")
        terms = {str(term): float(weight) for term, weight in raw.get("terms", {}).items()}
        themes.append(Theme(code=str(raw["code"]), title=str(raw["title"]), terms=terms))
    codes = [theme.code for theme in themes]
    if len(set(codes)) != len(codes):
        raise FrameworkError(f"themes.toml: theme codes repeat: {codes}")
    return themes
