"""Turkish demo comments: the earthquake drill in Izmir's schools."""

from __future__ import annotations

from tribune.demo.content import DemoComment as C

COMMENTS: dict[str, tuple[C, ...]] = {
    "izmir-school-earthquake-drill": (
        C(
            "Ayşe",
            "Oğlum eve gelip bize deprem çantasını nasıl hazırlayacağımızı anlattı. Öğretmenlere teşekkürler.",
        ),
        C(
            "Mehmet",
            "Tahliyenin uzun sürmesi endişe verici. Okul binalarının dayanıklılığı da mutlaka denetlenmeli.",
        ),
        C("Elif", "Tatbikat güzel ama asıl sorun eski binalar. Bunlar ne zaman güçlendirilecek?"),
        C("Burak", "Sen tam bir aptalsın, sus artık.", "personal_attack"),
        C("Can", "Bizim okulda alarm duyulmadı bile, umarım bu da rapora yazılır."),
        C("Zeynep", "Aile içinde buluşma noktası belirleme önerisi çok yerinde, biz de hemen yaptık."),
        C(
            "Kampanya",
            "Deprem çantası sadece 199 TL! Sipariş için hemen tıklayın: www.ucuzcanta.example",
            "promotion",
        ),
        C("Volkan", "Siktir git, bu tatbikatlar hiçbir işe yaramıyor.", "profanity"),
        C("Selin", "Öğretmenlerin sakin kalması çocuklara da güven verdi, emeğinize sağlık."),
        C("Deniz", "Tatbikat çok faydalı, her okulda düzenli yapılmalı.", today=True),
        C("Hakan", "Tatbikatın sonuç raporu veliler ile de paylaşılacak mı?", today=True),
        C("Anonim", "Bu haberi yazan muhabiri bulup gebertmek lazım.", "threat", today=True),
        C("Emre", "Bu akşamki Galatasaray Fenerbahçe maçını sizce kim kazanır?", "off_topic", today=True),
    ),
}
