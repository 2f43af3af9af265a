"""The demo newsroom's articles as plain data (no Django), for seeding and for the scorer benchmark.

The first is an English news report; the others are short demo pieces, one per
supported language (ckb, kmr, ar, tr, fa), plus a light English local story that
is handy for testing off-topic comments. The non-English pieces are demo content
written for this project and should not be presented as real reporting.
"""

from __future__ import annotations

DEMO_ARTICLES: list[dict[str, str]] = [
    {
        "slug": "rockets-fired-at-ain-al-asad-air-base",
        "title": "Rockets fired at Ain al-Asad air base in western Iraq",
        "lead": (
            "Several rockets were launched at the Ain al-Asad air base in Anbar "
            "province, which hosts US-led coalition personnel. Iraqi security "
            "officials said the launcher was found on a truck nearby."
        ),
        "body": (
            "Rockets were fired early on Friday at Ain al-Asad air base in "
            "Iraq's western Anbar province, a sprawling facility that hosts "
            "Iraqi troops alongside personnel from the US-led international "
            "coalition against the Islamic State group, Iraqi security "
            "officials said.\n\n"
            "According to a statement from Iraq's security media cell, a "
            "number of rockets struck inside the perimeter of the base or fell "
            "in open ground close to it. Officials did not give a final count, "
            "and accounts from different sources varied in the first hours "
            "after the attack.\n\n"
            "Iraqi forces later located the launch site several kilometres "
            "from the base. Security officials said they found a small truck "
            "fitted with improvised rocket tubes, some of which still held "
            "rockets that had failed to fire. The vehicle was seized and "
            "handed to investigators, and the area was searched for further "
            "launchers.\n\n"
            "No deaths were reported. A coalition spokesperson said an initial "
            "assessment found no casualties among coalition personnel and that "
            "damage to the base was being evaluated. Iraqi officials said a "
            "small number of people may have been treated for minor injuries, "
            "but this could not be independently confirmed.\n\n"
            "There was no immediate claim of responsibility. Ain al-Asad has "
            "been targeted repeatedly over the past several years, most "
            "notably in January 2020, when Iran fired ballistic missiles at "
            "the base after the killing of Iranian commander Qassem Soleimani "
            "in a US strike in Baghdad. Later attacks with rockets and drones "
            "have often been attributed by US officials to armed groups "
            "aligned with Iran, which have generally neither confirmed nor "
            "denied involvement in individual incidents.\n\n"
            "The Iraqi government has repeatedly condemned such attacks, "
            "describing them as a threat to the country's stability and to "
            "its relations with foreign partners. Baghdad and Washington have "
            "been discussing the future of the coalition's presence in Iraq, "
            "with Iraqi officials saying the country's own forces are now able "
            "to handle security on their own.\n\n"
            "Residents of nearby al-Baghdadi said they heard several loud "
            "explosions before dawn. Local authorities said roads around the "
            "base were temporarily closed while the search was carried out "
            "and reopened later in the morning."
        ),
        "language": "en",
        "published_at": "2026-11-20T09:30:00+00:00",
    },
    {
        "slug": "sulaymaniyah-new-water-project",
        "title": "پڕۆژەیەکی نوێی ئاو بۆ گەڕەکەکانی سلێمانی",
        "lead": (
            "بەڕێوەبەرایەتی ئاوی سلێمانی ڕایگەیاند کە کارکردن لە پڕۆژەیەکی "
            "نوێی گواستنەوەی ئاو دەستی پێکردووە بۆ کەمکردنەوەی کێشەی بێئاوی "
            "لە هاویندا."
        ),
        "body": (
            "بەڕێوەبەرایەتی ئاوی سلێمانی ئەمڕۆ ڕایگەیاند کە قۆناغی یەکەمی "
            "پڕۆژەیەکی نوێی ئاو دەستی پێکردووە. بە گوێرەی بەڕێوەبەرایەتییەکە، "
            "پڕۆژەکە هێڵێکی نوێی بۆری لە وێستگەی پاککردنەوەی ئاوەوە بۆ "
            "گەڕەکە باشوورییەکانی شار ڕادەکێشێت.\n\n"
            "بەرپرسێکی بەڕێوەبەرایەتییەکە وتی: «لە هاوینی ڕابردوودا زۆرێک لە "
            "خێزانەکان چەند ڕۆژ بێ ئاو مانەوە. ئامانجی ئێمە ئەوەیە کە ئەم "
            "کێشەیە دووبارە نەبێتەوە.» هەروەها ئاماژەی بەوە کرد کە چەند "
            "کۆگایەکی نوێی ئاو لە گردەکانی دەوروبەری شار دروست دەکرێن.\n\n"
            "چاوەڕوان دەکرێت قۆناغی یەکەم پێش هاوینی داهاتوو تەواو بێت. لە "
            "ماوەی کارکردندا، هەندێک شەقام بە شێوەیەکی کاتی دادەخرێن و "
            "بەڕێوەبەرایەتییەکە داوای لە هاووڵاتیان کردووە ئارامگر بن.\n\n"
            "دانیشتوانی گەڕەکەکان پێشوازییان لە هەواڵەکە کرد، بەڵام هەندێکیان "
            "وتیان کە پێویستە چاککردنەوەی بۆرییە کۆنەکانیش بخرێتە ناو پلانەکەوە، "
            "چونکە بەشێکی زۆری ئاو بەهۆی دزەکردنەوە بە فیڕۆ دەچێت.\n\n"
            "بەڕێوەبەرایەتییەکە ژمارەیەکی تەلەفۆنی تایبەتی بۆ سکاڵای ئاو "
            "تەرخان کردووە و داوای لە خەڵک کردووە هەر دزەیەک بینییان "
            "ڕاپۆرتی بکەن."
        ),
        "language": "ckb",
        "published_at": "2026-11-18T08:15:00+03:00",
    },
    {
        "slug": "duhok-newroz-culture-festival",
        "title": "Li Duhokê festîvala çandî ya Newrozê dest pê kir",
        "lead": (
            "Bi beşdariya bi sedan hunermend û xwendekaran, festîvala çandî ya "
            "Newrozê li Duhokê bi muzîk, dans û pêşangehên destkariyan dest "
            "pê kir."
        ),
        "body": (
            "Festîvala çandî ya Newrozê îsal jî li Duhokê tê lidarxistin. "
            "Festîval dê heta sê rojan berdewam bike û li parka navenda bajêr "
            "û li çend holên çandî bername tên pêşkêşkirin.\n\n"
            "Di roja yekem de komên muzîkê yên herêmî stranên gelêrî gotin, "
            "û zarokên dibistanan bi cilên kurdî yên kevneşopî dîlan girtin. "
            "Li kêleka qadê jî jinên ji gundên derdorê xalîçe, gore û "
            "xwarinên malê ji bo firotinê danîn.\n\n"
            "Yek ji rêxistinkaran got: «Newroz ji bo me ne tenê cejnek e. Ew "
            "derfetek e ku ciwan çand û zimanê xwe nas bikin.» Wî diyar kir "
            "ku îsal ji bo cara yekem pêşbirkeke helbestê ya bi kurmancî jî "
            "di nav bernameyê de ye.\n\n"
            "Şaredariya Duhokê ragihand ku ji bo ewlehî û paqijiya qadan "
            "amadekarî hatine kirin û hemû çalakî belaş in. Festîval dê bi "
            "agirê Newrozê li ser girê nêzî bajêr bi dawî bibe."
        ),
        "language": "kmr",
        "published_at": "2026-03-19T17:00:00+03:00",
    },
    {
        "slug": "baghdad-international-book-fair-opens",
        "title": "افتتاح معرض بغداد الدولي للكتاب بمشاركة واسعة",
        "lead": (
            "انطلقت فعاليات معرض بغداد الدولي للكتاب بمشاركة دور نشر عراقية "
            "وعربية وأجنبية، وسط إقبال لافت من الزوار في يومه الأول."
        ),
        "body": (
            "افتُتح اليوم معرض بغداد الدولي للكتاب على أرض معرض بغداد الدولي، "
            "بمشاركة عدد كبير من دور النشر القادمة من العراق ودول عربية "
            "وأجنبية، بحسب ما أعلنت الجهة المنظمة.\n\n"
            "ويتضمن برنامج المعرض ندوات أدبية وأمسيات شعرية وجلسات حوارية "
            "حول مستقبل النشر الورقي والرقمي، إضافة إلى ركن خاص بكتب الأطفال "
            "وورش للقراءة يشرف عليها متطوعون.\n\n"
            "وقال أحد الناشرين المشاركين إن الإقبال في اليوم الأول فاق "
            "توقعاته، مشيرًا إلى أن الروايات وكتب التاريخ كانت الأكثر طلبًا "
            "بين الشباب. فيما عبّر بعض الزوار عن أملهم في أن تنخفض أسعار "
            "الكتب المستوردة في الدورات المقبلة.\n\n"
            "ويستمر المعرض نحو عشرة أيام، ويفتح أبوابه للجمهور يوميًا من "
            "الصباح حتى المساء، مع تخصيص أيام لزيارات طلبة المدارس والجامعات.\n\n"
            "ودعت الجهة المنظمة الزوار إلى استخدام وسائل النقل العام قدر "
            "الإمكان، بسبب الازدحام المتوقع في الطرق المؤدية إلى موقع المعرض "
            "خلال عطلة نهاية الأسبوع."
        ),
        "language": "ar",
        "published_at": "2026-11-12T10:00:00+03:00",
    },
    {
        "slug": "izmir-school-earthquake-drill",
        "title": "İzmir'deki okullarda deprem tatbikatı yapıldı",
        "lead": (
            "İzmir'de yüzlerce okulda eş zamanlı deprem tatbikatı düzenlendi. "
            'Öğrenciler "çök, kapan, tutun" hareketini uygulayarak toplanma '
            "alanlarına tahliye edildi."
        ),
        "body": (
            "İzmir'de bugün sabah saatlerinde, il genelindeki okullarda eş "
            "zamanlı deprem tatbikatı gerçekleştirildi. Tatbikat, okul "
            "yönetimleri ile afet ve acil durum ekiplerinin ortak çalışmasıyla "
            "planlandı.\n\n"
            "Alarmın çalmasıyla birlikte öğrenciler sıralarının yanına çöküp "
            "başlarını korudu. Sarsıntının sona erdiği varsayılan anda ise "
            "öğretmenler eşliğinde sınıflar sırayla boşaltıldı ve herkes okul "
            "bahçesindeki toplanma alanına yönlendirildi.\n\n"
            "Tatbikatı izleyen bir yetkili, amacın panik anında doğru "
            "davranışı alışkanlık haline getirmek olduğunu söyledi. Yetkili, "
            "ailelerin de evde bir afet çantası hazırlamasını ve aile içinde "
            "bir buluşma noktası belirlemesini önerdi.\n\n"
            "Bazı okullarda tahliye süresinin beklenenden uzun sürdüğü "
            "gözlendi. Yetkililer, eksikliklerin raporlanacağını ve benzer "
            "tatbikatların yıl içinde tekrarlanacağını açıkladı.\n\n"
            "Tatbikata katılan bir öğrenci, daha önce yalnızca derste "
            "anlatılanları ilk kez uygulamalı olarak denediğini söyledi. "
            "Bazı veliler ise okulların acil durum planlarının düzenli "
            "olarak güncellenmesi ve bina dayanıklılığının kontrol edilmesi "
            "gerektiğini vurguladı."
        ),
        "language": "tr",
        "published_at": "2026-11-12T13:45:00+03:00",
    },
    {
        "slug": "tehran-air-pollution-schools-closed",
        "title": "آلودگی هوا مدارس تهران را تعطیل کرد",
        "lead": (
            "با افزایش غلظت ذرات معلق در هوای تهران، مدارس ابتدایی و برخی "
            "ادارات فردا تعطیل خواهند بود و آموزش به‌صورت مجازی ادامه می‌یابد."
        ),
        "body": (
            "کارگروه اضطرار آلودگی هوای استان تهران امروز اعلام کرد که به "
            "دلیل وضعیت نامطلوب کیفیت هوا، مدارس مقطع ابتدایی در شهر تهران "
            "فردا به‌صورت حضوری تعطیل هستند و کلاس‌ها به‌صورت مجازی برگزار "
            "می‌شوند.\n\n"
            "بر اساس اعلام مسئولان، شاخص کیفیت هوا در بیشتر ایستگاه‌های "
            "سنجش شهر در وضعیت ناسالم برای گروه‌های حساس و در برخی مناطق "
            "ناسالم برای همه گروه‌ها قرار دارد. نبود باد و پدیده وارونگی دما "
            "از عوامل اصلی این وضعیت عنوان شده است.\n\n"
            "متخصصان توصیه کرده‌اند که کودکان، سالمندان و بیماران قلبی و "
            "تنفسی از تردد غیرضروری در فضای باز خودداری کنند. همچنین از "
            "شهروندان خواسته شده تا حد امکان از وسایل نقلیه عمومی استفاده "
            "کنند.\n\n"
            "پیش‌بینی هواشناسی نشان می‌دهد که با ورود سامانه بارشی در "
            "روزهای آینده، کیفیت هوا به‌تدریج بهبود خواهد یافت."
        ),
        "language": "fa",
        "published_at": "2026-11-22T19:20:00+03:30",
    },
    {
        "slug": "city-council-approves-bike-lane-plan",
        "title": "City council approves plan for protected bike lanes",
        "lead": (
            "Councillors voted to build a network of separated cycle lanes "
            "over the next three years, despite objections from some "
            "shop owners about lost parking."
        ),
        "body": (
            "The city council on Thursday approved a plan to build protected "
            "bike lanes along several of the city's busiest streets, after a "
            "long evening session in which residents spoke both for and "
            "against the proposal.\n\n"
            "Under the plan, lanes separated from traffic by low kerbs and "
            "planters will be added in stages, starting with the route "
            "between the central station and the university. The council "
            "said the work would be phased to limit disruption.\n\n"
            "Supporters said the lanes would make cycling safer for children "
            "and older people and help reduce congestion. Some shop owners "
            "argued that removing parking spaces would hurt their business, "
            "and the council agreed to review loading zones before "
            "construction begins.\n\n"
            "The first section is expected to open next autumn."
        ),
        "language": "en",
        "published_at": "2026-11-21T16:00:00+00:00",
    },
]
