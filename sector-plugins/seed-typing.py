#!/usr/bin/env python3
"""Per unit of the seed plan: its indicators, and how many changed type between a git ref (by default the commit
before issue 14, when seven units had only generic types) and the working tree; then the totals on sector and on
generic types. Needs PyYAML. Usage: python3 sector-plugins/seed-typing.py [git-ref]"""
import os, subprocess, sys, yaml
ROOT=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED='platform-core/demo/src/main/resources/seed/cesano-boscone-2025.yaml'
ref=sys.argv[1] if len(sys.argv)>1 else '7c02d3b'
old=yaml.safe_load(subprocess.check_output(['git','show',f'{ref}:{SEED}'],cwd=ROOT))
new=yaml.safe_load(open(ROOT+'/'+SEED))
def types(d):
    out={}
    def walk(unit,objs):
        for o in objs:
            for i in o.get('indicatori',[]) or []:
                out[i['codice']]=(unit,i['tipo'])
            walk(unit,o.get('obiettivi',[]) or o.get('fasi',[]) or [])
    for u in d['unita']:
        walk(u['codice'],u['obiettivi'])
    return out
o,n=types(old),types(new)
units=[u['codice'] for u in new['unita']]
total=0
print(f"{'unit':6} {'indicators':>10} {'moved':>6}  from -> to")
for u in units:
    codes=[c for c,(uu,_) in n.items() if uu==u]
    moved=[(c,o[c][1],n[c][1]) for c in codes if o[c][1]!=n[c][1]]
    total+=len(moved)
    detail={}
    for c,a,b in moved:
        detail.setdefault(f"{a} -> {b}",[]).append(c)
    print(f"{u:6} {len(codes):>10} {len(moved):>6}  "+"; ".join(f"{k}: {len(v)}" for k,v in detail.items()))
print(f"total {len(n)} indicators, {total} changed type")
sector=sum(1 for c,(u,t) in n.items() if '.' in t); sector_old=sum(1 for c,(u,t) in o.items() if '.' in t)
print(f"indicators on sector types: {sector_old} before, {sector} now; generic: {len(o)-sector_old} before, {len(n)-sector} now")
