"""What one line of a résumé is: a section heading, a bullet, a date range, a place; and how an entry's text
splits into title, company and place (docs/domain.md §4).

Headings are read in English, Spanish, French, German, Portuguese, Italian and Dutch. Which part of
``Title | Company``, ``Company — Title`` or ``Title, Company, City`` is the title is decided by the words
in it (role words such as Engineer, Ingénieur, Leiterin; company words such as Bank, GmbH, Labs), never by
position alone.
"""

from __future__ import annotations

import re

from infoview_ai.bio.contact_details import has_contact
from infoview_ai.bio.text import SCHOOL
from infoview_ai.dates import (
    MONTH_YEAR_PATTERN,
    PRESENT_PATTERN,
    RANGE_DASH,
    YEAR_PATTERN,
    is_present,
    parse_date,
    plain_letters,
)

# "Sep 2021", "03/2021", "01/03/2021" (Europass: day/month/year), "2021"
_WHEN = rf"(?:{MONTH_YEAR_PATTERN}|(?:\d{{1,2}}[/.]){{1,2}}{YEAR_PATTERN}|{YEAR_PATTERN})"
_END = rf"(?:{_WHEN}|{PRESENT_PATTERN})"
# The dates end the line ("..., Jan 2020 - Present") or are the whole line. One separator character before
# them, not a run: a run would make the search quadratic on a long line of separators.
DATES = re.compile(
    rf"(?:^|[\s,|·—–(-])\(?(?P<start>{_WHEN})(?:\s*{RANGE_DASH}\s*(?P<end>{_END}))?\)?\s*$", re.IGNORECASE
)
BULLET = re.compile(r"^\s*[-•*▪◦●–·]\s+")

EXPERIENCE = "experience"
EDUCATION = "education"
OTHER = "other"
_HEADINGS = {
    EXPERIENCE: (
        "experience, work experience, professional experience, relevant experience, employment, "
        "employment history, work history, career, career history, experiencia, experiencia profesional, "
        "experiencia laboral, experience professionnelle, experiences professionnelles, experiences, "
        "parcours professionnel, berufserfahrung, berufliche erfahrung, berufspraxis, werdegang, "
        "experiencia profissional, experiencia, esperienza, esperienze professionali, "
        "esperienza professionale, werkervaring, leadership experience, military experience"
    ),
    EDUCATION: (
        "education, education and training, academic background, educacion, formacion, formacion academica, "
        "estudios, formation, etudes, diplomes, ausbildung, studium, bildung, formacao, formacao academica, "
        "educacao, istruzione, formazione, opleiding"
    ),
    OTHER: (
        "summary, professional summary, profile, professional profile, profil, perfil, perfil profesional, "
        "resumen, resume, sommaire, kurzprofil, uber mich, about, about me, objective, skills, "
        "technical skills, core skills, competences, competencias, kenntnisse, fahigkeiten, habilidades, "
        "competencias tecnicas, projects, projets, projekte, proyectos, projetos, certifications, "
        "certificaciones, zertifikate, certificacoes, licenses, languages, langues, sprachen, idiomas, "
        "lingue, volunteering, volunteer experience, volunteer, benevolat, ehrenamt, voluntariado, awards, "
        "honors, publications, interests, interets, interessen, intereses, references, referenzen, contact, "
        "kontakt, contacto, contato, additional information, activities, board service, affiliations, "
        "core competencies, competencies, key skills, skills and tools, tools, tech stack, expertise"
    ),
}
HEADINGS = {name: section for section, names in _HEADINGS.items() for name in names.split(", ")}

_ROLE_WORDS = frozenset(
    "head chief director manager lead senior junior principal staff engineer designer researcher analyst "
    "consultant teacher founder co-founder cofounder president vp svp evp officer scientist partner "
    "architect "
    "specialist coordinator supervisor associate editor professor lecturer nurse developer administrator "
    "advisor adviser owner executive ceo cto cfo coo cmo cpo intern assistant writer reporter journalist "
    "accountant technician representative agent programmer marketer recruiter trainer instructor tutor "
    "fellow postdoc postdoctoral leader member strategist producer planner operator counsel attorney "
    "paralegal physician surgeon therapist pharmacist mechanic electrician foreman superintendent "
    "controller treasurer auditor economist statistician librarian curator chef platoon captain lieutenant "
    "sergeant commander officer soldier chair chairman chairwoman trustee mentor volunteer "
    "colonel corporal admiral ensign airman sailor medic pilot offizier offizierin soldat soldatin feldwebel "
    "leutnant oberleutnant "
    "hauptmann oficial capitan teniente sargento capitaine lieutenant sergent "
    "consultante analyste ingenieure redactrice professeure conseillere conseiller "
    # Spanish, French, German, Portuguese, Italian, Dutch
    "ingeniero ingeniera desarrollador desarrolladora gerente jefe jefa directora director analista "
    "consultor consultora profesor profesora investigador investigadora coordinador coordinadora "
    "fundador fundadora ingenieur ingenieure developpeur developpeuse responsable chef directeur "
    "directrice chargee charge cheffe chercheur chercheuse enseignant enseignante stagiaire alternance "
    "leiter leiterin ingenieurin entwickler entwicklerin berater beraterin werkstudent werkstudentin "
    "referent referentin geschaftsfuhrer geschaftsfuhrerin projektleiter projektleiterin "
    "engenheiro engenheira desenvolvedor desenvolvedora coordenador coordenadora pesquisador "
    "pesquisadora estagiario estagiaria ingegnere sviluppatore responsabile ontwikkelaar adviseur".split()
)
# German compounds end in a role: "Qualitätsingenieurin", "Vertriebsleiter", "Softwareentwickler"
_ROLE_ENDINGS = (
    *("ingenieur", "ingenieurin", "leiter", "leiterin", "entwickler", "entwicklerin", "berater"),
    *("managerin", "manager", "offizier", "offizierin", "designer", "designerin", "analyst", "analystin"),
    *("direktor", "direktorin", "wissenschaftler", "wissenschaftlerin", "referent", "referentin"),
)
_COMPANY_WORDS = frozenset(
    "inc llc llp ltd limited gmbh ag sa sas sac sarl srl spa plc corp corporation company co pte pty bv nv "
    "ab oy kg bank labs lab health systems group university college school institute academy army navy "
    "marines corps force agency partners capital ventures studio studios foundation hospital clinic "
    "solutions technologies technology software media consulting associates holdings industries "
    "logistics freight trust fund council office department ministry city county state federal "
    "services network networks analytics pagamentos varejo sistemas systemes numerique antriebe sensorik "
    "grupo groupe gruppe banco".split()
)
_PLACE_PART = re.compile(  # "Amsterdam", "São Paulo", "Frankfurt am Main", "NC"
    r"^(?:[A-ZÀ-Ý][\w'’\-]*\.?(?:\s+(?:de|do|da|del|la|am|an|sur|upon|of)?\s*[A-ZÀ-Ý][\w'’\-]*){0,2}|[A-Z]{2})$"
)
_SPACED_DASH = re.compile(r"\s+[—–-]\s+")
_PIPE = re.compile(r"\s*[|·•]\s*|\s{3,}")
_AT = re.compile(r"\s+(?:at|@|chez|bei|en|em|presso)\s+")


# A heading not in the list, by its key word: "RESEARCH & WORK EXPERIENCE", "Selected Experience:"
_KEY_WORDS = (
    (
        EXPERIENCE,
        (
            "experience",
            "employment",
            "work history",
            "career history",
            "berufserfahrung",
            "experiencia",
            "experiences",
            "esperienz",
            "werkervaring",
        ),
    ),
    (EDUCATION, ("education", "ausbildung", "formacion", "formation", "formacao", "educacao", "studium")),
    (
        OTHER,
        (
            "certification",
            "licensure",
            "licenses",
            "skills",
            "languages",
            "publications",
            "awards",
            "volunteer",
            "references",
            "interests",
            "projects",
            "affiliations",
            "memberships",
            "honors",
        ),
    ),
)


def heading_of(line: str) -> str | None:
    """EXPERIENCE, EDUCATION or OTHER for a section heading ("EXPERIENCE", "Formation:"), else None."""
    text = line.strip().strip("#*_=: ")
    if not text or len(text) > 40:
        return None
    key = " ".join(plain_letters(text).replace("&", "and").split())
    if key in HEADINGS:
        return HEADINGS[key]
    shouted = text.isupper() or line.rstrip().endswith(":") or line.lstrip().startswith("#")
    if shouted and len(key.split()) <= 5 and not any(ch.isdigit() for ch in key):
        for section, words in _KEY_WORDS:
            if any(word in key for word in words):
                return section
    return None


# Headings over a list of skills (a kind of OTHER section): the list goes to skills, not the About
_SKILL_WORDS = (
    *("skill", "competenc", "kenntnisse", "fahigkeiten", "habilidades", "kompetenz", "tools", "technolog"),
    *("expertise", "toolkit", "tech stack", "stack"),
)


def is_skills_heading(line: str) -> bool:
    """ "SKILLS", "Technical Skills:", "Kenntnisse", "Core Competencies": a heading over skills."""
    if heading_of(line) != OTHER:
        return False
    key = " ".join(plain_letters(line.strip().strip("#*_=: ")).replace("&", "and").split())
    return any(word in key for word in _SKILL_WORDS) and not re.search(r"\b(?:about|summary|profil)", key)


_SKILL_SPLIT = re.compile(r"\s*(?:[,;|·•]|\s[-–—]\s|\band\b(?=\s[^,]*$))\s*")
_MAX_SKILL_WORDS = 6


def skills_in(lines: list[str]) -> list[str]:
    """The skills a list under a skills heading names: comma- or bullet-separated, one per line, or after a
    label ("Tools: Figma, Miro"). A sentence is not a skill."""
    skills: list[str] = []
    for line in lines:
        text = re.sub(r"^\s*(?:[-*+•·]|\d+\.)\s+", "", line).strip()
        if ":" in text and len(text.split(":", 1)[0].split()) <= 3:
            text = text.split(":", 1)[1]  # "Tools: Figma, Miro"
        for part in _SKILL_SPLIT.split(text):
            part = part.strip(" .")
            if (
                part
                and len(part.split()) <= _MAX_SKILL_WORDS
                and part.lower() not in {s.lower() for s in skills}
            ):
                skills.append(part)
    return skills


def _date(text: str) -> str | None:
    if match := re.fullmatch(r"\d{1,2}[/.](\d{1,2})[/.](\d{4})", text.strip()):  # Europass: day/month/year
        month = int(match.group(1))
        return f"{match.group(2)}-{month:02d}" if 1 <= month <= 12 else None
    if match := re.fullmatch(r"(\d{1,2})[/.](\d{4})", text.strip()):
        month = int(match.group(1))
        return f"{match.group(2)}-{month:02d}" if 1 <= month <= 12 else None
    return parse_date(text)


_SHORT_END = re.compile(rf"(?:^|[\s,|·—–(-])\(?(?P<start>{YEAR_PATTERN})\s*[-–—]\s*(?P<end>\d{{2}})\)?\s*$")
_MONTHS_OF_A_YEAR = re.compile(  # "Jun–Aug 2016": both months in the year written once
    rf"(?:^|[\s,|·—–(-])\(?(?P<start>[^\W\d_]{{3,10}}\.?)\s*[-–—]\s*(?P<end>[^\W\d_]{{3,10}}\.?)\s+"
    rf"(?P<year>{YEAR_PATTERN})\)?\s*$"
)


def _year_of(text: str) -> str | None:
    found = re.search(rf"\b{YEAR_PATTERN}\b", text)
    return found.group(0) if found else None


def find_dates(line: str) -> tuple[int, str, str | None, bool] | None:
    """(where the dates start, start, end, has an end) for dates closing ``line``; a year alone counts
    (``has an end`` False), as education lines write it."""
    if match := _SHORT_END.search(line):  # "2013–14"
        start, end = match.group("start"), match.group("start")[:2] + match.group("end")
        if end >= start:
            return match.start(), start, end, True
    if match := _MONTHS_OF_A_YEAR.search(line):
        year = match.group("year")
        start, end = _date(f"{match.group('start')} {year}"), _date(f"{match.group('end')} {year}")
        if start and end:
            return match.start(), start, end, True
    match = DATES.search(line)
    if not match:
        return None
    # "summers 2008": a word that is not a month before the year; the year stands
    start = _date(match.group("start")) or _year_of(match.group("start"))
    end_text = match.group("end")
    if not start:
        return None
    if end_text is None:
        return match.start(), start, None, False
    if is_present(end_text):
        return match.start(), start, None, True
    end = _date(end_text)
    return (match.start(), start, end, True) if end else None


def is_bullet(line: str) -> bool:
    return bool(BULLET.match(line))


def _words(text: str) -> list[str]:
    return [plain_letters(w).strip(",.;:()&/") for w in text.replace("/", " ").split()]


def role_words(text: str) -> int:
    """How many role words ``text`` has (Engineer, Director, ingeniera, Leiterin...)."""
    return sum(1 for w in _words(text) if w in _ROLE_WORDS or w.endswith(_ROLE_ENDINGS))


def role_score(text: str) -> int:
    """How much ``text`` reads as a job title (role words) rather than an employer (company words)."""
    words = _words(text)
    roles = sum(1 for w in words if w in _ROLE_WORDS or w.endswith(_ROLE_ENDINGS))
    companies = sum(1 for w in words if w in _COMPANY_WORDS) + (2 if SCHOOL.search(text) else 0)
    return roles - companies


def is_place(text: str) -> bool:
    """A city, region or state as a résumé writes it after a company ("Amsterdam", "NC", "São Paulo")."""
    text = text.strip()
    if re.fullmatch(r"[A-Z]{2}", text):
        return True  # a state or province code: "NV", "ON"
    if not text or not _PLACE_PART.match(text) or role_score(text) != 0:
        return False
    return not any(w in _COMPANY_WORDS for w in _words(text))


def strip_place(company: str) -> tuple[str, str | None]:
    """ "Quillfeather Health, Amsterdam" -> ("Quillfeather Health", "Amsterdam"); a legal suffix stays.
    A place set off by a spaced dash or a run of spaces goes too ("District — Reno, NV")."""
    if (paren := re.search(r"\s*\(([^()]{2,40})\)\s*$", company)) and all(
        is_place(p) for p in paren.group(1).split(",")
    ):
        return company[: paren.start()].strip(), paren.group(1).strip()  # "Clinic (Nampa, ID)"
    pieces = [p.strip() for p in re.split(r"\s+[—–|]\s+|\s{3,}", company) if p.strip()]
    if len(pieces) > 1 and all(is_place(p) for p in pieces[-1].split(",")):
        return " ".join(pieces[:-1]), pieces[-1]
    parts = [p.strip() for p in company.split(",")]
    place: list[str] = []
    while len(parts) > 1 and is_place(parts[-1]):
        place.insert(0, parts.pop())
    return ", ".join(parts), (", ".join(place) or None)


def split_entry(texts: list[str]) -> tuple[str, str, str | None]:
    """(title, company, place) from an entry's text lines, dates already removed."""
    texts = [t.strip(" ,|·—–-(") for t in texts if t.strip(" ,|·—–-(")]
    if not texts:
        return "", "", None
    if len(texts) == 1:
        parts = split_one(texts[0])
    else:
        parts = [texts[0], " ".join(texts[1:])]
        if len(split_one(texts[1])) == 2 and role_score(texts[0]) <= 0:  # "Company" / "Title, City"
            parts = [texts[0], texts[1]]
    if len(parts) == 1:
        return (parts[0], "", None) if role_score(parts[0]) > 0 else ("", *strip_place(parts[0]))
    first, second = parts[0], parts[1]
    if role_score(second) > role_score(first):
        first, second = second, first
    company, place = strip_place(second)
    return first, company, place


def _is_city(piece: str, pieces: int) -> bool:
    """A piece that is a place: "Hickory, NC" anywhere; a one-word or plain name only as a third piece
    (after a title and an employer), since "Northstar Founders Accelerator" reads like a place too."""
    parts = [p.strip() for p in piece.split(",")]
    if not all(is_place(p) for p in parts):
        return False
    if len(parts) > 1:  # "Hickory, NC", "Lyon, France"; not "Northstar Family Clinics, Minneapolis, MN"
        return len(parts) == 2 and len(parts[0].split()) <= 3 and pieces >= 2 and _region(parts[-1])
    return pieces > 2


_COUNTRIES = frozenset(
    "usa us uk canada france germany spain portugal italy ireland netherlands belgium brazil brasil "
    "mexico argentina chile colombia peru india china japan australia nigeria kenya ghana "
    "south africa singapore sweden norway denmark finland poland switzerland austria espana "
    "deutschland españa méxico".split()
)


def _region(text: str) -> bool:
    code = bool(re.fullmatch(r"[A-Z]{2}", text))
    return code or plain_letters(text) in _COUNTRIES or len(text.split()) <= 2


def split_one(text: str) -> list[str]:
    """One line's title and company, whichever order: by a bar, a spaced dash, "at", or the last comma."""
    for pattern in (_PIPE, _SPACED_DASH, _AT):
        pieces = [p.strip() for p in pattern.split(text) if p.strip()]
        while len(pieces) > 1 and _is_city(pieces[-1], len(pieces)):
            pieces.pop()  # "Senior Accountant, Pinecrest Furniture Co. — Hickory, NC": the place goes
        if len(pieces) == 1 and pieces[0] != text:
            return split_one(pieces[0])
        if len(pieces) >= 2:
            if pattern is _PIPE and len(pieces) > 2 and is_place(pieces[-1]):
                pieces = [pieces[0], ", ".join(pieces[1:])]
            joiner = " at " if pattern is _AT else ", "
            return [pieces[0], joiner.join(pieces[1:])]
    if "," in text:
        pieces = [p.strip() for p in text.split(",")]
        while len(pieces) > 2 and is_place(pieces[-1]):
            pieces.pop()
        # the first comma before an employer's name ("Research Assistant, Lindqvist Lab, Calloway
        # University"), else the last comma that leaves an employer on the right ("Vice President,
        # Payments, Harborline Bank")
        for cut in range(1, len(pieces)):
            employer_next = role_score(pieces[cut]) < 0 and role_words(", ".join(pieces[cut:])) == 0
            if employer_next and role_words(pieces[0]):
                return [", ".join(pieces[:cut]), ", ".join(pieces[cut:])]
        for cut in range(len(pieces) - 1, 0, -1):
            left, right = ", ".join(pieces[:cut]), ", ".join(pieces[cut:])
            if role_score(right) <= 0 and (role_score(left) > 0 or cut == len(pieces) - 1):
                return [left, right]
    return [text]


def is_entry_text(line: str) -> bool:
    """A short label (a title, a company), not prose, a heading or contact details."""
    words = line.split()
    return (
        0 < len(words) <= 16
        and sum(ch.isalpha() for ch in line) >= 2  # not "---", a Markdown rule
        and not re.search(r"[.!?;]$", line)
        and not heading_of(line)
        and not has_contact(line)
    )
