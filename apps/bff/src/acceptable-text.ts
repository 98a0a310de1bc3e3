/**
 * Characters no text Permit Desk keeps may hold: PostgreSQL cannot store NUL at all, an unpaired
 * surrogate has no UTF-8 form (a driver silently turns it into U+FFFD), and the other controls
 * and the Unicode non-characters (U+FFFE, U+FFFF, U+FDD0…U+FDEF and the last two of every plane)
 * are never typed by a person, only produced by a client that is broken or probing. Tab, line
 * feed and carriage return are ordinary text in a note.
 */
export function hasUnacceptableCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0x20) {
      if (unit !== 0x09 && unit !== 0x0a && unit !== 0x0d) return true;
    } else if (unit < 0x7f) {
      // Printable ASCII, by far the most common: nothing more to ask.
    } else if (unit <= 0x9f) {
      return true;
    } else if (unit >= 0xd800 && unit <= 0xdbff) {
      const low = text.charCodeAt(index + 1);
      if (!(low >= 0xdc00 && low <= 0xdfff)) return true;
      // U+xFFFE and U+xFFFF of the planes above the first: their low surrogate is DFFE or DFFF.
      if ((unit & 0x3f) === 0x3f && low >= 0xdffe) return true;
      index++;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      return true;
    } else if ((unit >= 0xfdd0 && unit <= 0xfdef) || unit >= 0xfffe) {
      return true;
    }
  }
  return false;
}
