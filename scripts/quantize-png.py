"""Shrinks PNG screenshots in place: 256-colour palette (screenshots of flat UI lose nothing visible), optimised.

Used after scripts/capture-learn-images.mjs:  python3 scripts/quantize-png.py public/content/learn/*.png
Needs Pillow (pip install pillow). Not part of the build or the tests.
"""
import sys

from PIL import Image

for path in sys.argv[1:]:
    image = Image.open(path).convert("RGB")
    before = image.size
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(path, optimize=True)
    print(f"{path}: {before[0]}x{before[1]}")
