"""The PDF report (issue 10): the client's within consent, logged as a print; the person's
own; both readable text with the period, the consent and page numbers."""

import shutil
import subprocess

import pytest

from sharing.models import AccessEntry
from tests.factories import client_for, share, verified_client_for

pdftotext = shutil.which("pdftotext")


def _text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    return subprocess.run([pdftotext, "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


@pytest.mark.skipif(pdftotext is None, reason="poppler-utils (test.sh installs it)")
def test_a_clinician_prints_a_client_report_within_consent(person, therapist, clinic, tmp_path):
    link = clinic["link"]
    share(link, "insights")
    c = verified_client_for(therapist)
    start = clinic["since"].isoformat()
    r = c.get(f"/api/v1/caseload/{link.pk}/report.pdf", {"start": start, "lang": "en"})
    assert r.status_code == 200 and r["Content-Type"] == "application/pdf"
    assert r.content.startswith(b"%PDF") and r["Cache-Control"] == "no-store"
    assert r["Content-Disposition"].startswith("attachment;")
    text = _text(r.content, tmp_path)
    assert "Confidential: Robin" in text
    assert "Report: Robin" in text and "Dr. Jansen" in text and "19012345601" in text
    assert "Insights, shared since" in text and "page 1 /" in text
    assert "Check-ins per week" in text
    assert "Not shared: the client does not share self-checks" in text
    assert "zq7" not in text
    entry = AccessEntry.objects.get(subject=person, action="print")
    assert (entry.kind, entry.actor_ref) == ("insights", therapist.pk)
    page = c.get(f"/praktijk/{link.pk}/rapport.pdf", {"start": start, "end": start, "lang": "nl"})
    assert page.status_code == 200
    assert "Rapport: Robin" in _text(page.content, tmp_path)
    assert AccessEntry.objects.filter(subject=person, action="print").count() == 2


@pytest.mark.skipif(pdftotext is None, reason="poppler-utils (test.sh installs it)")
def test_the_person_takes_their_own_report_to_a_session(person, clinic, tmp_path, api_person):
    r = api_person.get("/api/v1/report.pdf", {"start": clinic["since"].isoformat()})
    assert r.status_code == 200 and r["Content-Type"] == "application/pdf"
    text = _text(r.content, tmp_path)
    assert "Robin" in text and "Zelftest" in text
    page = client_for(person)
    assert page.get("/mijn-rapport/").status_code == 200
    assert page.get("/mijn-rapport/", {"start": "2026-01-01", "end": "2025-01-01"}).status_code == 422
    assert page.get("/mijn-rapport/", {"start": clinic["since"].isoformat(),
                                       "end": clinic["since"].isoformat()}).status_code == 200
    assert not AccessEntry.objects.filter(subject=person).exists()


def test_bad_periods_are_refused(therapist, clinic, api_person):
    c = verified_client_for(therapist)
    for params in ({"start": "0001-01-01"}, {"end": "9999-99-99"}, {"lang": "fr"},
                   {"start": "2026-05-01", "end": "2026-01-01"}):
        assert c.get(f"/api/v1/caseload/{clinic['link'].pk}/report.pdf", params).status_code == 422
        assert api_person.get("/api/v1/report.pdf", params).status_code == 422


def test_a_bad_period_on_the_page_goes_back_with_the_reason(therapist, clinic):
    """Never a report of another period than the one asked for, and nothing printed."""
    c = verified_client_for(therapist)
    share(clinic["link"], "insights")
    url = f"/praktijk/{clinic['link'].pk}/rapport.pdf"
    for params in ({"start": "0001-01-01", "end": "2026-01-01"}, {"start": "2026-05-01",
                                                                  "end": "2026-01-01"}):
        r = c.get(url, params, follow=True)
        assert r.redirect_chain[-1][0] == f"/praktijk/{clinic['link'].pk}/"
        assert '<p class="msg error">' in r.content.decode()
    assert not AccessEntry.objects.filter(action="print").exists()
    assert c.get(url, {"lang": "en"})["Content-Type"] == "application/pdf"
