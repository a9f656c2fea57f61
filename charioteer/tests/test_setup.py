from charioteer.models import Goal, LifeRule, Side
from charioteer.services import SETUP_STEPS
from charioteer.suggestions import RULE_TEMPLATES, SIDE_TEMPLATES


def test_setup_resumes_at_the_first_step_not_done(client_person, person):
    client_person.post("/instellen/acknowledge/", {"action": "done",
                                                   "acknowledgement": "Ik duw mensen weg."})
    client_person.post("/instellen/horses/", {"action": "skipped"})
    person.refresh_from_db()
    assert person.acknowledgement == "Ik duw mensen weg."
    html = client_person.get("/instellen/").content.decode()
    assert 'href="/instellen/goals/"' in html
    assert client_person.get("/").context["setup_next"] == "goals"


def test_every_step_can_be_skipped_to_the_end(client_person, person):
    for step in SETUP_STEPS:
        r = client_person.post(f"/instellen/{step}/", {"action": "skipped"})
        assert r.status_code == 302
    assert r["Location"] == "/"
    person.refresh_from_db()
    assert set(person.setup_state.values()) == {"skipped"}


def test_unknown_setup_step_is_404(client_person):
    assert client_person.get("/instellen/bestaat-niet/").status_code == 404


def test_at_least_eight_rule_templates_each_with_a_structured_if():
    assert len(RULE_TEMPLATES) >= 8
    for t in RULE_TEMPLATES:
        assert t.horse or t.min_level is not None or t.relation or t.echo, t.key


def test_rule_template_becomes_a_rule_of_ones_own_with_its_conditions(client_person, person):
    template = RULE_TEMPLATES[0]
    r = client_person.post("/leefregels/sjabloon/", {"template": template.key})
    rule = LifeRule.objects.get(owner=person)
    assert r["Location"] == f"/leefregels/{rule.pk}/"
    assert rule.horse.kind == template.horse and rule.min_level == template.min_level
    assert rule.if_text  # stored in the person's language, encrypted


def test_side_template_becomes_a_side(client_person, person):
    client_person.post("/kanten/sjabloon/", {"template": SIDE_TEMPLATES[0].key, "next": "setup"})
    assert Side.objects.filter(owner=person).count() == 1


def test_goal_is_created_edited_and_deleted(client_person, person):
    client_person.post("/doelen/nieuw/", {"domain": "work", "title": "Op tijd stoppen"})
    goal = Goal.objects.get(owner=person)
    client_person.post(f"/doelen/{goal.pk}/", {"domain": "health", "title": "Op tijd rusten"})
    goal.refresh_from_db()
    assert (goal.domain, goal.title) == ("health", "Op tijd rusten")
    client_person.post(f"/doelen/{goal.pk}/verwijderen/")
    assert not Goal.objects.exists()


def test_bad_rule_input_changes_nothing(client_person, person):
    for data in ({"if_text": "", "then_text": "x"},
                 {"if_text": "x" * 501, "then_text": "y"},
                 {"if_text": "a", "then_text": "b", "min_level": "11"},
                 {"if_text": "a", "then_text": "b", "min_level": "abc"},
                 {"if_text": "a", "then_text": "b", "horse": "999999"}):
        r = client_person.post("/leefregels/nieuw/", data)
        assert r.status_code == 200
        assert 'class="errorlist' in r.content.decode()
    assert not LifeRule.objects.exists()


def test_html_in_text_is_shown_as_text(client_person, person):
    client_person.post("/doelen/nieuw/", {"domain": "work", "title": "<script>alert(1)</script>"})
    html = client_person.get("/mijn-wagenmenner/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_default_echoes_cannot_be_deleted_but_own_ones_can(client_person, person):
    from charioteer.models import Echo

    default = Echo.objects.filter(owner=person).exclude(key="").first()
    assert client_person.post(f"/echos/{default.pk}/verwijderen/").status_code == 404
    client_person.post("/echos/nieuw/", {"label": "alles of niets"})
    own = Echo.objects.get(owner=person, key="")
    client_person.post(f"/echos/{own.pk}/verwijderen/")
    assert not Echo.objects.filter(pk=own.pk).exists()


def test_crisis_words_in_a_goal_bring_up_the_card_after_saving(client_person, person):
    r = client_person.post("/doelen/nieuw/", {"domain": "self",
                                              "title": "Niet meer denken aan zelfmoord"},
                           follow=True)
    assert 'id="crisis-card"' in r.content.decode()
    assert Goal.objects.get(owner=person).title == "Niet meer denken aan zelfmoord"


def test_setup_says_what_the_method_aims_for_and_what_else_it_could_be(client_person):
    from django.urls import reverse

    html = client_person.get(reverse("charioteer:setup_step", args=["acknowledge"])).content.decode()
    assert "gaat dat niet over" in html  # the book's frame, said plainly...
    assert "pieken die minder hoog zijn en dalen die minder diep" in html  # ...and the aim
    assert "vinden er stap voor stap hun weg in" in html
    assert 'href="/leren/wat-het-ook-kan-zijn/"' in html


def test_setup_ends_with_warning_plan_time_out_and_safety_plan():
    assert SETUP_STEPS[-3:] == ("warning_plan", "timeout", "safety_plan")


def test_the_warning_plan_is_made_in_one_tap_in_setup(client_person, person):
    from warningplan.models import WarningPhase

    data = {"action": "done"}
    for phase, level in (("green", "0"), ("yellow", "4"), ("orange", "6"), ("red", "8")):
        data.update({f"{phase}-i_do": f"ik doe {phase}", f"{phase}-alarm_from": level})
    r = client_person.post("/instellen/warning_plan/", data)
    assert r["Location"] == "/instellen/timeout/"
    assert WarningPhase.objects.get(phase="orange").alarm_from == 6
    person.refresh_from_db()
    assert person.setup_state["warning_plan"] == "done"


def test_a_bad_warning_plan_in_setup_stays_on_the_step_and_saves_nothing(client_person,
                                                                         person):
    from warningplan.models import WarningPlan

    r = client_person.post("/instellen/warning_plan/", {"action": "done", "yellow-alarm_from": "8",
                                                        "orange-alarm_from": "3"})
    assert r.status_code == 200 and r.context["plan_form"].errors
    assert not WarningPlan.objects.exists()
    person.refresh_from_db()
    assert "warning_plan" not in person.setup_state


def test_the_time_out_agreement_and_safety_plan_in_setup(client_person, person):
    from safety.models import SafetyPlan
    from timeouts.models import TimeoutProtocol

    r = client_person.post("/instellen/timeout/", {"action": "done", "signal_word": "pauze",
                                                   "minutes": "20", "return_below": "4"})
    assert r["Location"] == "/instellen/safety_plan/"
    assert TimeoutProtocol.objects.get(owner=person).minutes == 20
    r = client_person.post("/instellen/safety_plan/", {"action": "done",
                                                       "coping": "Een rondje lopen"})
    assert r["Location"] == "/"
    assert SafetyPlan.objects.get(owner=person).coping == "Een rondje lopen"
    r = client_person.post("/instellen/timeout/", {"action": "done", "minutes": "5",
                                                   "return_below": "4"})
    assert r.status_code == 200 and "minutes" in r.context["plan_form"].errors


def test_skipping_a_new_step_writes_nothing(client_person, person):
    from safety.models import SafetyPlan

    client_person.post("/instellen/safety_plan/", {"action": "skipped", "coping": "x"})
    assert not SafetyPlan.objects.exists()
