#!/usr/bin/env bash
# Every public header (include/shortcut/**.h) is included by at least one
# test (tests/**/*_test.cc), directly. Usage: public_headers_test.sh SOURCE_DIR
set -uo pipefail
src=$1
cd "$src" || exit 1
missing=0
while IFS= read -r header; do
  name=${header#include/}
  if ! grep -rqF --include='*_test.cc' "#include \"$name\"" tests; then
    echo "no test includes $name" >&2
    missing=$((missing + 1))
  fi
done < <(find include/shortcut -name '*.h' | sort)
if [ "$missing" -ne 0 ]; then
  echo "$missing public header(s) are included by no test" >&2
  exit 1
fi
echo "every public header is included by a test"
