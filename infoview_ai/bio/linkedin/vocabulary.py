"""LinkedIn's interface words in the languages it is used in (English, Spanish, French, German, Portuguese,
Italian, Dutch): section headings, buttons and navigation, counts, employment types and work modes.

A copy of a profile comes in the language of the *reader's* interface, whatever the person writes in, so
every word the parser keys on must be known in each of them. Lookups go through ``word_key``: lower case,
no accents, straight apostrophes, single spaces ("Expérience" and "Experience" are one key).
"""

from __future__ import annotations

import re

from infoview_ai.dates import plain_letters

IGNORED = "ignored"


def word_key(line: str) -> str:
    """The lookup form of a line: "Centres d’intérêt" -> "centres d'interet"."""
    return " ".join(plain_letters(line).replace("\u2019", "'").split())


def _keys(*groups: str) -> set[str]:
    """Phrases separated by "|" (they may contain spaces), already in word_key form."""
    return {phrase.strip() for group in groups for phrase in group.split("|") if phrase.strip()}


_HEADINGS_BY_PART = {
    "about": _keys("about|acerca de|infos|info|sobre|informazioni"),
    "experience": _keys("experience|experiencia|berufserfahrung|erfahrung|esperienza|ervaring|werkervaring"),
    "education": _keys("education|educacion|formation|ausbildung|formacao academica|formazione|opleiding"),
    "certifications": _keys(
        "licenses & certifications|licenses and certifications|certifications|licencias y certificaciones",
        "licences et certifications|bescheinigungen und zertifikate|lizenzen und zertifikate",
        "licencas e certificados|licenze e certificazioni|licenties en certificaten",
    ),
    "volunteering": _keys(
        "volunteering|volunteer experience|voluntariado|experiencia de voluntariado|benevolat",
        "ehrenamt|ehrenamtliches engagement|trabalho voluntario|volontariato|vrijwilligerswerk",
    ),
    "skills": _keys("skills|aptitudes|competences|kenntnisse|competencias|competenze|vaardigheden"),
    "languages": _keys("languages|idiomas|langues|sprachen|lingue|talen"),
    # Sections nobody needs here, the sidebar's other people and the footer: their lines are skipped.
    IGNORED: _keys(
        "activity|recent activity|featured|recommendations|honors & awards|honors and awards|interests",
        "projects|publications|courses|organizations|test scores|patents|causes|analytics|services",
        "highlights|accessibility|talent solutions|community guidelines|careers|privacy & terms",
        "ad choices|questions?|select language",
        "more profiles for you|people also viewed|people you may know|explore premium profiles",
        "explore more profiles|you might like|pages for you|other similar profiles|suggested for you",
        "who your viewers also viewed|people who viewed this profile also viewed",
        # es
        "actividad|destacado|recomendaciones|reconocimientos y premios|intereses|proyectos|publicaciones",
        "cursos|organizaciones|otros perfiles similares|personas que tambien han visto|accesibilidad",
        "mas perfiles para ti|personas que quizas conozcas",
        # fr
        "activite|selection|recommandations|distinctions et prix|centres d'interet|projets|cours",
        "organisations|autres profils consultes|autres profils similaires|plus de profils pour vous",
        "les membres ont egalement consulte|accessibilite",
        # de
        "aktivitaten|im fokus|empfehlungen|auszeichnungen|interessen|projekte|publikationen|kurse",
        "organisationen|weitere profile fur sie|ahnliche profile|das konnte sie auch interessieren",
        "barrierefreiheit|impressum",
        # pt
        "atividade|em destaque|recomendacoes|premios e titulos|interesses|projetos|publicacoes",
        "organizacoes|outros perfis semelhantes|mais perfis para voce|acessibilidade",
        # it
        "attivita|in primo piano|referenze|riconoscimenti e premi|interessi|progetti|pubblicazioni|corsi",
        "organizzazioni|altri profili simili|altri profili per te|accessibilita",
        # nl
        "activiteit|uitgelicht|aanbevelingen|onderscheidingen en prijzen|projecten|publicaties",
        "cursussen|organisaties|vergelijkbare profielen|meer profielen voor u|toegankelijkheid",
    ),
}
SECTION_HEADINGS: dict[str, str] = {key: part for part, keys in _HEADINGS_BY_PART.items() for key in keys}
_OTHERS_NAMED = re.compile(r"^(?:others named|otras personas llamadas|autres personnes nommees)\b")


def heading_of(line: str) -> str | None:
    """The Profile part a section heading line stands for, IGNORED, or None when it is not a heading."""
    key = word_key(line)
    if key in SECTION_HEADINGS:
        return SECTION_HEADINGS[key]
    return IGNORED if _OTHERS_NAMED.match(key) else None


# Causes LinkedIn prints under a volunteering entry; they are categories, not places or descriptions.
# "Education" is also a heading (in Spanish too), which is why they must be told apart.
VOLUNTEER_CAUSES = _keys(
    "animal welfare|arts and culture|children|civil rights and social action|economic empowerment",
    "education|environment|health|human rights|disaster and humanitarian relief|politics",
    "poverty alleviation|science and technology|social services|veteran support",
    "educacion|medio ambiente|salud|derechos humanos|infancia|bienestar animal|arte y cultura",
    "lutte contre la pauvrete|environnement|sante|enfants|droits de l'homme|arts et culture",
    "bildung|umwelt|gesundheit|kinder|menschenrechte|kunst und kultur|tierschutz",
    "educacao|meio ambiente|saude|criancas|istruzione|ambiente|salute|onderwijs|milieu|gezondheid",
)


def is_volunteer_cause(line: str) -> bool:
    return word_key(line) in VOLUNTEER_CAUSES


# --- employment and work mode ------------------------------------------------------------------------

EMPLOYMENT_TYPES = _keys(
    "full-time|part-time|self-employed|freelance|contract|contractor|internship|apprenticeship|seasonal",
    "permanent|temporary|permanent full-time|permanent part-time|trainee|fixed-term|volunteer|casual",
    "jornada completa|jornada parcial|tiempo completo|medio tiempo|autonomo|contrato temporal|practicas",
    "contrato de formacion|de temporada|por contrato|voluntario",
    "temps plein|temps partiel|independant|cdi|cdd|stage|alternance|apprentissage|saisonnier|interim",
    "vollzeit|teilzeit|selbststandig|freiberuflich|befristet|praktikum|ausbildung|saisonal",
    "tempo integral|meio periodo|meio expediente|autonomo|contrato|estagio|aprendiz|temporario",
    "a tempo pieno|a tempo parziale|lavoratore autonomo|libero professionista|contratto|tirocinio",
    "apprendistato|stagionale|voltijd|deeltijd|fulltime|parttime|zelfstandige|leerling|tijdelijk|vast",
)
WORK_MODES = _keys(
    "on-site|onsite|hybrid|remote|hibrido|en remoto|remoto|presencial|hybride|a distance|teletravail",
    "sur site|sur place|vor ort|im buro|ibrido|da remoto|in sede|op afstand|op locatie|op kantoor",
)


def is_employment_type(line: str) -> bool:
    return word_key(line) in EMPLOYMENT_TYPES


def is_work_mode(line: str) -> bool:
    return word_key(line) in WORK_MODES


# --- page furniture ----------------------------------------------------------------------------------

# Navigation, skip links, buttons and the contact link, as the non-English interfaces print them.
# (English ones are in bio.text's NOISE_EXACT, shared with the other parsers.)
NOISE_WORDS = _keys(
    "inicio|mi red|empleos|mensajes|notificaciones|yo|para negocios|para empresas",
    "accueil|reseau|emplois|messagerie|notifications|vous|pour les entreprises",
    "startseite|mein netzwerk|nachrichten|mitteilungen|sie|ich|fur unternehmen",
    "minha rede|vagas|mensagens|notificacoes|eu|para negocios|rete|lavoro|messaggistica|notifiche|tu",
    "per le aziende|mijn netwerk|vacatures|berichten|meldingen|ik|voor bedrijven",
    "saltar a la busqueda|saltar al contenido principal|ir al contenido principal",
    "passer au contenu principal|passer a la recherche|zum hauptinhalt springen|zur suche springen",
    "pular para conteudo principal|ir para o conteudo principal|vai al contenuto principale",
    "naar hoofdcontent gaan",
    "informacion de contacto|coordonnees|kontaktinfo|kontaktinformationen|informacoes de contato",
    "informazioni di contatto|contactgegevens|contactinformatie",
    "conectar|enviar mensaje|mensaje|mas|seguir|siguiendo|dejar de seguir|pendiente",
    "se connecter|suivre|abonne|plus|en attente|vernetzen|nachricht|mehr|folgen|gefolgt|ausstehend",
    "enviar mensagem|mensagem|mais|collegati|messaggio|altro|segui|connectie maken|bericht|meer|volgen",
    "ver credencial|mostrar credencial|afficher l'identifiant|nachweis anzeigen|mostra credenziale",
    "ver menos|voir moins|weniger anzeigen|mostra meno|minder weergeven",
)
COUNT_WORDS = (
    r"connections?|followers?|following|members?|employees|contactos|seguidores|relations|abonnes|"
    r"kontakte|follower(?::?innen)?|conexoes|collegamenti|connecties|volgers|miembros|membres|mitglieder|"
    r"membros|membri|leden"
)
# "2.345 seguidores", "1 870 abonnés", "Más de 500 contactos", "Über 500 Kontakte" (on word_key text)
COUNT = rf"(?:(?:mas de|plus de|uber|mais de|oltre|meer dan)\s)?\d[\d.,' ]{{0,12}}\+?\s?(?:{COUNT_WORDS})"
_NOISE_PATTERNS = [
    re.compile(pattern)
    for pattern in (
        rf"^{COUNT}$",
        r"\b(?:contactos? en comun|relations? en commun|gemeinsame kontakte|conexoes em comum|"
        r"collegamenti in comune|gemeenschappelijke connecties)\b",
        # "Marketing digital, SEO y 4 aptitudes más", "Gestion, Transport et +3 compétences"
        r"(?:^|\s)(?:y|et|und|e|en)\s\+?\d{1,3}\s(?:aptitudes?|competences?|kenntnisse|competencias|"
        r"competenze|vaardigheden)(?: mas| in piu| meer)?$",
        # "Mostrar las 35 aptitudes", "Afficher toute l'activité", "Alle 29 Kenntnisse anzeigen"
        r"^(?:mostrar|afficher|mostra|exibir|ver|toon|bekijk)\s(?:tod[oa]s?|las?|los|les?|l'|tout|toute|"
        r"tous|toutes|tutt[aeio]|alle)\b",
        r"^(?:alle\s.{0,60}|mehr|weniger)\sanzeigen$",
        r"\bpremium\b.{0,40}(?:\d\s?(?:eur|usd|gbp|chf)\b|€|gratis|gratuit|kostenlos|testen)|"
        r"^(?:prueba|essayez|probieren|teste|experimente|prova|probeer)\b.{0,30}\bpremium\b",
        r"^\d[\d.]{0,6}\s(?:notificaciones|notifications|mitteilungen|notificacoes|notifiche|meldingen)"
        r"(?: en total| au total| insgesamt| no total| in totale| in totaal)?$",
        r"^\d{1,5}\s(?:validaciones|validacion|bestatigungen|bestatigung|recomendacoes|conferme|conferma)$",
        r"^(?:recommande par|validado por|bestatigt von|recomendado por|confermato da)\s",
    )
]


def is_localized_noise(line: str) -> bool:
    """Buttons, navigation, counts and promotions of LinkedIn's non-English interfaces."""
    key = word_key(line)
    if key in NOISE_WORDS:
        return True
    return len(key) <= 90 and any(pattern.search(key) for pattern in _NOISE_PATTERNS)


# The top card's "· Contact info" link after the location, in the languages LinkedIn's interface comes in
CONTACT_INFO_LINK = (
    r"(?:contact info|informaci[oó]n de contacto|coordonn[ée]es|kontaktinfo(?:rmationen)?|"
    r"informa[çc][õo]es de contato|informazioni di contatto|contactgegevens|contactinformatie)"
)
