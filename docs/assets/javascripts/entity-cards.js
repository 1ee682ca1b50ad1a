// Hover cards for entity highlights (filled in by the site work).
