"""Step 4 of MAKE.md: drop the two bogus Russia parts left by the clip.

Russia's 1:50m outline wraps the antimeridian; after the clip two of its parts become bands that run
to the western clip edge (lon -12), where Russia has no land. Every Russia part touching lon -12 is
dropped. Writes one feature per line so that diffs stay reviewable.

Usage: python3 fix_russia.py countries-europe.geojson
"""
import json
import sys

path = sys.argv[1]
with open(path) as f:
    data = json.load(f)
for feature in data['features']:
    if feature['properties'].get('name') == 'Russia':
        parts = feature['geometry']['coordinates']
        feature['geometry']['coordinates'] = [p for p in parts if min(c[0] for c in p[0]) > -12.0]
with open(path, 'w') as f:
    f.write('{\n"type": "FeatureCollection",\n"name": "%s",\n"features": [\n' % data['name'])
    f.write(',\n'.join(json.dumps(x, separators=(', ', ': ')) for x in data['features']))
    f.write('\n]\n}\n')
