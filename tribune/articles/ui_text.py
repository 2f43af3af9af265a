"""Interface strings for the public article and comment pages, per language.

These are short labels used by the article templates (comment form, comment
list, pagination). ``ui_text`` returns a complete dict for any language code:
keys missing from a language, or languages we do not know, fall back to the
English text key by key.
"""

from __future__ import annotations

DEFAULT_LANGUAGE = "en"

UI_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "post_heading": "Post a comment",
        "name": "Name",
        "email": "E-mail (optional, never shown)",
        "comment": "Comment",
        "submit": "Post comment",
        "awaiting": (
            "Thank you. Your comment was received and awaits moderation; it will appear here once approved."
        ),
        "comments_heading": "Comments",
        "no_comments": "No comments yet.",
        "closed": "Comments on this article are closed.",
        "older": "Older comments",
        "newer": "Newer comments",
        "published": "Published",
        "language_label": "Language",
        "chars_left": "characters left",
        "error_heading": "Your comment was not posted:",
    },
    "ckb": {
        "post_heading": "لێدوانێک بنووسە",
        "name": "ناو",
        "email": "ئیمەیڵ (ئارەزوومەندانە، هەرگیز پیشان نادرێت)",
        "comment": "لێدوان",
        "submit": "ناردنی لێدوان",
        "awaiting": ("سوپاس. لێدوانەکەت گەیشت و چاوەڕێی پێداچوونەوەیە؛ دوای پەسەندکردن لێرە دەردەکەوێت."),
        "comments_heading": "لێدوانەکان",
        "no_comments": "هێشتا هیچ لێدوانێک نییە.",
        "closed": "لێدوان لەسەر ئەم بابەتە داخراوە.",
        "older": "لێدوانە کۆنترەکان",
        "newer": "لێدوانە نوێترەکان",
        "published": "بڵاوکراوەتەوە",
        "language_label": "زمان",
        "chars_left": "پیت ماوە",
        "error_heading": "لێدوانەکەت بڵاو نەکرایەوە:",
    },
    "kmr": {
        "post_heading": "Şîroveyekê binivîse",
        "name": "Nav",
        "email": "E-name (ne mecbûrî ye, qet nayê nîşandan)",
        "comment": "Şîrove",
        "submit": "Şîroveyê bişîne",
        "awaiting": (
            "Spas. Şîroveya te gihîşt me û li benda kontrolê ye; piştî ku "
            "were pejirandin, dê li vir xuya bibe."
        ),
        "comments_heading": "Şîrove",
        "no_comments": "Hêj tu şîrove tune.",
        "closed": "Şîrovekirina vê nûçeyê girtî ye.",
        "older": "Şîroveyên kevintir",
        "newer": "Şîroveyên nûtir",
        "published": "Hat weşandin",
        "language_label": "Ziman",
        "chars_left": "tîp man",
        "error_heading": "Şîroveya te nehat weşandin:",
    },
    "ar": {
        "post_heading": "أضف تعليقًا",
        "name": "الاسم",
        "email": "البريد الإلكتروني (اختياري، لا يُعرض أبدًا)",
        "comment": "التعليق",
        "submit": "نشر التعليق",
        "awaiting": ("شكرًا لك. وصلنا تعليقك وهو بانتظار المراجعة، وسيظهر هنا بعد الموافقة عليه."),
        "comments_heading": "التعليقات",
        "no_comments": "لا توجد تعليقات بعد.",
        "closed": "التعليقات على هذا المقال مغلقة.",
        "older": "تعليقات أقدم",
        "newer": "تعليقات أحدث",
        "published": "نُشر في",
        "language_label": "اللغة",
        "chars_left": "حرفًا متبقيًا",
        "error_heading": "لم يُنشر تعليقك:",
    },
    "tr": {
        "post_heading": "Yorum yapın",
        "name": "Ad",
        "email": "E-posta (isteğe bağlı, asla gösterilmez)",
        "comment": "Yorum",
        "submit": "Yorumu gönder",
        "awaiting": (
            "Teşekkürler. Yorumunuz alındı ve moderasyon bekliyor; onaylandığında burada görünecek."
        ),
        "comments_heading": "Yorumlar",
        "no_comments": "Henüz yorum yok.",
        "closed": "Bu habere yorum yapma kapatıldı.",
        "older": "Eski yorumlar",
        "newer": "Yeni yorumlar",
        "published": "Yayımlanma",
        "language_label": "Dil",
        "chars_left": "karakter kaldı",
        "error_heading": "Yorumunuz yayımlanmadı:",
    },
    "fa": {
        "post_heading": "دیدگاه خود را بنویسید",
        "name": "نام",
        "email": "ایمیل (اختیاری، هرگز نمایش داده نمی‌شود)",
        "comment": "دیدگاه",
        "submit": "ارسال دیدگاه",
        "awaiting": (
            "سپاس. دیدگاه شما دریافت شد و در انتظار بررسی است؛ پس از تأیید در اینجا نمایش داده می‌شود."
        ),
        "comments_heading": "دیدگاه‌ها",
        "no_comments": "هنوز دیدگاهی ثبت نشده است.",
        "closed": "امکان ارسال دیدگاه برای این مطلب بسته شده است.",
        "older": "دیدگاه‌های قدیمی‌تر",
        "newer": "دیدگاه‌های جدیدتر",
        "published": "تاریخ انتشار",
        "language_label": "زبان",
        "chars_left": "نویسه باقی مانده",
        "error_heading": "دیدگاه شما ارسال نشد:",
    },
}


def _normalise(language: str) -> str:
    code = (language or "").strip().lower().replace("_", "-")
    if code in UI_TEXT:
        return code
    return code.split("-", 1)[0]


def ui_text(language: str) -> dict[str, str]:
    """Return every interface string for ``language``.

    Starts from the English strings and overlays whatever the requested
    language defines, so a missing key (or an unknown language) falls back to
    English key by key. Regional variants such as ``"fa-IR"`` use their base
    code. The result is a fresh dict that callers may modify.
    """
    merged = dict(UI_TEXT[DEFAULT_LANGUAGE])
    merged.update(UI_TEXT.get(_normalise(language), {}))
    return merged
