"""Article/comment pairs written for Tribune's relevance tests (not from any corpus).

Each case: (language, article, on-topic comments, off-topic comments, short generic reactions).
"""

from __future__ import annotations

CASES: list[tuple[str, str, list[str], list[str], list[str]]] = [
    (
        "en",
        "City council approves new bridge over the Tigris. The council voted on Tuesday to build a second "
        "bridge in Mosul, costing 40 million dollars. Engineers say construction will take three years and "
        "traffic on the old bridge will be reduced. Some residents worry about the cost and about corruption "
        "in earlier contracts.",
        [
            "Who will pay for the new bridge? The council never explains where the money comes from.",
            "Forty million for one bridge sounds like corruption again, just like the earlier contracts.",
            "Finally, traffic on the old bridge is terrible every morning.",
            "Three years of construction means three years of traffic jams for residents.",
        ],
        [
            "My cousin sells excellent second hand phones and laptops, very cheap prices, best quality in the whole region, message him today.",
            "The football match yesterday was incredible, our striker scored twice in the second half and the goalkeeper saved a penalty.",
            "Does anyone know a good recipe for dolma with grape leaves and rice? My grandmother used to cook it every Friday.",
        ],
        ["Great reporting", "Thanks for this", "Terrible news", "Well done", "Good article, thank you"],
    ),
    (
        "en",
        "Drought forces farmers to leave villages in Kurdistan region. Rainfall this winter was half the usual "
        "amount and wells in Garmiyan have dried up. Farmers say wheat harvests failed for the second year and "
        "many families have moved to Sulaymaniyah looking for work. The ministry of agriculture promised "
        "compensation but payments have not arrived.",
        [
            "The ministry always promises compensation and farmers never see a single dinar.",
            "Without water the villages will die. We need dams and better wells in Garmiyan.",
            "My uncle's wheat harvest failed too, he moved to Sulaymaniyah last month.",
        ],
        [
            "I have been watching the new Turkish series every night and the actors are fantastic, the final episode made me cry.",
            "Best prices for iPhone repairs and screen replacement in town, open every day until midnight, come visit us.",
        ],
        ["So sad", "Thanks for the coverage", "Terrible news, God help them"],
    ),
    (
        "tr",
        "Belediye, şehir merkezindeki eski pazarın yıkılmasına karar verdi. Esnaf, kararın yıllardır burada "
        "çalışan yüzlerce aileyi işsiz bırakacağını söylüyor. Belediye başkanı yeni bir alışveriş merkezi "
        "inşa edileceğini açıkladı.",
        [
            "Pazar esnafı ne yapacak? Belediye bu aileleri düşünmüyor.",
            "Yeni alışveriş merkezi kimin işine yarayacak, esnafın mı yoksa müteahhitlerin mi?",
            "Eski pazarı yıkmak şehrin tarihini yok etmek demek.",
        ],
        [
            "Dün akşamki futbol maçında hakem çok kötüydü, penaltı kararı tamamen yanlıştı ve takımımız haksız yere kaybetti.",
            "Ucuz telefon ve bilgisayar almak isteyenler bana yazsın, en iyi fiyatlar bizde, kargo ücretsiz.",
        ],
        ["Allah rahmet eylesin", "Kaleminize sağlık", "Çok üzücü bir haber", "Teşekkürler"],
    ),
    (
        "ar",
        "انقطاع الكهرباء في البصرة يتواصل مع ارتفاع درجات الحرارة إلى خمسين درجة. وقال سكان إن التيار "
        "الكهربائي لا يصل أكثر من ست ساعات يوميا، بينما وعدت وزارة الكهرباء بإصلاح محطات التوليد قبل نهاية الشهر.",
        [
            "وزارة الكهرباء تعد كل صيف ولا تصلح شيئا، الناس تموت من الحر في البصرة.",
            "ست ساعات كهرباء فقط في خمسين درجة حرارة؟ هذا ظلم للسكان.",
            "محطات التوليد قديمة ويجب استبدالها وليس إصلاحها.",
        ],
        [
            "مباراة كرة القدم أمس كانت رائعة، سجل اللاعب هدفين في الشوط الثاني وفاز فريقنا بالبطولة.",
            "أفضل أسعار الهواتف المستعملة والحواسيب في المدينة، تواصلوا معنا اليوم للحصول على عرض خاص.",
        ],
        ["شكرا لكم", "خبر محزن جدا", "الله يعينهم", "بارك الله فيكم"],
    ),
    (
        "fa",
        "قیمت نان در تهران دوباره افزایش یافت. نانوایان می‌گویند هزینه آرد و سوخت دو برابر شده است و "
        "دولت یارانه را قطع کرده است. بسیاری از خانواده‌ها می‌گویند دیگر توان خرید نان ندارند.",
        [
            "وقتی دولت یارانه آرد را قطع می‌کند طبیعی است که قیمت نان بالا برود.",
            "خانواده‌های کارگر دیگر توان خرید نان ندارند، این فاجعه است.",
            "نانوایان هم مقصر نیستند، هزینه سوخت واقعا دو برابر شده.",
        ],
        [
            "دیشب فیلم جدید سینمایی را دیدم، بازیگران فوق‌العاده بودند و موسیقی فیلم هم بسیار زیبا بود.",
            "بهترین گوشی‌های موبایل دست دوم با قیمت مناسب، ارسال به تمام شهرها، همین امروز سفارش دهید.",
        ],
        ["ممنون از این خبر", "خیلی ناراحت کننده است", "خدا رحمت کند"],
    ),
    (
        "ckb",
        "مووچەی فەرمانبەرانی هەرێمی کوردستان دوو مانگە دواکەوتووە. وەزارەتی دارایی دەڵێت پارە لە بەغداوە "
        "نەگەیشتووە. مامۆستایان لە سلێمانی مانیان گرتووە و داوای مووچەکانیان دەکەن.",
        [
            "مامۆستایان مافی خۆیانە مان بگرن، دوو مانگە مووچە نییە.",
            "وەزارەتی دارایی هەمیشە بەغدا تاوانبار دەکات، ئەی نەوتەکە کوا؟",
            "فەرمانبەران چۆن بژین بەبێ مووچە؟",
        ],
        [
            "یاری تۆپی پێی دوێنێ زۆر خۆش بوو، یاریزانەکەمان دوو گۆڵی تۆمار کرد و تیپەکەمان بردییەوە.",
            "باشترین مۆبایلی دەستی دووەم بە نرخێکی گونجاو، ئەمڕۆ داوای بکەن و بە خۆڕایی دەگەیەنین.",
        ],
        ["سوپاس بۆ ئەم هەواڵە", "زۆر خەمناکە", "دەستتان خۆش بێت"],
    ),
    (
        "kmr",
        "Li Amedê bihayê nan û elektrîkê dîsa zêde bû. Gelek malbat dibêjin ku êdî nikarin fatûreyên xwe bidin. "
        "Şaredariyê got ku alîkariya malbatên xizan dê were dayîn.",
        [
            "Bihayê elektrîkê her meh zêde dibe, malbat çawa fatûreyan bidin?",
            "Alîkariya şaredariyê qet nagihêje malbatên xizan.",
            "Nan jî giran bûye, zarok birçî dimînin.",
        ],
        [
            "Maça futbolê ya duh gelek xweş bû, lîstikvanê me du gol avêtin û tîma me bi ser ket di lîgê de.",
            "Telefonên erzan û kalîte li dikana me hene, îro werin û bikirin, em belaş dişînin her derê.",
        ],
        ["Spas ji bo vê nûçeyê", "Gelek xemgîn e", "Dest xweş"],
    ),
]
