from django.utils.translation import gettext_lazy

from charioteer.forms import PersonForm
from people.models import Person
from wagenmenner.owned_views import OwnedCreateView, OwnedDeleteView, OwnedUpdateView

person_create = OwnedCreateView.as_view(model=Person, form_class=PersonForm,
                                        title=gettext_lazy("Someone who matters"))
person_edit = OwnedUpdateView.as_view(model=Person, form_class=PersonForm,
                                      title=gettext_lazy("Edit person"),
                                      delete_url_name="people:delete")
person_delete = OwnedDeleteView.as_view(model=Person)
