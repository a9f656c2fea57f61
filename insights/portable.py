"""Weekly reviews in the export (wagenmenner/portability.py)."""

from django.utils.translation import gettext_lazy as _

from insights.models import WeeklyReview
from wagenmenner.portability import Kind, register

# What object_id pointed at, by the review's kind (a new rule was a rule once made).
TARGETS = {"rule": "rules", "new_rule": "rules", "goal": "goals", "side": "sides"}


class WeeklyReviewKind(Kind):
    def _values(self, row, ids, n):
        values = super()._values(row, ids, n)
        target = ids.get(TARGETS.get(values.get("kind"), ""), {})
        # The review is history: an object deleted since keeps no link (None), as before.
        values["object_id"] = target.get(values.get("object_id"))
        return values


register(WeeklyReviewKind("weekly_reviews", _("your weekly reviews and their adjustments"),
                          WeeklyReview, ("week", "kind", "object_id", "reason", "before",
                                         "after", "created_at"), order=90))
