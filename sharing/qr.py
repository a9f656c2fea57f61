"""QR codes as inline SVG, made here (segno: pure Python), so no image leaves the app."""

import io

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _


def qr_svg(text: str, label: str | None = None) -> SafeString:
    # Imported here, not when the server starts: only the invitation and second-factor pages
    # draw a code, and held by every worker from the start segno was 2 MB of each one's memory.
    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="svg", scale=5, border=4, xmldecl=False,
                                    svgns=True, svgclass="qr", dark="#000", light="#fff",
                                    nl=False)
    label = escape(label or _("QR code of the invitation link"))
    # segno escapes nothing we pass: the label is ours, the data is inside the path only.
    svg = buffer.getvalue().decode().replace("<svg ", f'<svg role="img" aria-label="{label}" ', 1)
    return mark_safe(svg)  # noqa: S308 (made above from segno's own markup)
