"""The reader's pages: the article list and an article with its comments and form."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from tribune.articles.guidelines import GUIDELINE_NAMES, guidelines_for
from tribune.articles.models import Article
from tribune.articles.selectors import article_get, article_list
from tribune.articles.ui_text import ui_text
from tribune.comments.forms import CommentForm
from tribune.comments.selectors import comment_list_published
from tribune.comments.services import comment_submit
from tribune.core.errors import ApplicationError
from tribune.moderation.conf import comment_max_length

COMMENTS_PER_PAGE = 20


def home(request: HttpRequest) -> HttpResponse:
    """Templates: ``articles/article_list.html``. Context: ``articles``."""
    return render(request, "articles/article_list.html", {"articles": article_list()})


def _article_or_404(slug: str) -> Article:
    article = article_get(slug=slug)
    if article is None:
        raise Http404("No such article")
    return article


def _named_rules(language: str) -> list[tuple[str, str]]:
    """The guidelines' rules as (display name, explanation) in the article's language."""
    names = GUIDELINE_NAMES.get(language, GUIDELINE_NAMES["en"])
    rules = guidelines_for(language)["rules"]
    return [(names.get(code, code), text) for code, text in rules]  # type: ignore[attr-defined]


def render_article(
    request: HttpRequest,
    article: Article,
    form: CommentForm,
    *,
    errors: list[str] | None = None,
    status: int = 200,
) -> HttpResponse:
    """Internal renderer shared by the page and a refused post.

    Templates: ``articles/article_detail.html``.
    Context: ``article``, ``page`` (approved comments), ``form``, ``guidelines``, ``t`` (UI text), ``errors``.
    """
    paginator = Paginator(comment_list_published(article=article), COMMENTS_PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    context = {
        "article": article,
        "page": page,
        "form": form,
        "page_lang": article.language,
        "page_dir": article.direction,
        "guidelines": guidelines_for(article.language),
        "rules": _named_rules(article.language),
        "t": ui_text(article.language),
        "errors": errors or [],
        "posted": request.GET.get("posted") == "1",
        "max_length": form.fields["body"].max_length,
    }
    return render(request, "articles/article_detail.html", context, status=status)


def article_detail(request: HttpRequest, slug: str) -> HttpResponse:
    article = _article_or_404(slug)
    return render_article(request, article, CommentForm(max_length=comment_max_length()))


@require_http_methods(["POST"])
def comment_post(request: HttpRequest, slug: str) -> HttpResponse:
    """Accept a comment: stored as pending, then the reader is told it awaits moderation."""
    article = _article_or_404(slug)
    max_length = comment_max_length()
    form = CommentForm(request.POST, max_length=max_length)
    if not form.is_valid():
        errors = [f"{form.fields[k].label or k}: {' '.join(v)}" for k, v in form.errors.items()]
        return render_article(request, article, form, errors=errors, status=400)
    if not form.is_bot:
        try:
            comment_submit(
                article=article,
                author_name=form.cleaned_data["author_name"],
                author_email=form.cleaned_data["author_email"],
                body=form.cleaned_data["body"],
                ip_address=request.META.get("REMOTE_ADDR"),
                user_id=request.user.pk if request.user.is_authenticated else None,
                max_length=max_length,
            )
        except ApplicationError as error:
            return render_article(request, article, form, errors=[error.message], status=error.status)
    return HttpResponseRedirect(f"{article.get_absolute_url()}?posted=1#comment-status")
