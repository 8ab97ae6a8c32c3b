"""Invented call notes in the styles users write them: bullets, prose, shorthand, "she said ...",
quotations, books with and without quotes or italics, people to contact, headings and labels."""

from __future__ import annotations

NOTES = [
    # bullets with labels
    "Call with Priya, 30 min, Monday.\n- Advice: learn SQL before Python.\n- Read: Storytelling with Data.\n"
    "- I'll take the Mode SQL tutorial this week.",
    # prose paragraph
    "We talked for about half an hour. She said the best planners know the warehouse floor. She recommended "
    "the Supply Chain Nerd podcast. I will shadow a planner at my plant next month.",
    # shorthand
    "20m zoom tues\nsql > python\nbook: Factfulness\nping Omar re: analytics team\ntodo: rebuild dashboard",
    # "she said" with an inner quotation
    '- He said the hardest part was going from "is it right?" to "is it useful?".\n'
    '- Read: "Lean Analytics" by Croll.\n- I\'ll write one case study by Friday.',
    # a straight quotation as the whole advice
    '- She said: "Ship small, ship often."\n- I\'ll publish my first prototype next week.',
    # italic title
    "- Read *The Design of Everyday Things*.\n- Advice: talk to five users before you design anything.\n"
    "- I'll run five interviews this month.",
    # title-cased resource without quotes
    "- Read: ASQ Certified Quality Inspector Handbook.\n- Advice: log every measurement you take.\n"
    "- I'll register for the CQI exam in June.",
    # people to contact, offered introduction
    "- Talk to Anja Becker on his team who came from a postdoc.\n- He offered to introduce me to their "
    "data lead.\n- Advice: build one project with messy data, not another toy notebook.",
    # offers with their
    "- They offered to forward my portfolio to their design manager.\n- Advice: show process, not polish.",
    # gerund clause advice
    "- She said hiring managers care about measurable outcomes, not lesson plans.\n"
    "- I'll build a Storyline module over winter break.",
    # gerund advice proper
    "- Advice: volunteering for a nonprofit board.\n- I'll apply to the Habitat board in March.",
    # headings
    "## Advice\n- Get the PMP only after two years of projects.\n## Resources\n- PMI's Agile Practice Guide\n"
    "## Next steps\n- Sign up for the PMI chapter mixer",
    # German-flavoured notes in English
    "Gespräch mit Jürgen, 20 Minuten, Mittwoch.\n- Rat: nicht noch ein Kaggle-Notebook.\n"
    "- Read: Kohavi, Trustworthy Online Controlled Experiments.\n- I'll build an A/B test analysis.",
    # long advice with semicolons and dashes
    "- She said get the CWI first, then ASNT Level II in UT; UT pays better than VT alone - and it lasts.\n"
    "- I'll sign up for the CWI seminar in Houston in April.",
    # results for a report-back
    "- Advice: write up one project end to end.\n- I'll write up the churn project.\n"
    "- Since the call, I've published the churn write-up and got two comments from analysts.",
    # only thanks-worthy remarks
    "She was very kind and generous with her time.",
    # a numbered list
    "1. Learn Figma properly.\n2. Read Just Enough Research by Erika Hall.\n3. Email Dana Kim about the "
    "research guild.\n4. I'll redo my portfolio site.",
    # told me to
    "- Told me to join the local IIBA chapter.\n- Mentioned the BABOK Guide.\n- I'm going to apply for "
    "the ECBA.",
    # a URL resource
    "- Check out https://example.org/ux-reading-list\n- Advice: don't lead with your nursing title, lead "
    "with the research you did.",
    # advice with a comma and a quote
    '- Advice: frame every bullet as a result, not a duty; "so what?" is the test.\n'
    "- I'll rewrite my resume.",
    # very short
    "Learn SQL.",
    # a person's long name and long plan
    "- Reach out to Bartholomew Featherstonehaugh in procurement.\n- I'll complete the full CSCP learning "
    "system, all eight modules, before the end of the second quarter next year.",
]
