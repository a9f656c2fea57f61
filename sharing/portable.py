"""What the person shared, with whom, and who looked, in their export
(wagenmenner/portability.py; GDPR article 15). These rows point at other accounts of this
installation, so an import on another one leaves them behind (``imported=False``)."""

from django.utils.translation import gettext_lazy as _

from sharing.models import AccessEntry, Consent, Link
from wagenmenner.portability import Kind, register

register(Kind("shares", _("with whom you shared, in which role"), Link,
              ("role", "reader_name", "created_at", "ended_at"), order=200, imported=False))
register(Kind("share_consents", _("what you shared on each link, from when to when"), Consent,
              ("link_id", "kind", "granted_at", "revoked_at"), order=201,
              refs={"link_id": "shares"}, owner_path="link__owner", imported=False))
register(Kind("access_log", _("who saw what of yours, when, and on what grounds"), AccessEntry,
              ("at", "actor_name", "actor_role", "kind", "action", "grounds", "address",
               "outcome"), order=202, owner_path="subject", imported=False))
