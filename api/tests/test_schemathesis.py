"""Every API operation, fuzzed from its own OpenAPI schema (schemathesis, all checks):
no 5xx, no status or content type the schema does not document. A fixed seed and a
bounded number of examples keep it repeatable and quick."""

import hypothesis
import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck

from accounts.models import ApiToken
from sharing.models import InvitationAttempt

# The import takes the export's ZIP file as raw bytes, like any binary upload.
schemathesis.serializer.alias("application/zip", "application/octet-stream")
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())


@pytest.fixture
def token(person):
    # Called through WSGI, not Django's test client: keep the test's connection open
    # across requests as the test client does.
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    from tests.factories import make_charioteer

    make_charioteer(person)
    _, raw = ApiToken.issue(person)
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield raw
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@hypothesis.settings(max_examples=12, deadline=None, derandomize=True, database=None,
                     suppress_health_check=list(HealthCheck))
@hypothesis.seed(20261206)
@pytest.mark.django_db
def test_api_answers_every_input_as_documented(case, token):
    # Each example is a first try: wrong invitation codes add up to a 429 by design
    # (sharing/tests test the throttle), which is no answer on the example's input.
    InvitationAttempt.objects.all().delete()
    case.call_and_validate(headers={"Authorization": f"Bearer {token}"})
