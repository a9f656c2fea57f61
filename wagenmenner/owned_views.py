"""Create, edit and delete views for objects a person owns.

All lookups go through wagenmenner.access, so another person's id gives 404.
"""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db import transaction
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views import generic

from safety.alerts import flag_crisis_if_needed
from wagenmenner.access import owned


def safe_next(request, default):
    nxt = request.POST.get("next") or request.GET.get("next")
    if nxt and url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()},
                                               require_https=request.is_secure()):
        return nxt
    return default


class OwnedMixin(LoginRequiredMixin):
    model = None
    success_url_name = "charioteer:overview"
    title = ""
    delete_url_name = ""

    def get_queryset(self):
        return owned(self.model, self.request.user)

    def get_success_url(self):
        from django.urls import reverse

        return safe_next(self.request, reverse(self.success_url_name))

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["title"] = self.title
        ctx["next"] = safe_next(self.request, "")
        ctx["cancel_url"] = self.get_success_url()
        if self.delete_url_name and getattr(self, "object", None) is not None and self.object.pk:
            from django.urls import reverse

            ctx["delete_url"] = reverse(self.delete_url_name, args=[self.object.pk])
        return ctx


class OwnedFormMixin(OwnedMixin):
    template_name = "object_form.html"

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["owner"] = self.request.user
        return kwargs

    def form_valid(self, form):
        with transaction.atomic():
            self.object = form.save()
        messages.success(self.request, _("Saved."))
        # Goals, rules, sides and echoes are free text too: after the save, the same
        # kind check as everywhere else.
        flag_crisis_if_needed(self.request, *(v for v in form.cleaned_data.values()
                                              if isinstance(v, str)))
        return redirect(self.get_success_url())


class OwnedCreateView(OwnedFormMixin, generic.CreateView):
    pass


class OwnedUpdateView(OwnedFormMixin, generic.UpdateView):
    pass


class OwnedDeleteView(OwnedMixin, generic.DeleteView):
    template_name = "object_confirm_delete.html"

    def form_valid(self, form):
        with transaction.atomic():
            self.object.delete()
        messages.success(self.request, _("Deleted."))
        return redirect(self.get_success_url())
