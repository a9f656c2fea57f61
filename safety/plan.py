"""The seven parts of the safety plan, after Stanley & Brown (2012), in their fixed order.

One table drives the edit form, the page, the printout, the crisis page and the API, so
the parts can never drift apart. The order is the order of the intervention: notice the
warning signs, first try what you can do alone, then people and places that distract,
then people you ask for help, then professionals, while making the surroundings safe;
the reasons to live come last, to end on what matters.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

# The limit of each part: room for a full plan, short enough to read in a crisis.
PART_MAX_LENGTH = 3000


@dataclass(frozen=True)
class Part:
    field: str
    title: Promise
    hint: Promise
    examples: Promise


PARTS = (
    Part(
        "warning_signs",
        _("My warning signs"),
        _("Thoughts, feelings, situations or behaviour that tell you a crisis may be coming."),
        _("I stop answering my phone. I lie awake at night. I think: it will never get "
          "better. After a row I start drinking."),
    ),
    Part(
        "coping",
        _("What I can do myself"),
        _("Things you can do on your own to calm down or take your mind off it, without "
          "contacting anyone."),
        _("Walk around the block. Take a cold shower. Breathe out slowly, five times. Put on "
          "loud music. Start a ride in Wagenmenner."),
    ),
    Part(
        "distractions",
        _("People and places that distract me"),
        _("People and places that help you think of something else. You do not have to tell "
          "them how you feel."),
        _("Coffee with the neighbour. The gym. The library. My brother's workshop."),
    ),
    Part(
        "help_contacts",
        _("People I can ask for help"),
        _("People you can tell that you are not doing well, with their phone numbers. Ask "
          "them beforehand whether they agree to be on your plan."),
        _("My sister, and her phone number. A friend who knows what is going on, and his "
          "number."),
    ),
    Part(
        "professionals",
        _("Professionals and services"),
        _("Your GP, the out-of-hours GP service, your therapist, the crisis service: with "
          "phone numbers and when they can be reached."),
        _("My GP, weekdays 8 to 17. The out-of-hours GP service in the evening, at night and "
          "at weekends. My therapist at the clinic, and the clinic's number."),
    ),
    Part(
        "safe_environment",
        _("Making my surroundings safe"),
        _("What you do to keep away from the things you could use to hurt yourself."),
        _("My partner keeps my pills and gives me one week at a time. No alcohol in the "
          "house. My brother keeps the car keys when I am not doing well."),
    ),
    Part(
        "reasons_to_live",
        _("My reasons to live"),
        _("What matters most to you, and what is worth staying for."),
        _("My daughter. My dog. Finishing the boat. Seeing the sea again in spring."),
    ),
)

FIELDS = tuple(part.field for part in PARTS)
