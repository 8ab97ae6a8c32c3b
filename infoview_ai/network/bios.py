"""People from a folder of bios: pasted LinkedIn pages, plain bios, JSON profiles or Profile.pdf files.

Each file is read by the same reader as `contacts add --bio` (passed in as ``load``, so this room needs
no command-line code); a file it cannot use is skipped with its reason, the others are imported.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from infoview_ai.context import Profile
from infoview_ai.errors import InputError
from infoview_ai.network.matching import canonical_profile_url
from infoview_ai.network.people import BIO_FOLDER, ImportedPerson, Skipped

BIO_SUFFIXES = (".txt", ".md", ".pdf", ".json", ".text", ".markdown")
MAX_BIO_FILES = 10_000

LoadBio = Callable[[str], tuple[Profile, str]]


def bio_files(folder: Path) -> list[Path]:
    """The bio files directly inside ``folder``, by name; hidden files are left out."""
    try:
        found = sorted(
            p for p in folder.iterdir() if p.suffix.lower() in BIO_SUFFIXES and not p.name.startswith(".")
        )
    except OSError as exc:
        raise InputError(f"The folder {folder} cannot be read: {exc.strerror}.") from None
    if len(found) > MAX_BIO_FILES:
        raise InputError(
            f"{folder} holds {len(found):,} bio files, more than the {MAX_BIO_FILES:,} infoview imports at "
            "once: split them into smaller folders."
        )
    if not found:
        raise InputError(
            f"{folder} holds no bio files ({', '.join(BIO_SUFFIXES)}): put one bio or Profile.pdf per file."
        )
    return found


def people_from_bios(folder: Path, load: LoadBio) -> tuple[list[ImportedPerson], list[Skipped]]:
    people, skipped = [], []
    for path in bio_files(folder):
        try:
            profile, text = load(str(path))
        except InputError as exc:
            skipped.append(Skipped(path.name, str(exc)))
            continue
        if not profile.name:
            skipped.append(Skipped(path.name, "no name found in the bio"))
            continue
        current = profile.current
        url = next((u for u in map(canonical_profile_url, profile.urls) if u and "/in/" in u), None)
        people.append(
            ImportedPerson(
                where=path.name,
                name=profile.name,
                source=BIO_FOLDER,
                headline=profile.headline or (current.title if current else None),
                company=current.company if current else None,
                profile_url=url,
                email=profile.email,
                profile=profile,
                bio_text=text,
            )
        )
    return people, skipped
