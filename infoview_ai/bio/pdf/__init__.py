"""LinkedIn "Save to PDF" exports, current and 2016-2017 layouts (docs/domain.md §2).

The face of the PDF reader; imported only when a bio is a PDF (it loads pypdf when one is read).
"""

from infoview_ai.bio.pdf.export import parse_pdf

__all__ = ["parse_pdf"]
