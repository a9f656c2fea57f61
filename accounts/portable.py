"""What of the account itself goes into the export (wagenmenner/portability.py)."""

from django.utils.translation import gettext_lazy as _

from accounts.models import User
from wagenmenner.portability import Kind, register


class ProfileKind(Kind):
    """The person's own settings and words on the account: one row."""

    def queryset(self, user):
        return User.objects.filter(pk=user.pk)

    def is_empty(self, user) -> bool:
        return not user.acknowledgement

    def load(self, user, rows, ids) -> None:
        if not rows:
            return
        values = self._values(rows[0], ids, 1)
        for name in ("acknowledgement", "language", "time_zone", "setup_state"):
            if name in values:
                setattr(user, name, values[name])
        self._check(user, 1)
        user.save(update_fields=["acknowledgement", "language", "time_zone", "setup_state"])
        ids[self.name] = {rows[0].get("id"): user.pk}

    def _check(self, obj, n) -> None:
        # The password and the address are the new account's own.
        obj.clean_fields(exclude=["password", "email", "date_joined", "last_login"])


register(ProfileKind(
    "profile", _("your account: what you recognise, language, time zone, set-up steps"),
    User, ("email", "date_joined", "privacy_accepted_at", "acknowledgement", "language",
           "time_zone", "setup_state"), order=0, tabular=False))
