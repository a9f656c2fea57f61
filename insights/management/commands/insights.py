import json

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from accounts.models import User
from insights import selectors
from insights.metrics import FIELDS
from insights.periods import local_today, parse_period


class Command(BaseCommand):
    help = ("Insights of one person for a period (METHOD 4.4): peaks and valleys per week, "
            "trend, alarm load, flips, escalations, rides and rule keeping.")

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--start", help="first local date, YYYY-MM-DD (default: 12 weeks ago)")
        parser.add_argument("--end", help="last local date, YYYY-MM-DD (default: today)")
        parser.add_argument("--json", action="store_true", dest="as_json",
                            help="print the same JSON as GET /api/v1/insights")

    def handle(self, *args, email, start, end, as_json: bool, **options):
        user = User.objects.filter(email=email.strip().lower()).first()
        if user is None:
            raise CommandError(f"No account with e-mail address {email}.")
        try:
            first, last = parse_period(start, end, local_today(user))
        except ValidationError as exc:
            raise CommandError("; ".join(
                f"{field}: {' '.join(str(m) for m in messages)}"
                for field, messages in exc.message_dict.items()))
        report = selectors.insights_for_period(user, first, last)
        if as_json:
            self.stdout.write(json.dumps(report, ensure_ascii=False, indent=2))
            return
        self.stdout.write(_summary(report))


def _fmt(value, digits=2) -> str:
    if value is None:
        return "—"
    return f"{value:.{digits}f}" if isinstance(value, float) else str(value)


def _summary(report: dict) -> str:
    period = report["period"]
    lines = [f"Insights {period['start']} – {period['end']} ({period['tz']})", ""]
    lines.append("week      field   n  min max amp  mean    sd    mssd   pac")
    for week in report["weeks"]:
        for field in FIELDS:
            s = week[field]
            lines.append(f"{week['week']:9} {field:6} {s['n']:3} {_fmt(s['min']):>3} "
                         f"{_fmt(s['max']):>3} {_fmt(s['amplitude']):>3} {_fmt(s['mean']):>5} "
                         f"{_fmt(s['sd']):>5} {_fmt(s['mssd']):>7} {_fmt(s['pac']):>5}")
    lines.append("")
    for field, trend in report["trend"].items():
        lines.append(f"trend {field}: amplitude {_fmt(trend['amplitude_slope'], 4)}/week, "
                     f"MSSD {_fmt(trend['mssd_slope'], 4)}/week over {trend['weeks']} weeks")
    load = report["alarm_load"]
    lines.append(f"alarm load: {load['high']}/{load['n']} check-ins with alarm ≥ 7 "
                 f"(share {_fmt(load['share'])})")
    flips = report["flips"]
    lines.append(f"flips: {flips['count']} (mean drive {_fmt(flips['mean_drive_days'], 1)} days)")
    lines.append(f"escalations: {report['escalations']['total']}")
    rides = report["rides"]
    lines.append(f"rides: {rides['total']}, {rides['no_escalation']}/{rides['with_look_back']} "
                 f"looked back on without escalation")
    for rule in report["rules"]:
        lines.append(f"rule {rule['rule_id']}: kept {rule['kept']}/{rule['applied']} — "
                     f"{rule['if_text']} → {rule['then_text']}")
    return "\n".join(lines)
