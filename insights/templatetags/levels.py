"""``{% level_sections %}``: the headline page's section of each level (its sentence,
figures, charts and data table), written in one pass. As a template loop they were some
forty tags a level and seventeen translations, a tenth of the page's time. The HTML is
the template's that this replaced, byte for byte; every text is escaped here."""

from django import template
from django.template.base import render_value_in_context
from django.utils.html import conditional_escape as esc
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

register = template.Library()

LEFT_OUT = "insights/includes/rows_left_out.html"


def _words(per_four_weeks: bool) -> dict[str, str]:
    """The words the three sections share, each translated and escaped once."""
    by_four = f", {esc(gettext('on average per 4 weeks'))}" if per_four_weeks else ""
    heads = (gettext("week"), gettext("check-ins"), gettext("lowest"), gettext("highest"),
             gettext("amplitude"), gettext("mean"), gettext("SD"), "MSSD", "PAC")
    return {
        "swing_trend": esc(gettext("points per month: trend of the swings (highest minus "
                                   "lowest in a week)")),
        "jump_trend": esc(gettext("per month: trend of the jumps between check-ins (MSSD)")),
        "trend_weeks": esc(gettext("weeks with 2+ check-ins")),
        "range_h": esc(gettext("Peaks and valleys per 4 weeks") if per_four_weeks
                       else gettext("Peaks and valleys per week")),
        "swings_h": esc(gettext("Swings per week (highest minus lowest)")) + by_four,
        "jumps_h": esc(gettext("Jumps between check-ins per week (MSSD)")) + by_four,
        "thead": "".join(f'<th scope="col">{esc(head)}</th>' for head in heads),
        "no_checkins": esc(gettext("No check-ins in this period.")),
    }


def _left_out(f: dict, context) -> str:
    """The note above a table that shows only the last rows, as the include wrote it."""
    with context.push(shown=f["rows_shown"], total=f["row_count"],
                      csv_url=context.get("weeks_csv_url")):
        return context.template.engine.get_template(LEFT_OUT).render(context)


def _section(f: dict, words: dict[str, str], context) -> str:
    svg_style = context.get("svg_style") or ""
    charts = [f"<h3>{head}</h3>\n{chart.html(svg_style)}" if not chart.empty else ""
              for chart, head in ((f["range_chart"], words["range_h"]),
                                  (f["amplitude_chart"], words["swings_h"]),
                                  (f["mssd_chart"], words["jumps_h"]))]
    field = esc(f["field"])
    rows = (esc(f["rows_html"]) if f["rows_shown"]
            else f'<tr><td colspan="9">{words["no_checkins"]}</td></tr>')
    return (
        f'\n<section class="card" aria-labelledby="field-{field}-h">\n'
        f'<h2 id="field-{field}-h">{esc(f["label"])}</h2>\n'
        f'<p class="lead">{esc(f["sentence"])}</p>\n'
        + (f'<p class="small">{esc(f["note"])}</p>\n' if f.get("note") else "") +
        f'<div class="figures">\n'
        f'<p class="figure"><span class="num">{esc(f["amplitude_per_month"])}</span>'
        f'<span class="what">{words["swing_trend"]}</span></p>\n'
        f'<p class="figure"><span class="num">{esc(f["mssd_per_month"])}</span>'
        f'<span class="what">{words["jump_trend"]}</span></p>\n'
        f'<p class="figure"><span class="num">'
        f'{render_value_in_context(f["trend"]["weeks"], context)}</span>'
        f'<span class="what">{words["trend_weeks"]}</span></p>\n'
        f'</div>\n'
        f'{charts[0]}\n{charts[1]}\n{charts[2]}\n'
        f'<details class="data-table"><summary>{esc(f["table_summary"])}</summary>\n'
        f'{_left_out(f, context) if f["rows_shown"] < f["row_count"] else ""}\n'
        f'<div class="table-wrap" tabindex="0"><table class="figure-table">\n'
        f'<caption class="visually-hidden">{esc(f["table_caption"])}</caption>\n'
        f'<thead><tr>{words["thead"]}</tr></thead>\n'
        f'<tbody>{rows}</tbody>\n'
        f'</table></div></details>\n'
        f'</section>\n')


@register.simple_tag(takes_context=True)
def level_sections(context):
    """Each level of ``fields`` (``presentation.levels_context``) as its section."""
    fields = context.get("fields") or []
    words = _words(bool(fields) and fields[0]["per_four_weeks"])
    return mark_safe("".join(_section(f, words, context) for f in fields))  # noqa: S308 (escaped)
