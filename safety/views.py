from django.shortcuts import render
from django.views.decorators.cache import cache_control


# Public and cacheable: the crisis card must work logged out, offline and without JS.
@cache_control(max_age=3600, public=True)
def crisis(request):
    return render(request, "safety/crisis.html")
