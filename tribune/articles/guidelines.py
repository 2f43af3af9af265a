"""Community guidelines shown next to the comment form, in every supported language.

``GUIDELINES_TEXT`` holds the full text per language: a heading, a short
introduction, what we welcome, and the reasons a comment can be rejected.
``rules`` is a list of ``(code, explanation)`` tuples; the codes are the same
rejection reasons moderators pick in the dashboard and always appear in this
order: profanity, threat, personal_attack, vulgarity, abuse, promotion,
off_topic. ``GUIDELINE_NAMES`` gives a short display name for each code.
"""

from __future__ import annotations

DEFAULT_LANGUAGE = "en"

RULE_CODES: tuple[str, ...] = (
    "profanity",
    "threat",
    "personal_attack",
    "vulgarity",
    "abuse",
    "promotion",
    "off_topic",
)

GUIDELINES_TEXT: dict[str, dict[str, object]] = {
    "en": {
        "heading": "Community guidelines",
        "intro": (
            "Every comment is read by a moderator before it appears. A comment "
            "is either approved or rejected as a whole; we never edit what you "
            "write."
        ),
        "welcome": [
            "Comments that are relevant to the article.",
            "Constructive criticism, including criticism of us and our reporting.",
            "Disagreement expressed with respect for other readers.",
        ],
        "reject_heading": "We reject comments that contain:",
        "rules": [
            ("profanity", "Swearing or obscene language."),
            ("threat", "Threats of violence or harm against anyone."),
            (
                "personal_attack",
                "Insults aimed at the author, other commenters or anyone else, "
                "instead of at their arguments.",
            ),
            ("vulgarity", "Crude or sexually explicit content."),
            (
                "abuse",
                "Sexism, racism, homophobia, xenophobia or religious hatred.",
            ),
            (
                "promotion",
                "Commercial or personal promotion, including links and contact details.",
            ),
            ("off_topic", "Content that is not relevant to the article."),
        ],
    },
    "ckb": {
        "heading": "ڕێنماییەکانی کۆمەڵگە",
        "intro": (
            "هەموو لێدوانێک پێش بڵاوبوونەوە لەلایەن سەرپەرشتیارێکەوە "
            "دەخوێنرێتەوە. لێدوان بە تەواوی پەسەند یان ڕەت دەکرێتەوە؛ ئێمە "
            "هەرگیز دەستکاری نووسینەکەت ناکەین."
        ),
        "welcome": [
            "لێدوانی پەیوەندیدار بە بابەتەکەوە.",
            "ڕەخنەی بنیاتنەر، تەنانەت ڕەخنە لە خۆمان و ڕۆژنامەوانییەکەمان.",
            "ناکۆکی بە ڕێزگرتن لە خوێنەرانی تر.",
        ],
        "reject_heading": "ئەو لێدوانانە ڕەت دەکەینەوە کە ئەمانەیان تێدایە:",
        "rules": [
            ("profanity", "جنێو و قسەی ناشیرین."),
            ("threat", "هەڕەشەی توندوتیژی یان ئازاردانی هەر کەسێک."),
            (
                "personal_attack",
                "سووکایەتی بە نووسەر، لێدوانەرانی تر یان هەر کەسێکی تر، لە جیاتی گفتوگۆ لەسەر بۆچوونەکانیان.",
            ),
            ("vulgarity", "ناوەڕۆکی ناشایست یان سێکسیی ئاشکرا."),
            (
                "abuse",
                "جیاکاری ڕەگەزی، ڕەگەزپەرستی، هۆمۆفۆبیا، بیانیترسی یان ڕقی ئایینی.",
            ),
            (
                "promotion",
                "ڕیکلامی بازرگانی یان کەسی، لەوانە بەستەر و زانیاری پەیوەندی.",
            ),
            ("off_topic", "ناوەڕۆکێک کە پەیوەندی بە بابەتەکەوە نییە."),
        ],
    },
    "kmr": {
        "heading": "Rêbernameya civakê",
        "intro": (
            "Berî ku şîroveyek were weşandin, moderatorek wê dixwîne. Şîrove "
            "bi tevahî tê pejirandin an jî tê redkirin; em tu carî nivîsa te "
            "naguherînin."
        ),
        "welcome": [
            "Şîroveyên ku bi nûçeyê re têkildar in.",
            "Rexneya avaker, her wiha rexneya li ser me û rojnamegeriya me.",
            "Nerazîbûna ku bi rêzgirtina ji xwendevanên din tê gotin.",
        ],
        "reject_heading": "Em şîroveyên ku van tiştan dihewînin red dikin:",
        "rules": [
            ("profanity", "Xeber û gotinên bêedeb."),
            ("threat", "Gefên tundiyê an zirardanê li dijî her kesî."),
            (
                "personal_attack",
                "Heqaretên li nivîskar, şîrovekerên din an kesên din, li şûna nîqaşkirina ramanên wan.",
            ),
            ("vulgarity", "Naveroka qirêj an a zayendî ya eşkere."),
            (
                "abuse",
                "Cudakariya zayendî, nijadperestî, homofobî, biyanîfobî an nefreta olî.",
            ),
            (
                "promotion",
                "Reklama bazirganî an kesane, di nav de girêdan û agahiyên têkiliyê.",
            ),
            ("off_topic", "Naveroka ku bi nûçeyê re ne têkildar e."),
        ],
    },
    "ar": {
        "heading": "إرشادات المجتمع",
        "intro": (
            "يقرأ أحد المشرفين كل تعليق قبل نشره. يُقبل التعليق كاملًا أو يُرفض كاملًا، ولا نعدّل ما تكتبه أبدًا."
        ),
        "welcome": [
            "التعليقات المتصلة بموضوع المقال.",
            "النقد البنّاء، بما في ذلك نقدنا ونقد تغطيتنا.",
            "الاختلاف في الرأي مع احترام القرّاء الآخرين.",
        ],
        "reject_heading": "نرفض التعليقات التي تتضمن:",
        "rules": [
            ("profanity", "الشتائم والألفاظ النابية."),
            ("threat", "التهديد بالعنف أو بإلحاق الأذى بأي شخص."),
            (
                "personal_attack",
                "الإساءة إلى الكاتب أو المعلّقين الآخرين أو أي شخص آخر بدلًا من مناقشة آرائهم.",
            ),
            ("vulgarity", "المحتوى الفاحش أو الجنسي الصريح."),
            (
                "abuse",
                "التمييز ضد المرأة، والعنصرية، ورهاب المثلية، وكراهية الأجانب، والكراهية الدينية.",
            ),
            (
                "promotion",
                "الترويج التجاري أو الشخصي، بما في ذلك الروابط ومعلومات الاتصال.",
            ),
            ("off_topic", "المحتوى الذي لا يتعلق بموضوع المقال."),
        ],
    },
    "tr": {
        "heading": "Topluluk kuralları",
        "intro": (
            "Her yorum yayımlanmadan önce bir moderatör tarafından okunur. "
            "Yorumlar bütün olarak onaylanır ya da reddedilir; yazdıklarınızı "
            "asla düzenlemeyiz."
        ),
        "welcome": [
            "Haberle ilgili yorumlar.",
            "Bize ve haberciliğimize yönelik olanlar dahil, yapıcı eleştiriler.",
            "Diğer okurlara saygı çerçevesinde dile getirilen farklı görüşler.",
        ],
        "reject_heading": "Şunları içeren yorumları reddediyoruz:",
        "rules": [
            ("profanity", "Küfür ve müstehcen ifadeler."),
            ("threat", "Herhangi birine yönelik şiddet ya da zarar tehdidi."),
            (
                "personal_attack",
                "Görüşleri tartışmak yerine yazara, diğer yorumculara veya "
                "başka birine yöneltilen hakaretler.",
            ),
            ("vulgarity", "Kaba veya açık cinsel içerik."),
            (
                "abuse",
                "Cinsiyetçilik, ırkçılık, homofobi, yabancı düşmanlığı veya dini nefret.",
            ),
            (
                "promotion",
                "Bağlantılar ve iletişim bilgileri dahil, ticari ya da kişisel tanıtım.",
            ),
            ("off_topic", "Haberle ilgisi olmayan içerik."),
        ],
    },
    "fa": {
        "heading": "رهنمودهای گفت‌وگو",
        "intro": (
            "هر دیدگاه پیش از انتشار توسط یک ناظر خوانده می‌شود. دیدگاه‌ها "
            "به‌طور کامل تأیید یا رد می‌شوند و ما هرگز متن شما را ویرایش "
            "نمی‌کنیم."
        ),
        "welcome": [
            "دیدگاه‌های مرتبط با موضوع مطلب.",
            "نقد سازنده، از جمله نقد خود ما و گزارش‌هایمان.",
            "مخالفت همراه با احترام به دیگر خوانندگان.",
        ],
        "reject_heading": "دیدگاه‌هایی را که شامل موارد زیر باشند منتشر نمی‌کنیم:",
        "rules": [
            ("profanity", "دشنام و الفاظ رکیک."),
            ("threat", "تهدید به خشونت یا آسیب رساندن به هر کس."),
            (
                "personal_attack",
                "توهین به نویسنده، دیگر کاربران یا هر فرد دیگری به جای نقد دیدگاه‌هایشان.",
            ),
            ("vulgarity", "محتوای زننده یا جنسیِ آشکار."),
            (
                "abuse",
                "تبعیض جنسیتی، نژادپرستی، همجنس‌گراهراسی، بیگانه‌ستیزی یا نفرت مذهبی.",
            ),
            (
                "promotion",
                "تبلیغ تجاری یا شخصی، از جمله پیوند و اطلاعات تماس.",
            ),
            ("off_topic", "مطالبی که به موضوع مطلب ربطی ندارند."),
        ],
    },
}

GUIDELINE_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "profanity": "Profanity",
        "threat": "Threat",
        "personal_attack": "Personal attack",
        "vulgarity": "Vulgarity",
        "abuse": "Abuse",
        "promotion": "Promotion",
        "off_topic": "Off topic",
    },
    "ckb": {
        "profanity": "جنێو",
        "threat": "هەڕەشە",
        "personal_attack": "هێرشی کەسی",
        "vulgarity": "ناشایستی",
        "abuse": "ڕق و جیاکاری",
        "promotion": "ڕیکلام",
        "off_topic": "دەرەوەی بابەت",
    },
    "kmr": {
        "profanity": "Xeber",
        "threat": "Gef",
        "personal_attack": "Êrîşa kesane",
        "vulgarity": "Bêedebî",
        "abuse": "Nefret û cudakarî",
        "promotion": "Reklam",
        "off_topic": "Ne li ser mijarê",
    },
    "ar": {
        "profanity": "ألفاظ نابية",
        "threat": "تهديد",
        "personal_attack": "هجوم شخصي",
        "vulgarity": "بذاءة",
        "abuse": "كراهية وتمييز",
        "promotion": "ترويج",
        "off_topic": "خارج الموضوع",
    },
    "tr": {
        "profanity": "Küfür",
        "threat": "Tehdit",
        "personal_attack": "Kişisel saldırı",
        "vulgarity": "Müstehcenlik",
        "abuse": "Nefret ve ayrımcılık",
        "promotion": "Tanıtım",
        "off_topic": "Konu dışı",
    },
    "fa": {
        "profanity": "دشنام",
        "threat": "تهدید",
        "personal_attack": "حمله شخصی",
        "vulgarity": "محتوای زننده",
        "abuse": "نفرت و تبعیض",
        "promotion": "تبلیغ",
        "off_topic": "نامرتبط با موضوع",
    },
}


def guidelines_for(language: str) -> dict[str, object]:
    """Return the guidelines for ``language``, falling back to English.

    Regional variants such as ``"ar-IQ"`` or ``"tr_TR"`` use their base code.
    """
    code = (language or "").strip().lower().replace("_", "-")
    if code in GUIDELINES_TEXT:
        return GUIDELINES_TEXT[code]
    base = code.split("-", 1)[0]
    return GUIDELINES_TEXT.get(base, GUIDELINES_TEXT[DEFAULT_LANGUAGE])
