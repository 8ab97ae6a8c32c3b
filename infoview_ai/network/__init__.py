"""Your network: people imported from LinkedIn's data export, any CSV of people, or a folder of bios.

``importing.import_path`` is the one entry point; the readers (linkedin_export, people_csv, bios) turn
files into ``people.ImportedPerson`` records, matching.py decides who is already in the tracker, and
tracker/bulk.py writes the lot in one transaction.
"""
