package dev.specgen.emit.client;

import dev.specgen.ir.ApiModel;
import dev.specgen.ir.MediaType;
import dev.specgen.testing.SpecgenTestKit;

/** The 200 response examples of the flagship specs: the seeds' payloads. */
final class Examples {

  private Examples() {}

  /** The example of the first 2xx response of the spec's only operation, as JSON text. */
  static String of(String flagshipFile) {
    ApiModel model = SpecgenTestKit.loadModel(SpecgenTestKit.flagshipSpec(flagshipFile));
    return model.operations().get(0).successResponses().get(0).content().stream()
        .map(MediaType::example)
        .flatMap(java.util.Optional::stream)
        .findFirst()
        .orElseThrow(() -> new AssertionError(flagshipFile + " has no 200 example"))
        .toJson();
  }
}
