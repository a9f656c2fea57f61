"""The Learn articles: Markdown files in learn/content, one per slug and language.

Rendering is done once per process (the files only change with a release) and the HTML
is sanitised with nh3, so even a careless edit cannot put a script on a page.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

CONTENT_DIR = Path(__file__).with_name("content")
LANGUAGES = ("nl", "en")
# Every article ends with its sources under this heading (METHOD.md 4.9).
SOURCES_HEADING = {"nl": "Bronnen", "en": "Sources"}
ALLOWED_TAGS = {"p", "h2", "h3", "h4", "ul", "ol", "li", "em", "strong", "blockquote", "a",
                "br", "hr", "code"}


@dataclass(frozen=True)
class Article:
    slug: str
    language: str
    title: str
    summary: str
    # "Kort gezegd / In short": three lines shown atop the article.
    in_short: tuple[str, ...]
    audience: tuple[str, ...]
    echoes: tuple[str, ...]
    order: int
    html: str
    text: str = field(repr=False)

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def sources_html(self) -> str:
        """The sources section, from its heading to the end ("" if there is none)."""
        heading = f"<h2>{SOURCES_HEADING.get(self.language, '')}</h2>"
        at = self.html.rfind(heading)
        return self.html[at:] if at >= 0 else ""

    @property
    def body_words(self) -> int:
        """Words of the article itself: everything before the sources section."""
        body = self.html[: len(self.html) - len(self.sources_html)]
        return len(re.sub(r"<[^>]+>", " ", body).split())


def _front_matter(raw: str) -> tuple[dict[str, str], str]:
    if not raw.startswith("---"):
        return {}, raw
    _, head, body = raw.split("---", 2)
    meta = {}
    for line in head.strip().splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    return meta, body


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())


def parse(path: Path) -> Article:
    # Imported here, once per process when the articles are first read (the Learn pages, a
    # self-check's advice), not with every module that imports this one: held by every
    # worker from the start, the two were 3 MB of each one's memory.
    import markdown
    import nh3

    slug, language = path.name[: -len(".md")].rsplit(".", 1)
    meta, body = _front_matter(path.read_text(encoding="utf-8"))
    html = nh3.clean(markdown.markdown(body), tags=ALLOWED_TAGS,
                     attributes={"a": {"href", "title"}}, url_schemes={"http", "https", "mailto"})
    text = re.sub(r"<[^>]+>", " ", html)
    return Article(slug=slug, language=language, title=meta.get("title", slug),
                   summary=meta.get("summary", ""),
                   in_short=tuple(line.strip() for line in meta.get("in_short", "").split(" | ")
                                  if line.strip()),
                   audience=_split(meta.get("audience", "")),
                   echoes=_split(meta.get("echoes", "")), order=int(meta.get("order") or 999),
                   html=html, text=text)


@lru_cache(maxsize=1)
def all_articles() -> dict[tuple[str, str], Article]:
    return {(a.slug, a.language): a for a in map(parse, sorted(CONTENT_DIR.glob("*.*.md")))}


def articles(language: str) -> list[Article]:
    found = [a for (_, lang), a in all_articles().items() if lang == language]
    return sorted(found, key=lambda a: (a.order, a.title))


def article(slug: str, language: str) -> Article | None:
    return all_articles().get((slug, language)) or all_articles().get((slug, "nl"))


def search(query: str, language: str) -> list[Article]:
    """Every word of the query must occur in the title, summary or text (case-insensitive)."""
    words = [w for w in re.split(r"\s+", query.casefold().strip()) if w][:10]
    if not words:
        return articles(language)
    return [a for a in articles(language)
            if all(w in f"{a.title} {a.summary} {a.text}".casefold() for w in words)]
