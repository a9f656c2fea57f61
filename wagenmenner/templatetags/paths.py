from django import template

from wagenmenner.paths import path as path_of

register = template.Library()


@register.simple_tag(name="path")
def path(name):
    """``{% path 'name' %}``: ``{% url 'name' %}`` for a name without arguments, from the
    table wagenmenner/paths.py derives once from the URLconf."""
    return path_of(name)
