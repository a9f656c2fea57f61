from django.urls import path

from partner import views

app_name = "partner"
urlpatterns = [
    path("naaste/", views.space, name="space"),
    path("naaste/eerst/", views.safety_first, name="safety"),
    path("naaste/logboek/", views.log, name="log"),
    path("naaste/logboek/<int:pk>/", views.NoteEdit.as_view(), name="note_edit"),
    path("naaste/logboek/<int:pk>/verwijderen/", views.NoteDelete.as_view(), name="note_delete"),
    path("naaste/<int:link_id>/", views.link, name="link"),
    path("naaste/<int:link_id>/time-out/start/", views.timeout_start, name="timeout_start"),
    path("naaste/<int:link_id>/<str:kind>/", views.kind, name="kind"),
]
