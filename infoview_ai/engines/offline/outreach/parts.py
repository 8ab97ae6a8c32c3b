"""The pieces of a first-contact message, each in richest-first variants: hook, who you are, what to learn."""

from __future__ import annotations

import re

from infoview_ai.career import current_role, same_employer
from infoview_ai.context import Context
from infoview_ai.engines.offline.questions.advice import goal_destination
from infoview_ai.engines.offline.signals.find import find_signals
from infoview_ai.engines.offline.signals.functions import field_noun, function_distance, functions_of
from infoview_ai.engines.offline.signals.roles import is_leader, path_fits, work_phrase
from infoview_ai.engines.offline.signals.signal import Signal, of_kind
from infoview_ai.engines.offline.wording import goal_path, intro_lines, sign_off_names
from infoview_ai.language import find_cliches, has_job_ask, number_word, split_sentences, word_count
from infoview_ai.language.realise import fill, org_name, org_phrase, tidy
from infoview_ai.trust.seams import has_seam

ONE_LINE = "[ONE LINE ABOUT YOU]"
YOUR_NAME = "[YOUR NAME]"
FIRST_NAME = "[FIRST NAME]"
HOOK_PLACEHOLDER = "[ONE SPECIFIC DETAIL FROM THEIR PROFILE]"


_GENERIC_COMPANY_WORDS = {
    "foods",
    "food",
    "inc",
    "inc.",
    "group",
    "labs",
    "technologies",
    "technology",
    "solutions",
    "systems",
    "holdings",
    "company",
    "co",
    "co.",
    "corporation",
    "corp",
    "partners",
    "consulting",
    "llc",
    "ltd",
    "gmbh",
    "international",
    "global",
    "software",
    "analytics",
    "capital",
    "health",
    "industries",
    "services",
}


def short_company(name: str) -> str:
    """ "Oakridge Foods" -> "Oakridge" for subject lines; names without a generic tail stay whole."""
    words = name.split()
    if (
        len(words) > 1
        and len(words[0]) >= 4
        and all(w.lower().strip(",") in _GENERIC_COMPANY_WORDS for w in words[1:])
    ):
        return words[0]
    return name


class Parts:
    """Everything the drafts are made of, each in richest-first variants."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.signals = find_signals(ctx)
        self.first = ctx.profile.first_name or FIRST_NAME
        signs = sign_off_names(ctx.sender.name)  # "Jim", never 'James "Jim"'; never "Mr."
        self.sender_first = signs[0] if signs else ctx.sender.first_name or YOUR_NAME
        self.sender_full = signs[1] if signs else YOUR_NAME
        path = goal_path(ctx.sender)
        # Only claim "the path I hope to take" when the person works where the user wants to go.
        self.goal = path if path and path_fits(path[1], ctx.profile) else None
        self.dest = goal_destination(ctx)
        self.current = current_role(ctx.profile)
        work = work_phrase(self.current.title) if self.current else None
        self.phrase = (
            work.removesuffix(" work") if work else None
        )  # "supply chain analytics", never "program"
        self.intros = intro_lines(ctx.sender)
        self.me_line = self.intros[-1] if self.intros else None
        self.top = self._top_signal()

    def _top_signal(self) -> Signal | None:
        """The hook: a move that matches the user's own goal, else the person's invitation, else the
        strongest of the rest."""
        shared = of_kind(self.signals, "common_ground")
        for kind in ("service", "employer"):
            # "we both served in the U.S. Army", "we both worked at Gulf Coast": the truest link there is
            if found := [s for s in shared if s.facts.get("kind") == kind]:
                return found[0]
        moves = [s for s in of_kind(self.signals, "transition") if not s.facts["internal"]]
        if moves and (self.goal or self.dest):
            return moves[0]  # the move the user wants to make; a shared school joins as the second hook
        if schools := [s for s in shared if s.facts.get("kind") == "school"]:
            return schools[0]
        # What connects the person to the user: a side role serving people like them, a shared field
        for s in self.signals:
            if (s.kind == "side_role" and s.facts.get("serves")) or (
                s.kind == "common_ground" and s.facts.get("kind") in {"occupation", "industry"}
            ):
                return s
        order = (
            "invitation",
            "transition",
            "promotion",
            "common_ground",
            "long_tenure",
            "side_role",
            "cares",
        )
        for kind in order:
            for s in of_kind(self.signals, kind):
                if kind == "transition" and s.facts["internal"]:
                    continue
                if kind == "common_ground" and s.facts["kind"] not in {"school", "employer", "service"}:
                    continue
                if kind == "invitation" and s.facts.get("index", 0) != 0:
                    continue
                return s
        return None

    def _same_start(self, s: Signal) -> bool:
        """True when the person's move began in the user's own line of work (both from teaching)."""
        mine = functions_of(self.goal[0]) if self.goal else None
        return bool(mine) and function_distance(mine, s.facts.get("from_function")) == 0

    def aims(self) -> list[str]:
        out = []
        if self.goal:
            out.append(f"is the path I hope to take from {self.goal[0]}")
        elif self.dest:
            out.append("is the path I hope to take")
        return out + ["is the path I'm trying to understand", "is the path I'm exploring"]

    def _move_ends(self, s: Signal) -> tuple[list[str], list[str]]:
        """Ways to name where a move started and where it led: company names, else the work itself."""
        f = s.facts
        old, new = f["old"], f["new"]
        cur = self.current or new
        left = field_noun(f["from_function"]) if f["distance"] else None
        starts = [x for x in (org_name(old.company) if old.company.strip() else "", left) if x]
        ends = []
        # The move ends where it led: the current role only when the move led into it (a later job is
        # another move), so the hook and the subject line name the same company.
        led_here = cur is new or (bool(new.company.strip()) and same_employer(cur.company, new.company))
        then = work_phrase(new.title)
        phrase = self.phrase if led_here else then.removesuffix(" work") if then else None
        if phrase:
            doing = f"leading {phrase}" if is_leader((cur if led_here else new).title) else phrase
            where = (cur if led_here else new).company.strip()
            ends.append(f"{doing} {org_phrase(where)}" if where else doing)
        if new.company.strip():
            ends.append(org_name(new.company))  # "the U.S. Marine Corps", as a sentence names it
        return starts, ends

    def hooks(self) -> list[str]:
        """Hook sentences (lower-case start, to follow "Hi Lena, "), richest first."""
        s, out = self.top, []
        if s is None:
            if self.current and self.phrase:
                out += [
                    f"I'd like to understand what {self.phrase} work looks like at {self.current.company}."
                    if not self.phrase.endswith("work")
                    else f"I'd like to understand what {self.phrase} looks like at {self.current.company}.",
                ]
            if self.current and self.current.company.strip():
                out += [f"I'd like to understand your work at {self.current.company}."]
            return out + [f"I'm writing because of {HOOK_PLACEHOLDER}."]
        f = s.facts
        if s.kind == "transition":
            starts, ends = self._move_ends(s)
            if self.goal and not self._same_start(s):
                # Their path began elsewhere (consulting, not the user's warehouse floor): only where it
                # led is the user's aim, so the hook says that and no more.
                if self.phrase and ends:
                    work = ends[0] if ends[0].startswith("leading ") else f"in {ends[0]}"
                    out.append(f"your work {work} is where I hope to go from {self.goal[0]}.")
                aims = [a for a in self.aims() if "hope to take" not in a]
            else:
                aims = self.aims()
            for aim in aims:
                for start in starts:
                    for end in ends:
                        out.append(f"your move from {start} to {end} {aim}.")
        elif s.kind in {"invitation", "cares"}:
            what = "you invite questions about" if s.kind == "invitation" else "you write that you care about"
            # never "and I have a few" before "could I ask you a few questions": one "a few" per note
            out += [f"{what} {f['topic']}, so I hope mine are welcome.", f"{what} {f['topic']}."]
        elif s.kind == "promotion":
            for aim in self.aims():
                aim = aim.replace("is the path", "is one")  # never "your path ... is the path"
                out.append(f"your path from {f['from_title']} to {f['to_title']} at {f['company']} {aim}.")
            out.append(f"your path to {f['to_title']} is the one I'm trying to understand.")
        elif s.kind == "common_ground" and f["kind"] == "service":
            now = f" into {self.phrase}" if self.phrase else " into civilian work"
            served = f"I saw we both served {org_phrase(f['company'])}"
            out += [f"{served}, and I'd like to hear how you made the move{now}.", f"{served}."]
        elif s.kind == "common_ground" and f["kind"] in {"school", "employer"}:
            if f["kind"] == "school":
                who = (
                    "student"
                    if re.search(r"\b(?:student|finishing|studying)\b", self.ctx.sender.background, re.I)
                    else "graduate"
                )
                out += [
                    f"as a fellow {f['school']} {who}, I'd value your view of {self.phrase or 'your field'}.",
                    f"I'm a fellow {f['school']} {who}.",
                ]
            else:
                if self.phrase and self.current and not same_employer(self.current.company, f["company"]):
                    out.append(
                        f"I saw we both worked at {f['company']}, and I'd like to hear how you moved from "
                        f"there into {self.phrase}."
                    )
                out += [
                    f"I saw we both worked at {f['company']}, and I'd like to learn where it led you.",
                    f"I saw we both worked at {f['company']}.",
                ]
        elif s.kind == "long_tenure":
            years = number_word(f["months"] // 12)
            spent = "you've spent" if f.get("current") else "you spent"  # a role they left is past
            out += [
                f"{spent} {years} years at {f['company']}, and I'd like to learn how the work has changed.",
                f"your {years} years at {f['company']} caught my eye.",
            ]
        elif s.kind == "side_role" and f.get("serves"):
            verb = {"teaching": "teach", "mentoring": "mentor"}.get(f["kind"], "work with")
            out += [f"you {verb} {f['serves']}, and I'm making a similar move."]
        elif s.kind == "common_ground" and f["kind"] == "occupation":
            noun = field_noun(f["function"])
            now = self.phrase or field_noun(f.get("now")) or "your current work"
            if self.dest:
                out.append(
                    f"you started out in {noun} like me, and your move into {now} is the path I hope to take."
                )
            out.append(f"you started out in {noun} like me, and I'd like to hear how you moved into {now}.")
        elif s.kind == "common_ground" and f["kind"] == "industry":
            p, domain = f["position"], f["domain"]
            work = (work_phrase(p.title) or "").removesuffix(" work") or field_noun(f.get("function")) or ""
            work = re.sub(r"\s*\bwork$", "", work)
            at = f" {org_phrase(p.company)}" if p.company.strip() else ""
            if work and domain.lower() not in work.lower() and work.lower() not in domain.lower():
                out.append(
                    f"your {domain} {work} work{at} caught my eye, since {domain} is my background too."
                )
            out += [
                f"your {domain} work{at} caught my eye, since {domain} is my background too.",
            ]
        elif s.kind == "side_role":
            org = f" with {f['org']}" if f.get("org") else ""
            out += [
                f"I saw your {f['kind']} work{org}, and I'd like to learn from how you got here.",
                f"I saw your {f['kind']} work{org}.",
            ]
        if self.current and self.current.company.strip():
            out.append(f"I'd like to understand your work {org_phrase(self.current.company)}.")
        return [tidy(h) for h in out if not has_seam(tidy(h))] + [
            "your career path is the one I'm exploring."
        ]

    def second_hook(self) -> list[str]:
        """A second true detail for the longer channels, or nothing."""
        for s in self.signals:
            if s is self.top:
                continue
            if s.kind == "common_ground" and s.facts.get("kind") in {"school", "employer", "service"}:
                if self.top and self.top.kind == "common_ground":
                    continue  # one shared past per message
                f = s.facts
                return [
                    f"We both studied at {f['school']}."
                    if f["kind"] == "school"
                    else f"We both worked at {f['company']}."
                    if f["kind"] == "employer"
                    else f"We both served {org_phrase(f['company'])}."
                ]
            if s.kind == "invitation" and s.facts.get("index", 0) == 0:
                return [
                    f"You invite questions about {s.facts['topic']}, so I hope a few from me are welcome."
                ]
            if s.kind == "made" and s.facts.get("name"):
                # What their profile says they make, never a claim that the user has read it.
                verb = {"newsletter": "write", "podcast": "host", "book": "wrote"}[s.facts["kind"]]
                line = fill("I saw that you " + verb + " {n:noun}.", n=s.facts["name"])
                return [line] if line else []
            if s.kind == "promotion" and self.top and self.top.kind != "promotion":
                line = fill(
                    "I'd also like to hear how the step up to {t:title} changed your work.",
                    t=s.facts["to_title"],
                )
                return [line] if line else []
        return []

    def me(self, long: bool) -> list[str]:
        """Who the user is, as whole sentences: never a sentence cut mid-way."""
        if not self.intros:
            return [ONE_LINE]
        lines = list(self.intros) if long else [x for x in self.intros if len(split_sentences(x)) == 1]
        if not long and self.me_line:
            short = re.sub(r"^(.*\S)\s+(?:at|in|with|for)\s+[A-Z][^,]*\.$", r"\1.", self.me_line)
            if short != self.me_line and word_count(short) >= 4:
                lines.append(short)
        return [x for x in lines if not has_job_ask(x) and not find_cliches(x) and not has_seam(x)] or [
            ONE_LINE
        ]

    def learn(self) -> str:
        if self.top and self.top.kind == "transition":
            return "I'd love to hear what made the switch work and what you'd focus on in my position."
        if self.top and self.top.kind == "invitation":
            return "I'd love to hear what you've learned and what you'd focus on in my position."
        return "I'd love to hear how you got where you are and what you'd focus on in my position."
