"""What the self-check pages show: texts in the person's language, the profile chart's
geometry, and where to start. Kept out of the views so they stay short and this stays
testable without requests."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.formats import number_format
from django.utils.translation import get_language
from django.utils.translation import gettext as gettext_now
from django.utils.translation import gettext_lazy as _

from learn import library
from selfcheck import items, scoring

# Chart geometry in SVG user units; the SVG scales to the width of the screen.
CHART_WIDTH = 320
BAR_X = 0
BAR_WIDTH = 260  # 0..100 maps onto 0..BAR_WIDTH
ROW_HEIGHT = 50
LABEL_DY = 16
BAR_DY = 22
BAR_HEIGHT = 16

# Parts of the method a dimension points to, where the app has a page for them.
METHOD_PART_PAGES = {
    "rides": ("rides:start", _("The ride: your step plan")),
    "checkins": ("checkins:checkin", _("Check in")),
    "rules": ("charioteer:overview", _("Your life rules")),
    "goals": ("charioteer:overview", _("Your goals")),
    "sides": ("charioteer:overview", _("Sides of yourself")),
    "safety_plan": ("safety:plan", _("Your safety plan")),
    "warning_plan": ("warningplan:plan", _("Your warning plan and time-out")),
    "reciprocity": ("people:list", _("The reciprocity ledger")),
    "trust_experiment": ("people:trust", _("Trust experiments")),
}


def language() -> str:
    current = (get_language() or "").split("-")[0]
    return current if current in items.LANGUAGES else items.LANGUAGES[0]


@dataclass
class ChartRow:
    key: str
    title: str
    score: float | None
    previous: float | None
    change: float | None
    band: str
    y: int
    label_y: int = 0
    bar_y: int = 0
    bar_width: float = 0
    value_x: float = 0
    previous_x: float | None = None

    @property
    def change_text(self) -> str:
        """The change in words; higher always means more difficulty."""
        if self.change is None:
            return "—"
        if self.change == 0:
            return gettext_now("no change")
        points = number_format(abs(self.change), 1)
        if self.change > 0:
            return gettext_now("%(points)s higher (more difficulty)") % {"points": points}
        return gettext_now("%(points)s lower (less difficulty)") % {"points": points}


def chart_rows(scores: dict, previous_scores: dict | None, lang: str) -> list[ChartRow]:
    change = scoring.change(previous_scores, scores) if previous_scores is not None else {}
    rows = []
    for n, dimension in enumerate(items.DIMENSIONS):
        score = scores.get(dimension.key)
        previous = (previous_scores or {}).get(dimension.key)
        y = n * ROW_HEIGHT
        width = round(BAR_WIDTH * score / 100, 1) if score is not None else 0
        rows.append(ChartRow(
            key=dimension.key, title=dimension.title[lang], score=score, previous=previous,
            change=change.get(dimension.key),
            band=items.BAND_LABELS[scoring.band(score)][lang] if score is not None else "",
            y=y, label_y=y + LABEL_DY, bar_y=y + BAR_DY, bar_width=width,
            value_x=BAR_X + width + 6,
            previous_x=(round(BAR_X + BAR_WIDTH * previous / 100, 1)
                        if previous is not None else None)))
    return rows


def chart_height() -> int:
    return ROW_HEIGHT * len(items.DIMENSIONS)


@dataclass
class StartHere:
    title: str
    text: str
    articles: list[tuple[str, str]]  # (url, title)
    pages: list[tuple[str, str]]  # (url, label)


def start_here(scores: dict, lang: str) -> list[StartHere]:
    """The dimensions to start with (scoring.start_with), with their Learn articles."""
    suggestions = []
    for key in scoring.start_with(scores):
        dimension = items.DIMENSIONS_BY_KEY[key]
        articles = []
        for slug in dimension.learn_slugs:
            article = library.article(slug, lang)
            if article is not None:
                articles.append((reverse("learn:article", args=[slug]), article.title))
        pages, seen = [], set()
        for part in dimension.method_parts:
            if part in METHOD_PART_PAGES:
                url_name, label = METHOD_PART_PAGES[part]
                url = reverse(url_name)
                if url not in seen:
                    seen.add(url)
                    pages.append((url, str(label)))
        suggestions.append(StartHere(title=dimension.title[lang],
                                     text=dimension.start_with[lang],
                                     articles=articles, pages=pages))
    return suggestions


def history_rows(results) -> list[dict]:
    """Each result with its score per dimension in DIMENSIONS order, for the history table."""
    return [{"result": r, "scores": [r.scores.get(d.key) for d in items.DIMENSIONS]}
            for r in results]
