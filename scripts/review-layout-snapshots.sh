#!/usr/bin/env bash
# Renders, as PNG, the pages whose layout dumps changed (or are new) since the last commit, so that a new
# recording of the layout snapshots is looked at before it is committed:
#
#   SNAPSHOT_TESTING_RECORD=all swift test --filter LayoutSnapshotTests   # re-record (the run reports failures)
#   bash scripts/review-layout-snapshots.sh                                # pages to look at, in build/snapshot-review
#
# A dump's lines name their page (p3 …); only the pages a diff touches are rendered, at 70 ppi.
set -euo pipefail
cd "$(dirname "$0")/.."

snapshots=Tests/FolioSnapshotTests/__Snapshots__/LayoutSnapshotTests
out=build/snapshot-review
swift build --product folio >/dev/null 2>&1
folio=$(swift build --show-bin-path)/folio
rm -rf "$out"
mkdir -p "$out"

changed=$(git status --porcelain --untracked-files=all -- "$snapshots" | awk '{print $NF}')
if [[ -z "$changed" ]]; then
  echo "No layout dump differs from the last commit."
  exit 0
fi

for file in $changed; do
  name=$(basename "$file" .txt)        # example.kosovo-nato-default, case.tables-print, chart.leakage
  kind=${name%%.*}
  rest=${name#*.}
  if git cat-file -e "HEAD:$file" 2>/dev/null; then
    # The pages a diff line names (p3 …), once each.
    pages=$(git diff --unified=0 -- "$file" | grep -E '^[-+]p[0-9]+ ' | sed -E 's/^[-+]p([0-9]+) .*/\1/' | sort -un | paste -sd, -)
  else
    pages=""   # new: every page
  fi
  page_option=()
  [[ -n "$pages" ]] && page_option=(--pages "$pages")
  case "$kind" in
    example|case)
      style=${rest##*-}
      stem=${rest%-*}
      if [[ "$kind" == example ]]; then
        input=$(ls Examples/"$stem".yaml Examples/"$stem".md 2>/dev/null | head -1 || true)
      else
        input=Tests/FolioSnapshotTests/Cases/$stem.yaml
      fi
      "$folio" render "$input" --style "$style" --allow-path Examples --ppi 70 -q \
        -o "$out/$name-page-{p}.png" "${page_option[@]}"
      ;;
    chart)
      "$folio" chart Examples/programme-status.yaml --id "$rest" --ppi 70 -o "$out/$name.png"
      ;;
  esac
  echo "$name: ${pages:-all pages}"
done
echo "Look at the PNG files in $out before committing the new recordings."
