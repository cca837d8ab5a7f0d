/**
 * Lazy iteration over paginated list operations, for the four {@code x-pagination} styles:
 * next-page URL, cursor, keyset from the last item, and page number.
 */
package dev.specgen.runtime.pagination;
