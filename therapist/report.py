"""The report as PDF (issue 10): WeasyPrint renders the summary's own template, with its
SVG charts as vectors and its data tables, in the reader's language or the one asked for.
One for a clinician (a client and a period, within consent, logged as a print) and one for
the person themself ("take this to my session")."""

import re
from functools import cache

from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone, translation

from therapist.charts import summary_display
from therapist.summary import FEW_PER_WEEK

STYLESHEETS = ("wagenmenner/insights.css", "therapist/report.css")
CHART_SHEETS = ("wagenmenner/insights.css", "insights/charts.css")


@cache
def svg_style() -> str:
    """The charts' looks for WeasyPrint, which styles an inline SVG only from a <style>
    inside it and knows no CSS variables: the pages' own chart rules, with the colours of
    app.css put in."""
    def read(name):
        with open(finders.find(name), encoding="utf-8") as f:
            return f.read()

    colours = dict(re.findall(r"--([a-z-]+):\s*([^;]+);", read("wagenmenner/app.css")))
    rules = "".join(m for name in CHART_SHEETS
                    for m in re.findall(r"[^{}]*\.(?:chart|swatch)[^{}]*\{[^}]*\}",
                                        re.sub(r"/\*.*?\*/", "", read(name), flags=re.S)))
    return re.sub(r"var\(--([a-z-]+)\)", lambda m: colours.get(m[1], "#000"), rules)


def report_language(request, user) -> str:
    asked = request.GET.get("lang")
    return asked if asked in ("nl", "en") else user.language


def render_report(request, *, summary: dict, subject_name: str, since, until, language: str,
                  made_for: str = "", registration: str = "") -> bytes:
    from weasyprint import CSS, HTML

    with translation.override(language):
        html = render_to_string("therapist/report_pdf.html", {
            "summary": summary, "display": summary_display(summary, since, until),
            "few_per_week": FEW_PER_WEEK, "client": subject_name, "since": since,
            "until": until, "made_at": timezone.localtime(), "made_for": made_for,
            "registration": registration, "language": language, "svg_style": svg_style()},
            request=request)
    sheets = [CSS(filename=finders.find(name)) for name in STYLESHEETS]
    return HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf(
        stylesheets=sheets)


def pdf_response(pdf: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response
