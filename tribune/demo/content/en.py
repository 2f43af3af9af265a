"""English demo comments: the rocket strike report and the bike-lane vote."""

from __future__ import annotations

from tribune.demo.content import DemoComment as C

COMMENTS: dict[str, tuple[C, ...]] = {
    "rockets-fired-at-ain-al-asad-air-base": (
        C(
            "Omar Haddad",
            "I grew up near al-Baghdadi. People there are tired of hearing explosions before dawn "
            "and of being forgotten the morning after.",
        ),
        C(
            "J. Whitfield",
            "Is there any update on the people treated for minor injuries? The report says it "
            "could not be confirmed.",
        ),
        C(
            "Nadia",
            "Good that no one was killed, but 'no casualties' in the first hours often changes later. "
            "Please follow this up.",
        ),
        C("Dave", "You're a brainless shill, Omar, and everyone reading this can see it.", "personal_attack"),
        C(
            "Peter L.",
            "A truck with rocket tubes a few kilometres from the base: how does that get past the "
            "checkpoints on the roads around it?",
        ),
        C(
            "Rana",
            "I disagree with the officials who say Iraqi forces can now handle security alone. This "
            "attack suggests the opposite.",
        ),
        C("Kev", "What a load of crap, these militias get away with fucking everything.", "profanity"),
        C("Mark", "A map of the base and of the launch site would have made this much easier to follow."),
        C(
            "Ali R.",
            "Muslims are all terrorists, send every last one of them back where they came from.",
            "abuse",
        ),
        C("Hassan", "Restraint on all sides is the only sensible answer after an attack like this one."),
        C("Claire", "Thank you for not guessing who fired the rockets before anyone has claimed it."),
        C("Layla", "Thanks for the clear account of the strike and of the launcher being found.", today=True),
        C(
            "Sam K.",
            "The paper should have asked the coalition why the base's defences failed again.",
            today=True,
        ),
        C("Tom", "Anyone who believes this report is a complete idiot.", "personal_attack", today=True),
        C(
            "promo99",
            "Cheap watches!!! Visit www.best-watch-deals.example and use code NEWS20",
            "promotion",
            today=True,
        ),
        C("Reader", "Someone should shoot the editor for publishing this.", "threat", today=True),
    ),
    "city-council-approves-bike-lane-plan": (
        C(
            "Anna",
            "Finally. I cycle to the university every day and the stretch past the station is "
            "frightening at rush hour.",
        ),
        C(
            "Mr Patel",
            "I run a bakery on this route. Deliveries need somewhere to stop, so I hope the "
            "loading-zone review is real and not a formality.",
        ),
        C("Best Deals", "Earn $500 a day from home!!! Message me on WhatsApp +1 555 0100 now", "promotion"),
        C("Chris", "Three years is far too slow. Other cities built whole networks in half the time."),
        C(
            "Helen",
            "Will anyone look after the planters? The ones on the high street were dead within a summer.",
        ),
        C("Gaz", "The councillors who voted for this are a bunch of useless morons.", "personal_attack"),
        C(
            "George",
            "Losing the parking will hurt older shoppers who cannot cycle. The council should say how "
            "it will help them.",
        ),
        C(
            "Sofia",
            "My children will be able to cycle to school safely for the first time. Thank you to the "
            "councillors who voted for it.",
        ),
        C(
            "cryptowins",
            "Best crypto signals, join t.me/cryptowins today for guaranteed profits",
            "promotion",
        ),
        C("Ben", "Is there a map of the full network? The article only describes the first route."),
        C("Maggie", "Who won the football last night? I missed the second half.", "off_topic"),
        C("Rob", "I know where you live, councillor, and you will pay for this vote.", "threat"),
        C(
            "Marta",
            "Kerb-separated lanes worked well where I lived before; painted lines alone did not.",
            today=True,
        ),
        C(
            "Li Wei",
            "Could the work on the station route be done in the summer holidays, when traffic is lighter?",
            today=True,
        ),
        C(
            "Jan",
            "Does anyone know a good recipe for lemon cake? Mine always sinks in the middle.",
            "off_topic",
            today=True,
        ),
    ),
}
