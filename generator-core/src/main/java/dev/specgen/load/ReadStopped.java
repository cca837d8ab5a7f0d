package dev.specgen.load;

import dev.specgen.diag.Location;

/** Stops reading a document: the input is too large, too deep, or structurally unusable. */
final class ReadStopped extends RuntimeException {

  private final Location location;

  ReadStopped(Location location, String message) {
    super(message, null, false, false);
    this.location = location;
  }

  /** Where reading stopped. */
  Location location() {
    return location;
  }
}
