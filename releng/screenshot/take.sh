#!/bin/sh
# Takes docs/pi-ide.png: the Pi IDE with the Agent view mid-conversation, against a scripted model server.
# Needs a built tree (./pi build), Xvfb, xdotool and ImageMagick.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
java=${PI_IDE_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
product="$root/releng/dev.piassistant.ide.product/target/products/dev.piassistant.ide.product/linux/gtk/x86_64/pi-ide"
scratch=$(mktemp -d)
display=:95
m2="$HOME/.m2/repository/com/fasterxml/jackson/core"
jackson="$m2/jackson-core/2.22.1/jackson-core-2.22.1.jar:$m2/jackson-databind/2.22.1/jackson-databind-2.22.1.jar:$m2/jackson-annotations/2.22/jackson-annotations-2.22.jar"

Xvfb $display -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $server $ide $xvfb 2>/dev/null; rm -rf "$scratch"' EXIT
export DISPLAY=$display

"$java" -cp "$root/tests/dev.piassistant.testing/target/classes:$jackson" "$root/releng/screenshot/DemoServer.java" "$scratch/port" &
server=$!
while [ ! -s "$scratch/port" ]; do sleep 0.2; done
mkdir -p "$scratch/home"
cat > "$scratch/home/providers.json" <<JSON
{ "providers": [ { "id": "ollama", "name": "Ollama (local)", "kind": "OLLAMA",
    "baseUrl": "http://127.0.0.1:$(cat "$scratch/port")", "defaultModel": "qwen2.5-coder:7b" } ] }
JSON

PI_IDE_JAVA="$java" "$product/pi-ide" -data "$scratch/workspace" -vmargs -Dpiassistant.home="$scratch/home" >"$scratch/ide.log" 2>&1 &
ide=$!
for attempt in $(seq 1 60); do xdotool search --onlyvisible --name "Pi IDE" >/dev/null 2>&1 && break; sleep 2; done
sleep 8
window=$(xdotool search --onlyvisible --name "Pi IDE" | head -n 1)
[ -n "$window" ] || { echo "The Pi IDE window did not appear; see $scratch/ide.log" >&2; cat "$scratch/ide.log" >&2; exit 1; }
xdotool windowmove "$window" 0 0 windowsize "$window" 1600 1000
sleep 2
xdotool key ctrl+alt+i
sleep 1
xdotool type --delay 20 "How do I model an immutable 2D point in Java?"
xdotool key Return
sleep 4
xdotool type --delay 20 "How can I reject negative coordinates?"
xdotool key Return
sleep 9
import -display $display -window root "$root/docs/pi-ide.png"
echo "Wrote $root/docs/pi-ide.png"
