package dev.specgen.emit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.diag.Diagnostic;
import dev.specgen.ir.Operation;
import dev.specgen.read.LoadOptions;
import dev.specgen.read.LoadResult;
import dev.specgen.read.SpecLoader;
import org.junit.jupiter.api.Test;

/** What the client cannot generate is a located warning naming the operation. */
class UnsupportedPartsTest {

  @Test
  void anXmlBodyAndCallbacksAreLocatedWarningsNamingTheOperation() {
    LoadResult result = new SpecLoader(LoadOptions.defaults()).loadFile(MediaClients.SPEC);

    String file = MediaClients.SPEC.toString();
    assertThat(result.diagnostics().warnings()).extracting(Diagnostic::format).containsExactly(
        file + ":187:11: warning: operation 'postLegacy': the client leaves out the request body in "
            + "application/xml (not supported) (at /paths/~1legacy/post/requestBody/content/application~1xml)",
        file + ":195:7: warning: operation 'postLegacy': the client leaves out its callbacks (not supported) "
            + "(at /paths/~1legacy/post/callbacks)");
    Operation legacy = result.model().orElseThrow().operations().stream()
        .filter(o -> o.operationId().equals("postLegacy")).findFirst().orElseThrow();
    assertThat(legacy.unsupportedParts()).containsExactly("the request body in application/xml", "its callbacks");
  }
}
