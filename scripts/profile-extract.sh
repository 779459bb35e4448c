#!/usr/bin/env bash
# Instruction profile of the extraction engine with callgrind (repeatable on a busy machine, unlike wall time).
#
# valgrind 3.19 gives up on the debug info of the full `eventwire` binaries ("Possibly corrupted debuginfo
# file", from a dependency), so this builds a minimal package in a scratch folder: a copy of
# Sources/EventWireCore plus a small driver that does what `eventwire extract` does per line
# (Article(json:) -> Extractor.events(in:) -> CloudEventEncoder, `time` fixed), and profiles that.
#
#   scripts/profile-extract.sh [SAMPLE.jsonl] [WHAT]
#     SAMPLE  JSON lines of articles (default: 298 lines drawn from ../shared/corpus/bulk)
#     WHAT    extract (default: inside Engine.events(in:)), decode (inside Article(json:)) or all
# Prints the collected total and the top of `callgrind_annotate --inclusive=yes`; the data file stays in
# $WORK/cg.out for more (`callgrind_annotate $WORK/cg.out` for self cost). WORK defaults to /tmp/eventwire-profile.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
work="${WORK:-/tmp/eventwire-profile}"
what="${2:-extract}"
mkdir -p "$work/Sources/profile"
sample="${1:-$work/sample.jsonl}"
if [[ -z "${1:-}" ]]; then
    bulk="$root/../shared/corpus/bulk"
    { awk 'NR%15==1' "$bulk/bbc.jsonl" | head -150; awk 'NR%190==1' "$bulk/reuters21578.jsonl" | head -100;
      awk 'NR%6==1' "$bulk/wikinews.jsonl" | head -50; } > "$sample"
fi
rm -rf "$work/Sources/EventWireCore"
cp -r "$root/Sources/EventWireCore" "$work/Sources/EventWireCore"
cat > "$work/Package.swift" <<'EOF'
// swift-tools-version: 6.1
import PackageDescription
let package = Package(
    name: "profile",
    platforms: [.macOS(.v15)],
    targets: [
        .target(name: "EventWireCore", resources: [.copy("Resources/Dictionaries")]),
        .executableTarget(name: "profile", dependencies: ["EventWireCore"]),
    ]
)
EOF
cat > "$work/Sources/profile/main.swift" <<'EOF'
import EventWireCore
import Foundation

// profile FILE.jsonl...: what `eventwire extract` does per line; events to stdout with a fixed time.
let extractor = Extractor(lexicon: try Lexicon.builtIn())
let encoder = CloudEventEncoder(host: "h", instance: "profile")
var out: [UInt8] = []
var sequence: UInt64 = 0
for path in CommandLine.arguments.dropFirst() {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
        let article = try Article(json: Array(line))
        let events = extractor.events(in: article)
        for encoded in encoder.encode(events, of: article, time: "T") {
            sequence += 1
            out += encoded.payload(sequence: sequence)
            out.append(10)
        }
    }
}
FileHandle.standardOutput.write(Data(out))
EOF
(cd "$work" && swift build -c release -Xswiftc -g 2>&1 | tail -1)
toggle=()
case "$what" in
    extract) toggle=('--toggle-collect=$s13EventWireCore6EngineC6events2inSayAA0A0VGAA7ArticleV_tF') ;;
    decode) toggle=('--toggle-collect=$s13EventWireCore7ArticleV4json8maxBytesACx_SitAA0D9RejectionVYKcSlRzs5UInt8V7ElementRtzlufC') ;;
    all) ;;
    *) echo "profile-extract: WHAT is extract, decode or all" >&2; exit 2 ;;
esac
valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "${toggle[@]}" "$work/.build/release/profile" "$sample" \
    > "$work/events.jsonl" 2> "$work/valgrind.log"
grep -E "Collected" "$work/valgrind.log"
echo "$(wc -l < "$sample") articles, $(python3 -c "import json,sys;print(sum(len(json.loads(l)['body'].encode()) for l in open(sys.argv[1]) if l.strip()))" "$sample") bytes of body, $(wc -l < "$work/events.jsonl") events"
callgrind_annotate --inclusive=yes "$work/cg.out" 2>/dev/null | sed -n '/file:function/,$p' | head -40 | cut -c1-200
