#!/usr/bin/env python3
# Draws the hand-check sample of docs/HAND-CHECK.md: 300 BBC, 100 Wikinews and 600 Reuters bulk articles
# (random.seed(7)), extracts them, prints 30 events (random.seed(11)) with their evidence.
# Usage (from the repository root, with ../shared present): scripts/hand-check-sample.py PATH/TO/eventwire
import json, random, subprocess, sys
B = sys.argv[1]
def lines(f): return open(f'../shared/corpus/bulk/{f}.jsonl').read().splitlines()
random.seed(7)
arts = random.sample(lines('bbc'), 300) + random.sample(lines('wikinews'), 100) + random.sample(lines('reuters21578'), 600)
out = subprocess.run([B, 'extract', '-'], input='\n'.join(arts) + '\n', capture_output=True, text=True).stdout
events = [json.loads(l)['data'] for l in out.splitlines()]
print(len(events), {t: sum(e['type'] == t for e in events) for t in ('meeting', 'condemnation', 'agreement')}, file=sys.stderr)
random.seed(11)
for i, e in enumerate(random.sample(events, 30), 1):
    actors = ', '.join(a['name'] for a in e['actors'])
    tgt = (e.get('target') or {}).get('name')
    print(f"{i}. {e['article']['id']} {e['type']} {e['status']} date={e['date']} place={(e['location'] or {}).get('name')} | {actors}" + (f" -> {tgt}" if tgt else '') + (f" | topic={e['topic']}" if e.get('topic') else ''))
    for ev in e['evidence'][:2]: print('     ', ev['text'][:300])
