"""PDFs built to hurt: pages sharing one content stream that inflates to 70 MB, and 500 pages."""

from __future__ import annotations

import io

import pytest
from hostile_cli import assert_read, assert_refused, brief

from infoview_ai.bio.limits import MAX_PDF_PAGES

pytest.importorskip("reportlab")
from reportlab.pdfgen import canvas  # noqa: E402


def _one_page(text: str) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.setFont("Helvetica", 12)
    pdf.drawString(72, 720, text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def shared_stream_bomb(pages: int, inflated_bytes: int) -> bytes:
    """``pages`` pages whose /Contents is one Flate stream of ``inflated_bytes`` of text drawing."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    template = PdfReader(io.BytesIO(_one_page("Jane Doe"))).pages[0]
    writer = PdfWriter()
    operation = b"BT /F1 12 Tf 72 720 Td (Jane Doe Engineer at Acme) Tj ET\n"
    stream = DecodedStreamObject()
    stream.set_data(operation * (inflated_bytes // len(operation)))
    shared = writer._add_object(stream.flate_encode(level=9))
    for _ in range(pages):
        writer.add_page(template)[NameObject("/Contents")] = shared
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def many_pages(pages: int) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for number in range(pages):
        pdf.setFont("Helvetica", 26 if number == 0 else 10.5)
        pdf.drawString(72, 740, "Jane Doe" if number == 0 else f"Page {number}: Analyst at Acme {number}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_pages_sharing_one_huge_content_stream_are_refused(tmp_path):
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(shared_stream_bomb(10, 7_000_000))  # 70 MB of drawing from a file of ~25 KB
    assert bomb.stat().st_size < 100_000
    assert_refused(brief(str(bomb)), "2 MB", "page content")


def test_one_stream_inflating_past_the_cap_is_refused_before_it_is_held(tmp_path):
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(shared_stream_bomb(1, 70_000_000))
    assert_refused(brief(str(bomb)), "2 MB")


def test_a_500_page_pdf_is_read_up_to_the_page_cap_with_a_warning(tmp_path):
    long = tmp_path / "long.pdf"
    long.write_bytes(many_pages(500))
    run = brief(str(long))
    assert_read(run)
    assert f"only the first {MAX_PDF_PAGES} were read" in run.stderr
    assert "Acme 499" not in run.stdout
