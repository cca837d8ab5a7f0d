package dev.specgen.emit;

import dev.specgen.diag.Location;
import java.nio.file.Path;

/**
 * What an emitter needs besides the model.
 *
 * @param packageName the Java package of the spec's generated code
 * @param specFile the root spec file
 * @param generateClients whether clients are generated (false: models only)
 */
public record EmitContext(String packageName, Path specFile, boolean generateClients) {

  /** The spec's file name, as generated comments name it (no folders: output must not vary by machine). */
  public String specName() {
    return specFile.getFileName() == null ? specFile.toString() : specFile.getFileName().toString();
  }

  /** {@code front.yaml#/components/schemas/Conversation}: where a generated element came from. */
  public String sourceOf(Location location) {
    Path file = location.file().getFileName();
    return (file == null ? specName() : file.toString()) + "#" + location.pointer();
  }
}
