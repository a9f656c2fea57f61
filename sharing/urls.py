from django.urls import path

from sharing import views

app_name = "sharing"
urlpatterns = [
    path("delen/", views.index, name="index"),
    path("delen/uitnodigen/", views.invite, name="invite"),
    path("delen/uitnodiging/<int:pk>/intrekken/", views.invitation_withdraw,
         name="invitation_withdraw"),
    path("delen/uitnodiging/<int:pk>/mailen/", views.invitation_mail, name="invitation_mail"),
    path("delen/<int:link_id>/soorten/", views.link_kinds, name="link_kinds"),
    path("delen/<int:link_id>/beeindigen/", views.link_end, name="link_end"),
    path("delen/wie-zag-wat/", views.access_log, name="access_log"),
    path("uitnodiging/", views.invitation, name="invitation"),
    path("uitnodiging/<str:code>/", views.invitation_code, name="invitation_code"),
]
