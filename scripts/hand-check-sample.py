#!/usr/bin/env python3
# Draws the hand-check sample of docs/HAND-CHECK.md: 300 BBC, 100 Wikinews and 600 Reuters bulk articles
# (random.seed(7)), extracts them, prints 30 events (random.seed(11)) with their evidence.
# Usage (from the repository root, with ../shared present):
#   scripts/hand-check-sample.py PATH/TO/eventwire [ARTICLE_SEED EVENT_SEED]   (a later draw: other seeds)
import json, random, subprocess, sys
B = sys.argv[1]
article_seed, event_seed = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (7, 11)
def lines(f): return open(f'../shared/corpus/bulk/{f}.jsonl').read().splitlines()
random.seed(article_seed)
arts = random.sample(lines('bbc'), 300) + random.sample(lines('wikinews'), 100) + random.sample(lines('reuters21578'), 600)
out = subprocess.run([B, 'extract', '-'], input='\n'.join(arts) + '\n', capture_output=True, text=True).stdout
events = [json.loads(l)['data'] for l in out.splitlines()]
print(len(events), {t: sum(e['type'] == t for e in events) for t in ('meeting', 'condemnation', 'agreement')}, file=sys.stderr)
random.seed(event_seed)
for i, e in enumerate(random.sample(events, 30), 1):
    actors = ', '.join(a['name'] for a in e['actors'])
    tgt = (e.get('target') or {}).get('name')
    print(f"{i}. {e['article']['id']} {e['type']} {e['status']} date={e['date']} place={(e['location'] or {}).get('name')} | {actors}" + (f" -> {tgt}" if tgt else '') + (f" | topic={e['topic']}" if e.get('topic') else ''))
    for ev in e['evidence'][:2]: print('     ', ev['text'][:300])
