"""Paragraph writers for synthetic stories: narrative, cited sources, direct and partial quotes, headings."""

from __future__ import annotations

from ..model import Quote, SourceType
from . import vocab_fr as V
from .story import Person, Run, Story, lower_first, slug


def narrative(story: Story) -> None:
    """A paragraph of two or three plain sentences."""
    count = story.rng.randint(2, 3)
    story.add("paragraph", [Run(". ".join(story.sentence() for _ in range(count)) + ".")])


def heading(story: Story) -> None:
    """A subheading inside the body."""
    story.add("heading", [Run(story.pick(V.SUBHEADS))], level=2)


def programme(story: Story) -> None:
    """A sentence naming a programme in quote marks: a name, not a quotation."""
    name = story.pick(story.topic["programmes"])
    story.not_quotes.append(name)
    text = story.fill(story.rng.choice(V.PROGRAMME_FRAMES), q=story.quoted(name))
    story.add("paragraph", [Run(text + ". " + story.sentence() + ".")])


def _cited(story: Story) -> tuple[str, SourceType, list[Run], str]:
    """Choose a source to cite; return its name, type, how it is written (runs) and the plain surface."""
    roll = story.rng.random()
    if story.last_media and roll < 0.25:
        name = story.last_media
        descriptor = next(m[1] for m in V.MEDIA if m[0] == name)
        return name, "media", [Run(descriptor)], descriptor
    if roll < 0.6:
        name, _, article = story.rng.choice(V.MEDIA)
        story.last_media = name
        number = story.rng.randint(1000, 99999)  # drawn even when unlinked, so layouts share the same story
        href = f"https://www.{slug(name)}.example/article/{number}.html" if story.linked else None
        if story.rng.random() < 0.3:  # "selon le quotidien Libération": described and named at once
            descriptor = next(m[1] for m in V.MEDIA if m[0] == name)
            return name, "media", [Run(descriptor + " "), Run(name, href)], f"{descriptor} {name}"
        runs = [Run(article), Run(name, href)] if article else [Run(name, href)]
        return name, "media", runs, article + name
    if roll < 0.8:
        name, article = story.rng.choice(V.AGENCIES)
        return name, "agency", [Run(article + name)], article + name
    name, article, _ = story.rng.choice(V.ORGANISATIONS)
    return name, "organization", [Run(article + name)], article + name


def sourced(story: Story) -> None:
    """A paragraph whose first sentence cites a source ("selon X", "d'après X", "rapporte X")."""
    name, kind, runs, surface = _cited(story)
    clause = story.sentence()
    if story.rng.random() < 0.5:
        cue, frame = story.rng.choice(V.SOURCE_SUFFIXES)
        before, after = frame.split("{src}")
        parts = [Run(clause + before), *runs, Run(after + ".")]
    else:
        cue, frame = story.rng.choice(V.SOURCE_PREFIXES)
        before, after = frame.split("{src}")
        parts = [Run(before), *runs, Run(after + lower_first(clause) + ".")]
    first_sentence = "".join(r.text for r in parts)
    href = next((r.href for r in runs if r.href), None)
    story.last_speaker = None  # a pronoun after another source would not point back to the last speaker
    story.cite(name, kind, cue, first_sentence, surface, url=href)
    if story.rng.random() < 0.5:
        parts.append(Run(" " + story.sentence() + "."))
    story.add("paragraph", _merge(parts))


def _merge(runs: list[Run]) -> list[Run]:
    """Join neighbouring unlinked runs, so that blocks hold as few runs as their links allow."""
    out: list[Run] = []
    for run in runs:
        if out and not run.href and not out[-1].href:
            out[-1] = Run(out[-1].text + run.text)
        elif run.text:
            out.append(run)
    return out


def _speaker_words(story: Story, person: Person) -> str:
    """How the story names `person` now: name and role the first time, the name afterwards."""
    if person.introduced:
        return person.name
    person.introduced = True
    return f"{person.name}, {person.role},"


def _cue(story: Story, form: str) -> str:
    """A reporting cue in one of the CUE_FORMS."""
    pp, pres = story.rng.choice(V.VERBS)
    return V.CUE_FORMS[form].format(pp=pp, pres=pres)


def direct(story: Story, person: Person) -> None:
    """A paragraph holding a direct quote of `person`, attributed after, before, or by a pronoun."""
    words = story.pick(story.topic["quotes"])
    role = None if person.introduced else person.role
    if person.introduced and story.last_speaker is person:
        key, speaker = "post_pronoun", ""
        forms = ("post_inv_f", "pres_inv_f") if person.feminine else ("post_inv_m", "pres_inv_m")
        cue = _cue(story, story.rng.choice(forms))
    else:
        key = story.rng.choice(("post_named", "pre_colon", "pour", "post_agency"))
        cue = V.POUR_CUE if key == "pour" else _cue(story, "post")
        speaker = _speaker_words(story, person)
        speaker = speaker if key in ("pre_colon", "post_agency") else speaker.rstrip(",")
    said = {"pre_colon": words + ".", "pour": lower_first(words)}.get(key, words)
    agency, agency_article = story.rng.choice(V.AGENCIES)
    fields = {"q": story.quoted(said), "cue": cue, "speaker": speaker, "agency": agency_article + agency}
    text = V.DIRECT_FRAMES[key].format(**fields)
    story.quotes.append(Quote(text=said, speaker=person.name, cue=cue, kind="direct",
                              paragraph=len(story.paras), role=role))  # fmt: skip
    story.cite(person.name, "person", cue, text, person.name if speaker else None)
    if key == "post_agency":  # "…, a indiqué X à l'AFP": the agency is a source too
        story.cite(agency, "agency", V.AGENCY_CUE, text, agency_article + agency)
    story.last_speaker = person
    tail = " " + story.sentence() + "." if story.rng.random() < 0.4 else ""
    story.add("paragraph", [Run(text + tail)])


def organisation_quote(story: Story) -> None:
    """A direct quote whose speaker is an organisation ("…", a déclaré Airbus)."""
    candidates = [o for o in V.ORGANISATIONS if not o[1]]
    name = story.rng.choice(candidates)[0]
    words = story.pick(story.topic["quotes"])
    cue = _cue(story, "post")
    text = V.DIRECT_FRAMES["post_named"].format(q=story.quoted(words), cue=cue, speaker=name)
    story.quotes.append(Quote(text=words, speaker=name, cue=cue, kind="direct", paragraph=len(story.paras)))
    story.cite(name, "organization", cue, text, name)
    story.last_speaker = None
    story.add("paragraph", [Run(text)])


def partial(story: Story, person: Person) -> None:
    """A paragraph with a partial quote: a quoted fragment inside the journalist's sentence."""
    pp, lead, fragment = story.pick(story.topic["partials"])
    role = None if person.introduced else person.role
    speaker = _speaker_words(story, person).rstrip(",")
    if role:
        speaker += ","
    cue = V.CUE_FORMS["post"].format(pp=pp, pres="")
    text = V.PARTIAL_FRAME.format(speaker=speaker, cue=cue, lead=lead, q=story.quoted(fragment))
    story.quotes.append(Quote(text=fragment, speaker=person.name, cue=cue, kind="partial",
                              paragraph=len(story.paras), role=role))  # fmt: skip
    story.cite(person.name, "person", cue, text, person.name)
    story.last_speaker = person
    story.add("paragraph", [Run(text + " " + story.sentence() + ".")])
