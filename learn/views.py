from django.http import Http404
from django.shortcuts import render
from django.utils.translation import get_language

from learn import library


def index(request):
    language = get_language() or "nl"
    query = request.GET.get("q", "")[:200]
    found = library.search(query, language) if query else library.articles(language)
    return render(request, "learn/index.html", {"articles": found, "query": query})


def article(request, slug):
    found = library.article(slug, get_language() or "nl")
    if found is None:
        raise Http404
    return render(request, "learn/article.html", {"article": found})
