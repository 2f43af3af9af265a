"""The reader's article page: the article, its published comments and the comment form, and the post.

It lives with comments because everything on it but the article is theirs; the
URLs keep the ``articles`` namespace (``tribune.comments.urls``).
"""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from tribune.articles.guidelines import community_guidelines
from tribune.articles.models import Article
from tribune.articles.selectors import article_get
from tribune.comments.conf import comment_max_length
from tribune.comments.forms import CommentForm
from tribune.comments.outcome import PostOutcome, post_outcome
from tribune.comments.selectors import comment_list_published
from tribune.comments.submit import comment_submit_with_link
from tribune.core.errors import ApplicationError
from tribune.core.languages import activate_for_page

COMMENTS_PER_PAGE = 20
# The session carries the new comment's status link and id from the post to the page shown after it.
STATUS_URL_KEY = "tribune_status_url"
POSTED_KEY = "tribune_posted_comment"


def _article_or_404(slug: str) -> Article:
    article = article_get(slug=slug)
    if article is None:
        raise Http404(_("No such article"))
    return article


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
    Context: ``article``, ``page`` (approved comments), ``form``, ``guidelines``, ``errors``,
    ``outcome`` (after a post: what became of the reader's comment, see ``tribune.comments.outcome``).
    The page speaks the article's language unless the reader chose another.
    """
    activate_for_page(request, article.language)
    posted = request.GET.get("posted") == "1"
    outcome: PostOutcome | None = None
    if posted:
        outcome = post_outcome(article=article, comment_id=request.session.pop(POSTED_KEY, None))
    paginator = Paginator(comment_list_published(article=article), COMMENTS_PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    context = {
        "article": article,
        "page": page,
        "form": form,
        "guidelines": community_guidelines(),
        "errors": errors or [],
        "posted": posted,
        "outcome": outcome,
        "status_url": request.session.pop(STATUS_URL_KEY, None) if posted else None,
        "max_length": form.fields["body"].max_length,
    }
    return render(request, "articles/article_detail.html", context, status=status)


def article_detail(request: HttpRequest, slug: str) -> HttpResponse:
    article = _article_or_404(slug)
    return render_article(request, article, CommentForm(max_length=comment_max_length()))


@require_http_methods(["POST"])
def comment_post(request: HttpRequest, slug: str) -> HttpResponse:
    """Accept a comment, then show the article with what became of it (published, waiting or not published)."""
    article = _article_or_404(slug)
    max_length = comment_max_length()
    activate_for_page(request, article.language)  # form errors in the page's language
    form = CommentForm(request.POST, max_length=max_length)
    if not form.is_valid():
        errors = [f"{form.fields[k].label or k}: {' '.join(v)}" for k, v in form.errors.items()]
        return render_article(request, article, form, errors=errors, status=400)
    if not form.is_bot:
        try:
            comment, token = comment_submit_with_link(
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
        request.session[POSTED_KEY] = comment.pk
        if token:
            status_url = request.build_absolute_uri(reverse("appeals:status", args=[token]))
            request.session[STATUS_URL_KEY] = status_url
    return HttpResponseRedirect(f"{article.get_absolute_url()}?posted=1#comment-status")
