"""What an import did (or, with --dry-run, would do): counts, the skipped rows and why, warnings."""

from __future__ import annotations

from dataclasses import dataclass, field

from infoview_ai.network.people import Skipped

SHOWN_SKIPPED = 5  # the first few skipped rows, then "and N more"


@dataclass
class ImportSummary:
    label: str
    dry_run: bool = False
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    samples_added: int = 0
    samples_known: int = 0
    samples_skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        """The --json summary's stable keys."""
        return {
            "file": self.label,
            "dry_run": self.dry_run,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": len(self.skipped),
            "skipped_rows": [{"where": s.where, "reason": s.reason} for s in self.skipped],
            "writing_samples": {
                "added": self.samples_added,
                "already_kept": self.samples_known,
                "skipped": [{"where": s.where, "reason": s.reason} for s in self.samples_skipped],
            },
            "warnings": self.warnings,
        }

    def text(self) -> str:
        verb = "Would import" if self.dry_run else "Imported"
        lines = [
            f"{verb} {self.label}: {self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
            f"{len(self.skipped)} skipped."
        ]
        lines += _shown(self.skipped)
        if self.samples_added or self.samples_known or self.samples_skipped:
            kept = "Would keep" if self.dry_run else "Kept"
            lines.append(
                f"{kept} {self.samples_added} of your sent notes and messages as writing samples "
                f"({self.samples_known} already kept, {len(self.samples_skipped)} skipped); they stay on "
                "this machine."
            )
            lines += _shown(self.samples_skipped)
        if self.dry_run:
            lines.append("Dry run: nothing was written.")
        return "\n".join(lines)


def _shown(skipped: list[Skipped]) -> list[str]:
    lines = [f"  skipped {item}" for item in skipped[:SHOWN_SKIPPED]]
    if len(skipped) > SHOWN_SKIPPED:
        lines.append(f"  and {len(skipped) - SHOWN_SKIPPED} more (--json lists them all)")
    return lines
