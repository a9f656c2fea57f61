"""A second URLconf, for test_paths: the table of paths follows the URLconf in use."""

from django.http import HttpResponse
from django.urls import path

urlpatterns = [path("elsewhere/", lambda request: HttpResponse(), name="home")]
