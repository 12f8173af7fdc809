"""docs/examples/oracle_from_networkx.py runs and writes a PNG whose reported stretch is
within the guarantee."""
import os
import re
import subprocess
import sys

from conftest import REPO


def test_oracle_from_networkx_example(tmp_path):
    png = tmp_path / "stretch.png"
    script = REPO / "docs" / "examples" / "oracle_from_networkx.py"
    out = subprocess.run([sys.executable, str(script), str(png), "--side", "30", "--sources", "5"],
                         check=True, capture_output=True, text=True, env=dict(os.environ, MPLBACKEND="Agg"))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    max_stretch = float(re.search(r"max stretch ([0-9.]+)", out.stdout).group(1))
    assert 1.0 <= max_stretch <= 1.25
