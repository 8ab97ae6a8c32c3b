"""Question templates: turn one signal into candidate questions, each checked against the rules."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...artifacts import Theme
from ...context import Context
from .base import Signal, norm
from .numbers import count_question, growth_question, team_question
from .roles import field_noun, is_leader, soft_lower, stated_months
from .text import clean_question, number_word


def _a(noun: str) -> str:
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


@dataclass
class Candidate:
    text: str
    theme: Theme
    source: str
    why: str
    priority: int
    topic: str = ""  # questions with the same topic are near-duplicates: keep one


def add_candidate(
    out: list[Candidate],
    variants: list[str],
    theme: Theme,
    source: str,
    why: str,
    priority: int,
    topic: str = "",
) -> None:
    """Add the first variant that passes the question rules (ends with ?, <= 30 words, no job ask)."""
    for text in variants:
        if text and (q := clean_question(text)):
            out.append(Candidate(q, theme, source, why, priority, topic))
            return


def _span_words(months: int | None) -> str:
    """45 -> "in nearly four years", 14 -> "in a little over a year", 7 -> "in seven months"."""
    if months is None or months <= 0:
        return ""
    if months < 12:
        return f"in {number_word(months)} months" if months > 1 else "within a month"
    years, rest = divmod(months, 12)
    if rest >= 9:
        return f"in nearly {number_word(years + 1)} years"
    one = "a year" if years == 1 else f"{number_word(years)} years"
    if rest == 0:
        return f"in {one}"
    return (
        f"in a little over {one}"
        if rest <= 3
        else f"in about {one} and a half"
        if years > 1
        else "in about a year and a half"
    )


def _years_words(months: int) -> str:
    years, rest = divmod(months, 12)
    base = f"{number_word(years)} years" if years != 1 else "a year"
    return f"more than {base}" if rest >= 3 else base


def _lower_start(sentence: str) -> str:
    head, _, rest = sentence.partition(" ")
    if head in {
        "The",
        "A",
        "An",
        "It",
        "They",
        "Their",
        "This",
        "Its",
        "Last",
        "In",
        "On",
        "Since",
        "We",
        "Our",
    }:
        return f"{head.lower()} {rest}".strip()
    return sentence


def from_signal(s: Signal, ctx: Context, out: list[Candidate]) -> None:
    f = s.facts
    if s.kind == "invitation":
        topic, i = f["topic"], f.get("index", 0)
        gerund = topic.split()[0].lower().endswith("ing")
        if i == 0:
            tail = "what surprised you most?" if gerund else "what do people most often get wrong about it?"
            variants = [f"You invite questions about {topic}: {tail}"]
        elif i == 1 or not gerund:
            variants = [f"What have you learned about {topic} that most people miss?"]
        else:
            variants = [f"What is the hardest part of {topic}?"]
        add_candidate(out, variants, "insights", s.source, "their invitation", s.weight, f.get("key", ""))
    elif s.kind == "cares":
        add_candidate(
            out,
            [f"You write that you care about {f['topic']}: where does that show up in your work?"],
            "insights",
            s.source,
            "what they care about",
            s.weight,
        )
    elif s.kind == "transition":
        old, new = f["old"], f["new"]
        if f["internal"]:
            add_candidate(
                out,
                [
                    f"How did you make the move from {old.title} to {new.title} inside {new.company}?",
                    f"How did you make the internal move from {old.title} to {new.title}?",
                ],
                "insights",
                s.source,
                "internal transition",
                s.weight,
            )
            return
        left, joined = field_noun(f["from_function"]), field_noun(f["to_function"])
        if old.company.strip() and new.company.strip():
            unlearn = f"What did you have to unlearn when you left {old.company} for {new.company}?"
        elif left and joined:
            at = f" at {new.company}" if new.company.strip() else ""
            unlearn = f"What did you have to unlearn when you left {left} for {joined}{at}?"
        else:
            unlearn = ""
        add_candidate(
            out,
            [unlearn, "What did you have to unlearn when you changed companies and roles?"],
            "insights",
            s.source,
            "career transition",
            s.weight,
        )
        stated = stated_months(old)
        if old.company.strip():
            before = f"your time at {old.company}"
        elif left and stated and stated >= 24:
            before = f"{number_word(stated // 12)} years of {left}"
        else:
            before = left or ""
        if before:
            add_candidate(
                out,
                [f"Which skills from {before} do you still use every week?"],
                "insights",
                s.source,
                "career transition",
                s.weight - 30,
            )
        if left and joined and f.get("distance", 2) >= 2:
            add_candidate(
                out,
                [f"Looking back on your move from {left} into {joined}, what would you do differently?"],
                "advice",
                s.source,
                "career transition",
                s.weight - 38,
            )
    elif s.kind == "move":
        old, new = f["old"], f["new"]
        add_candidate(
            out,
            [f"What drew you from {old.company} to {new.company}?"],
            "insights",
            s.source,
            "career move",
            s.weight,
        )
    elif s.kind == "promotion":
        a, b, company = f["from_title"], f["to_title"], f["company"]
        span = _span_words(f["months"])
        add_candidate(
            out,
            [
                f"You went from {a} to {b} at {company} {span}: how did your week change?",
                f"You went from {a} to {b}: how did your week change?",
                f"How did your week change when you became {b} at {company}?",
                f"How did your week change after your promotion at {company}?",
            ],
            "insights",
            s.source,
            "promotion",
            s.weight,
        )
        if is_leader(b):
            add_candidate(
                out,
                [
                    f"What did you have to stop doing yourself when you became {b}?",
                    "What did you have to stop doing yourself after your promotion?",
                ],
                "insights",
                s.source,
                "promotion",
                s.weight - 32,
            )
    elif s.kind == "long_tenure":
        years = _years_words(f["months"])
        add_candidate(
            out,
            [f"What has kept you at {f['company']} for {years}?", f"What has kept you there for {years}?"]
            if f["current"]
            else [f"What kept you at {f['company']} for {years}?", f"What kept you there for {years}?"],
            "insights",
            s.source,
            "long tenure",
            s.weight,
        )
        add_candidate(
            out,
            [
                f"How has the work at {f['company']} changed in your "
                f"{number_word(f['months'] // 12)} years there?"
            ],
            "trends",
            s.source,
            "long tenure",
            s.weight - 27,
        )
    elif s.kind == "new_role":
        add_candidate(
            out,
            [
                f"You started as {f['title']} at {f['company']} recently: what has surprised you most "
                "so far?",
                f"You joined {f['company']} recently: what has surprised you most so far?",
                "What has surprised you most in your new role so far?",
            ],
            "insights",
            s.source,
            "new role",
            s.weight,
        )
    elif s.kind == "short_stint":
        months = f["months"]
        span = f"{number_word(months)} months" if months > 1 else "a month"
        add_candidate(
            out,
            [
                f"What did {span} as {_a(soft_lower(f['title']))} at {f['company']} teach you?",
                f"What did your {span} at {f['company']} teach you?",
            ],
            "insights",
            s.source,
            "short stint",
            s.weight,
        )
    elif s.kind == "education":
        field = f["field"]
        m = re.match(r"^(.+?)\s+engineering$", field.strip(), re.IGNORECASE)
        if m:
            kind = soft_lower(m.group(1))
            article = "an" if kind[:1].lower() in "aeiou" else "a"
            lead = f"You trained as {article} {kind} engineer"
        else:
            lead = f"You studied {soft_lower(field)}"
        add_candidate(
            out,
            [
                f"{lead}: which parts of that training do you use every week?",
                "Which parts of your degree do you still use every week?",
            ],
            "insights",
            s.source,
            "education differs from current work",
            s.weight,
        )
    elif s.kind == "scale":
        said = f["addressed"] if f["addressed"] and len(f["addressed"].split()) <= 18 else None
        sentence = f["sentence"]
        if f["kind"] == "growth":
            start, end = f["span"]
            variants = growth_question(sentence, start, end, f.get("first"))
            topic = (
                "team growth"
                if variants and variants[0].lower().startswith(("growing the team", "growing your team"))
                else ""
            )
        elif f["kind"] == "team":
            variants, topic = team_question(sentence) or count_question(sentence, said), "team size"
        else:
            variants = count_question(sentence, said)
            topic = "team size" if variants and variants[0].startswith("Leading") else ""
        add_candidate(out, variants, "insights", s.source, "numbers they wrote", s.weight, topic)
    elif s.kind == "side_role":
        org = f.get("org")
        at = f" at {org}" if org else ""
        texts = {
            "teaching": [
                f"What do the students in your evening course{at} struggle with most?"
                if "evening" in (f.get("title") or "").lower()
                else f"What do your students{at} struggle with most?",
                "What do your students struggle with most?",
            ],
            "mentoring": [
                f"What do the {f['whom']} you mentor ask you most often?" if f.get("whom") else "",
                f"What do the people you mentor{at} ask you most often?",
            ],
            "speaking": [
                f"You speak about {max(f['topics'], key=len)}: which example do you come back to most?"
                if f.get("topics")
                else "",
                "Which question do audiences ask you most often after a talk?",
            ],
            "open source": [
                f"What has your open-source work{' on ' + org if org else ''} taught you about your day job?",
                "What has your open-source work taught you about your day job?",
            ],
            "board": [
                f"What does sitting on the board of {org} show you that your day job does not?"
                if org
                else "",
                "What does board work show you that your day job does not?",
            ],
            "volunteering": [
                f"What has volunteering as {f['title']} with {org} taught you that work has not?"
                if org and f.get("title")
                else "",
                "What has your volunteer work taught you that your day job has not?",
            ],
        }
        add_candidate(out, texts.get(f["kind"], []), "insights", s.source, "side role", s.weight)
    elif s.kind == "company_note":
        current = ctx.profile.current
        company = ctx.company or "the company"
        at_target = not ctx.target.company or (current and norm(current.company) == norm(ctx.target.company))
        phrase, note = f["phrase"], f["note"].rstrip(" .!")
        variants = []
        if phrase:
            variants.append(
                f"How does {phrase} change what your team works on?"
                if at_target
                else f"What does {phrase} tell you about where {company} is heading?"
            )
        if len(note.split()) <= 16:
            variants.append(f"I read that {_lower_start(note)}: how does that change your team's priorities?")
        variants.append(f"What does the recent news about {company} mean for your team's work?")
        add_candidate(out, variants, "trends", s.source, "your company notes", s.weight)
    elif s.kind == "industry":
        ind = f["industry"]
        add_candidate(
            out,
            [f"What is changing fastest in {ind} right now?"],
            "trends",
            s.source,
            "industry",
            s.weight,
            "changing",
        )
        add_candidate(
            out,
            [f"Which skills will matter more in {ind} over the next five years?"],
            "trends",
            s.source,
            "industry",
            s.weight - 10,
            "skills ahead",
        )
        add_candidate(
            out,
            [f"Which newsletters, podcasts or communities do people in {ind} actually follow?"],
            "resources",
            s.source,
            "industry",
            s.weight - 8,
            "reading",
        )
    elif s.kind == "common_ground":
        kind = f["kind"]
        if kind == "school":
            student = bool(
                re.search(
                    r"\b(?:student|finishing|studying|pursuing|enrolled|final year)\b",
                    ctx.sender.background,
                    re.I,
                )
            )
            who = "student" if student else "graduate"
            add_candidate(
                out,
                [
                    f"What would you tell a {f['school']} {who} who wants to do the work you do?",
                    f"What would you tell a fellow {who} who wants to do the work you do?",
                ],
                "advice",
                s.source,
                "common ground",
                s.weight - 16,
            )
        elif kind == "employer":
            add_candidate(
                out,
                [f"What did your time at {f['company']} teach you that you still rely on?"],
                "insights",
                s.source,
                "common ground",
                s.weight - 16,
            )
