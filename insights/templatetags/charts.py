from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def chart(context, c):
    """``{% chart c %}``: an ``insights.charts.Chart`` as its figure (``Chart.html``), with
    the PDF's SVG style when the page sets ``svg_style``."""
    return c.html(context.get("svg_style") or "") if c else ""
