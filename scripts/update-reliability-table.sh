#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TasteDrift authors
# SPDX-License-Identifier: MIT
# Copies the table the fault-injection suite wrote (tst_faults, into the build folder) into
# docs/reliability.md, between its fault-table markers.
#   scripts/update-reliability-table.sh [build/tests/core/faults/reliability-table.md]
set -euo pipefail
cd "$(dirname "$0")/.."
table=${1:-build/tests/core/faults/reliability-table.md}
[ -f "$table" ] || { echo "no table at $table: run tst_faults first" >&2; exit 1; }
python3 - "$table" docs/reliability.md <<'PY'
import sys
table = open(sys.argv[1], encoding="utf-8").read()
path = sys.argv[2]
doc = open(path, encoding="utf-8").read()
begin, end = "<!-- fault-table:begin -->\n", "<!-- fault-table:end -->"
i, j = doc.index(begin) + len(begin), doc.index(end)
open(path, "w", encoding="utf-8").write(doc[:i] + table + doc[j:])
PY
echo "updated docs/reliability.md"
