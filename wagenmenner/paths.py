"""The paths of the URL names that take no arguments: a table built once from the URLconf.

Every page's frame links to about two dozen of them (the navigation, the header, the
footer, the offline script's endpoints), and ``{% url %}`` reverses each one again on
every request, at 20–60 µs apiece: about half a millisecond of every page. The URLconf
does not change while a process runs, and none of our paths depends on the language (no
``i18n_patterns``, no translated routes), so a name without arguments has exactly one
path. This table is that mapping, derived from the URLconf once, as Django derives its own
reverse dictionary once: it holds nothing of a request or a person, and nothing that can
go stale. When the URLconf is replaced (tests that override ROOT_URLCONF), Django makes a
new resolver and the table is derived again from that one.
"""

from django.urls import NoReverseMatch, get_resolver, get_script_prefix, get_urlconf, reverse

_table: tuple[object, dict[str, str]] = (None, {})


def _names(resolver, namespace: str = ""):
    for key in resolver.reverse_dict:
        if isinstance(key, str):
            yield namespace + key
    for name, (_prefix, inner) in resolver.namespace_dict.items():
        yield from _names(inner, f"{namespace}{name}:")


def build(resolver) -> dict[str, str]:
    """Every URL name of ``resolver`` that reverses without arguments, with its path
    (without the script prefix, which belongs to the request)."""
    prefix = get_script_prefix()
    table = {}
    for name in _names(resolver):
        try:
            url = reverse(name, urlconf=resolver.urlconf_name)
        except NoReverseMatch:
            continue  # it needs arguments: {% url %} reverses it
        table[name] = url[len(prefix):]
    return table


def path(name: str) -> str:
    """The path of a URL name without arguments: what ``reverse(name)`` returns."""
    global _table
    resolver = get_resolver(get_urlconf())
    built_from, table = _table
    if built_from is not resolver:
        table = build(resolver)
        _table = (resolver, table)
    try:
        return get_script_prefix() + table[name]
    except KeyError:
        raise NoReverseMatch(f"{name!r} is not a URL name without arguments") from None
