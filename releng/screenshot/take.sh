#!/bin/sh
# Takes docs/pi-ide.png: the Pi IDE with the Agent view following a task (its plan, the built-in tools it calls and an
# approval it waits for), against a scripted model server.
# Needs a built tree (./pi build), Xvfb, xdotool and ImageMagick. PI_SCREENSHOT_DISPLAY picks the display
# number for its virtual screen (default :95).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
java=${PI_IDE_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
javac=$(dirname "$java")/javac
built="$root/releng/dev.piassistant.ide.product/target/products/dev.piassistant.ide.product/linux/gtk/x86_64/pi-ide"
scratch=$(mktemp -d)
display=${PI_SCREENSHOT_DISPLAY:-:95}
m2="$HOME/.m2/repository/com/fasterxml/jackson/core"
jackson="$m2/jackson-core/2.22.1/jackson-core-2.22.1.jar:$m2/jackson-databind/2.22.1/jackson-databind-2.22.1.jar:$m2/jackson-annotations/2.22/jackson-annotations-2.22.jar"

Xvfb $display -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
server=
ide=
trap 'kill $server $ide $xvfb 2>/dev/null; rm -rf "$scratch"' EXIT
export DISPLAY=$display

# A copy of the Pi IDE, so that the run leaves the built one as it was.
cp -a "$built" "$scratch/pi-ide"
product="$scratch/pi-ide"

"$java" -cp "$root/tests/dev.piassistant.testing/target/classes:$jackson" "$root/releng/screenshot/DemoServer.java" "$scratch/port" &
server=$!
while [ ! -s "$scratch/port" ]; do sleep 0.2; done
mkdir -p "$scratch/home" "$scratch/workspace/src"
cat > "$scratch/home/providers.json" <<JSON
{ "providers": [ { "id": "ollama", "name": "Ollama (local)", "kind": "OLLAMA",
    "baseUrl": "http://127.0.0.1:$(cat "$scratch/port")", "defaultModel": "qwen2.5-coder:7b" } ] }
JSON
printf 'public record Point(int x, int y) {\n}\n' > "$scratch/workspace/src/Point.java"

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
# Room for the task: the Agent view taller (the bottom panel minimized) and wider (the sash left of it,
# found as the gap between two part borders in a row of pixels, dragged left).
xdotool mousemove 1552 760 click 1
sleep 2
sash=$(import -display $display -window root -crop 600x1+1000+400 txt:- | awk -F'[,: ]+' '
	NR > 1 && $0 ~ /#E5E5E5/ { if (last != "" && $1 - last >= 2 && $1 - last <= 8) { print 1000 + int((last + $1) / 2); exit } last = $1 }')
if [ -n "$sash" ]; then
	xdotool mousemove "$sash" 400 mousedown 1 sleep 0.3 mousemove 1100 400 sleep 0.3 mousemove 880 400 sleep 0.3 mouseup 1
	sleep 1
fi
xdotool key ctrl+alt+i
sleep 1
xdotool type --delay 20 "Make Point reject negative coordinates, and add a test."
xdotool key Return
sleep 12
import -display $display -window root "$root/docs/pi-ide.png"
echo "Wrote $root/docs/pi-ide.png"
