from django.urls import path

from therapist import views

app_name = "therapist"
urlpatterns = [
    path("praktijk/", views.caseload, name="caseload"),
    path("praktijk/<int:link_id>/", views.client, name="client"),
    path("praktijk/<int:link_id>/sessie/", views.session_create, name="session_create"),
    path("praktijk/<int:link_id>/sessie/<int:session_id>/verwijderen/", views.session_delete,
         name="session_delete"),
    path("praktijk/<int:link_id>/notities/", views.note_create, name="note_create"),
    path("praktijk/<int:link_id>/notities/<int:note_id>/", views.note_edit, name="note_edit"),
    path("praktijk/<int:link_id>/notities/<int:note_id>/verwijderen/", views.note_delete,
         name="note_delete"),
    path("praktijk/<int:link_id>/rapport.pdf", views.report, name="report"),
    path("mijn-rapport/", views.own_report, name="own_report"),
]
