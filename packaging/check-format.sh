#!/usr/bin/env bash
# Fails, naming the files, when any C++ file is not formatted as .clang-format says.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
unformatted=()
while IFS= read -r -d '' file; do
    clang-format --dry-run -Werror "$file" >/dev/null 2>&1 || unformatted+=("$file")
done < <(find app core sync ui tests -name '*.cpp' -print0 -o -name '*.h' -print0)
if [ ${#unformatted[@]} -gt 0 ]; then
    echo "Not formatted (run: cmake --build build --target format):"
    printf '  %s\n' "${unformatted[@]}"
    exit 1
fi
echo "All C++ files are formatted."
