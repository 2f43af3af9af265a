"""Kurmanji Kurdish demo comments: the Newroz festival in Duhok."""

from __future__ import annotations

from tribune.demo.content import DemoComment as C

COMMENTS: dict[str, tuple[C, ...]] = {
    "duhok-newroz-culture-festival": (
        C("Azad", "Pêşbirka helbestê ya bi kurmancî fikreke pir baş e. Divê her sal were kirin."),
        C("Rojda", "Zarokên me bi cilên kurdî dîlan girtin, em gelek kêfxweş bûn."),
        C("Serhat", "Li nêzî parkê cihê parkkirinê tune bû. Divê şaredarî otobusan zêde bike."),
        C("Hejar", "Tu ehmeq î, tu tiştekî ji çanda me fêm nakî.", "personal_attack"),
        C("Nalîn", "Xalîçeyên jinên gundan pir xweşik bûn. Ma ew ê sibê jî li wir bin?"),
        C("Dilşad", "Bernameya îsal ji ya par kurttir e, mixabin."),
        C(
            "Firoşkar",
            "Bilêtên firokê yên herî erzan! Niha li ser WhatsApp +964 750 000 0000 binivîsin!",
            "promotion",
        ),
        C("Jiyan", "Spas ji bo vê nûçeyê, agahiyên baş tê de hene."),
        C("Berfîn", "Spas ji bo nûçeyê, festîvala Newrozê her sal xweştir dibe.", today=True),
        C("Rêber", "Agirê Newrozê li ser girê dîmeneke pir bedew bû.", today=True),
        C("Nenas", "Ez ê te bikujim, Hejar.", "threat", today=True),
        C("Baran", "Ma kesek dizane bihayê zêr îro çiqas e?", "off_topic", today=True),
    ),
}
