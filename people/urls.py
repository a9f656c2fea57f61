from django.urls import path

from people import views

app_name = "people"
urlpatterns = [
    path("mensen/", views.people_list, name="list"),
    path("mensen/nieuw/", views.person_create, name="create"),
    path("mensen/<int:pk>/", views.person_detail, name="detail"),
    path("mensen/<int:pk>/bewerken/", views.person_edit, name="edit"),
    path("mensen/<int:pk>/verwijderen/", views.person_delete, name="delete"),
    path("mensen/<int:pk>/wederkerigheid/", views.reciprocity_list, name="ledger"),
    path("mensen/<int:pk>/wederkerigheid/nieuw/", views.reciprocity_create,
         name="reciprocity_create"),
    path("mensen/wederkerigheid/<int:pk>/", views.reciprocity_edit, name="reciprocity_edit"),
    path("mensen/wederkerigheid/<int:pk>/verwijderen/", views.reciprocity_delete,
         name="reciprocity_delete"),
    path("mensen/vertrouwen/", views.trust_list, name="trust"),
    path("mensen/vertrouwen/nieuw/", views.trust_create, name="trust_create"),
    path("mensen/vertrouwen/<int:pk>/", views.trust_edit, name="trust_edit"),
    path("mensen/vertrouwen/<int:pk>/uitkomst/", views.trust_outcome, name="trust_outcome"),
    path("mensen/vertrouwen/<int:pk>/verwijderen/", views.trust_delete, name="trust_delete"),
    path("mensen/escalaties/", views.escalations, name="escalations"),
    path("mensen/escalaties/nieuw/", views.escalation_create, name="escalation_create"),
    path("mensen/escalaties/<int:pk>/", views.escalation_edit, name="escalation_edit"),
    path("mensen/escalaties/<int:pk>/verwijderen/", views.escalation_delete,
         name="escalation_delete"),
]
