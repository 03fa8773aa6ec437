"""Writers for a Comparison: JSON (the SPEC contract), text, HTML, CSV, TMX."""

from workbench.report.data import comparison_to_dict, to_json
from workbench.report.html import to_html
from workbench.report.text import to_text

__all__ = ["comparison_to_dict", "to_html", "to_json", "to_text"]
