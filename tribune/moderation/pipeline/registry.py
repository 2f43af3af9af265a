"""Step registry: ``@register_step("duplicate")``; order comes from settings."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from tribune.moderation.pipeline.types import Step

STEPS: dict[str, type[Step]] = {}


class UnknownStepError(LookupError):
    """A configured step name has no registered class."""


def register_step(name: str) -> Callable[[type[Step]], type[Step]]:
    def register(cls: type[Step]) -> type[Step]:
        if name in STEPS and STEPS[name] is not cls:
            raise ValueError(f"step {name!r} is already registered by {STEPS[name].__name__}")
        cls.name = name
        STEPS[name] = cls
        return cls

    return register


def build_steps(names: Iterable[str]) -> list[Step]:
    """Instantiate the configured steps in order."""
    unknown = [n for n in names if n not in STEPS]
    if unknown:
        raise UnknownStepError(f"unknown moderation steps {unknown}; known: {sorted(STEPS)}")
    return [STEPS[n]() for n in names]
