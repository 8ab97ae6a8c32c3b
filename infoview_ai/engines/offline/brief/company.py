"""The brief's company and industry sections: your notes, what to look up, the vocabulary to know."""

from __future__ import annotations

from infoview_ai.artifacts import Claim
from infoview_ai.context import Context
from infoview_ai.engines.offline.signals.find import company_notes
from infoview_ai.engines.offline.signals.signal import LOOK_UP, NOTES, PROFILE, VERIFY, YOU
from infoview_ai.language.realise import possessive

# Terms worth knowing before a call, by industry keyword. General knowledge: the user should verify.
VOCABULARY: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("supply chain", "logistics", "distribution", "warehous", "procurement"),
        "S&OP, demand planning, forecast accuracy, OTIF (on time in full), inventory turns, safety stock",
    ),
    (
        ("food", "grocery", "cpg", "consumer goods", "beverage"),
        "shelf life, cold chain, SKU rationalization, trade promotion, co-manufacturing",
    ),
    (
        ("health", "hospital", "clinical", "medtech", "pharma", "biotech"),
        "EHR, HIPAA, payer vs provider, clinical workflow, reimbursement",
    ),
    (
        ("fintech", "bank", "payments", "insurance", "finance"),
        "KYC/AML, interchange, underwriting, risk models, regulatory reporting",
    ),
    (
        ("saas", "software", "cloud", "developer tools", "tech"),
        "ARR, churn, net revenue retention, product-led growth, time to value",
    ),
    (
        ("retail", "e-commerce", "ecommerce"),
        "conversion rate, average order value, omnichannel, fulfilment cost per order",
    ),
    (
        ("education", "edtech", "learning"),
        "learning outcomes, curriculum design, retention and completion rates",
    ),
    (("consulting",), "utilization, engagement scoping, billable hours, the partner track"),
    (
        ("energy", "climate", "utilities", "renewable"),
        "grid interconnection, power purchase agreements, decarbonization pathways, capacity factor",
    ),
    (("manufactur", "automotive", "industrial"), "OEE, lean, yield, capacity planning, tier-1 suppliers"),
)


def company_claims(ctx: Context) -> list[Claim]:
    """What you know of the company (your notes) and what to look up before the call."""
    company = ctx.company
    name = company or "[COMPANY]"
    notes = company_notes(ctx)
    out: list[Claim] = []
    if company:
        where = YOU if ctx.target.company else PROFILE
        out.append(Claim(text=f"Company: {company}.", source=where))
    if notes:
        out += [Claim(text=s.facts["note"], source=NOTES) for s in notes]
        out.append(
            Claim(
                text=f"News about {name} since your notes were written: search the last three months.",
                source=LOOK_UP,
            )
        )
        return out
    out += [
        Claim(text=f"What {name} sells, and which part of it the person's team works on.", source=LOOK_UP),
        Claim(text=f"Who {possessive(name)} customers are and who it competes with.", source=LOOK_UP),
        Claim(
            text=f"Recent news about {name}: launches, funding, partnerships, layoffs, leadership changes.",
            source=LOOK_UP,
        ),
        Claim(text=f"The team: how big it is, who leads it, and where it sits in {name}.", source=LOOK_UP),
    ]
    return out


def industry_claims(ctx: Context) -> list[Claim]:
    """Trends and vocabulary of the industry you are exploring: general knowledge, to verify."""
    industry = (ctx.target.industry or "").strip()
    if not industry:
        return []
    out = [
        Claim(
            text=f"Trends to ask about in {industry}: what is changing fastest, which skills are rising, "
            "and what is getting automated.",
            source=VERIFY,
        ),
        Claim(
            text=f"Ask how {industry} shapes the person's own work: which constraints, customers or rules "
            "matter most day to day.",
            source=VERIFY,
        ),
    ]
    low = industry.lower()
    terms = [vocab for keys, vocab in VOCABULARY if any(k in low for k in keys)]
    if terms:
        out.append(Claim(text=f"Vocabulary to know: {'; '.join(terms)}.", source=VERIFY))
    else:
        out.append(
            Claim(
                text=f"Vocabulary: note five terms people in {industry} use in posts and job "
                "descriptions, and look up any you cannot explain.",
                source=LOOK_UP,
            )
        )
    if ctx.profile.skills:
        out.append(Claim(text=f"Skills they list: {', '.join(ctx.profile.skills[:8])}.", source=PROFILE))
    return out
