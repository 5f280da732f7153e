#!/usr/bin/python3
"""Makes the fonts letters are set in: DejaVu Sans cut down to the characters
letters use (Latin, Cyrillic, punctuation, currency signs) and renamed, so the
bundled font is never confused with a system DejaVu Sans.

Why: a PDF embeds a subset of every font it uses, and Qt builds that subset's
character map by asking the font about every character it has; DejaVu has
thousands, which made embedding the largest cost of a letter (issue 8,
letters_batch). The DejaVu licence (Bitstream Vera) allows modified fonts
whose names do not contain "Bitstream" or "Vera".

Run from the repository root with Debian's python3-fonttools:
    /usr/bin/python3 tools/subset-letter-fonts.py /usr/share/fonts/truetype/dejavu resources/fonts
"""
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

CHARACTERS = (
    "U+0020-007E,U+00A0-017F,U+0192,U+0218-021B,U+02C6-02DD,"  # Latin
    "U+0400-045F,U+0490-0491,"  # Cyrillic, Ukrainian Ґ ґ
    "U+2010-2027,U+202F,U+2030-203A,U+2044,U+2116,U+2122,"  # punctuation, №, ™
    "U+20A0-20C0,U+2190-2193,U+2212,U+2219,U+25B8"  # currency signs, arrows, minus
)
FAMILY = "Abonent Letter Sans"
STYLES = {"DejaVuSans": "Book", "DejaVuSans-Bold": "Bold", "DejaVuSans-Oblique": "Oblique"}


def main(source: Path, target: Path) -> None:
    for stem, style in STYLES.items():
        options = subset.Options()
        options.hinting = False  # a PDF has no pixels to fit
        options.layout_features = ["kern"]
        options.notdef_outline = True
        font = TTFont(source / f"{stem}.ttf")
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=subset.parse_unicodes(CHARACTERS))
        subsetter.subset(font)
        names = font["name"]
        postscript = FAMILY.replace(" ", "") + "-" + style
        for record in names.names:
            if record.nameID in (1, 16):
                record.string = FAMILY
            elif record.nameID == 4:
                record.string = f"{FAMILY} {style}" if style != "Book" else FAMILY
            elif record.nameID == 6:
                record.string = postscript
            elif record.nameID == 3:
                record.string = f"{postscript} (subset of DejaVu Sans)"
        font.save(target / f"AbonentLetterSans-{style}.ttf")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
