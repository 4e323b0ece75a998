"""notebooks/explore.ipynb runs top to bottom on the demo article (so it never goes stale),
and is committed without outputs (so diffs show code, not images)."""
import re
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat", reason="pip install nbformat nbclient ipykernel")
nbclient = pytest.importorskip("nbclient", reason="pip install nbformat nbclient ipykernel")

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "explore.ipynb"
CELL_TIMEOUT = 600   # seconds: the first build loads the NLP models


@pytest.fixture(scope="module")
def notebook():
    return nbformat.read(NOTEBOOK, as_version=4)


def test_notebook_is_committed_without_outputs(notebook):
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code and all(not cell.outputs and cell.execution_count is None for cell in code)


def test_notebook_runs_and_answers_its_questions(notebook):
    client = nbclient.NotebookClient(notebook, timeout=CELL_TIMEOUT, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()   # raises CellExecutionError, with the failing cell, if any cell fails
    printed = "".join(output.get("text", "") for cell in notebook.cells if cell.cell_type == "code"
                      for output in cell.outputs)
    assert "Казахстан → председательствует → Шанхайская организация сотрудничества" in printed
    assert "Антинаркотическая стратегия ШОС" in printed
    spans_marked = re.search(r"(\d+) spans marked in entities.html", printed)
    assert spans_marked and int(spans_marked.group(1)) > 0
    images = [output for cell in notebook.cells for output in cell.get("outputs", [])
              if "image/png" in output.get("data", {})]
    assert len(images) == 2
