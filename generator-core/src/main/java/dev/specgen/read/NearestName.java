package dev.specgen.read;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the name a misspelt one was probably meant to be, by edit distance. */
final class NearestName {

  private NearestName() {}

  /**
   * The candidate closest to {@code name} (ignoring case), if it is close enough to be a likely
   * typo: at most one edit for short names, up to three for long ones. Ties go to the candidate
   * listed first.
   */
  static Optional<String> among(String name, Collection<String> candidates) {
    String wanted = name.toLowerCase(Locale.ROOT);
    int allowed = Math.max(1, Math.min(3, wanted.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** Levenshtein distance: the fewest insertions, deletions and substitutions from a to b. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
