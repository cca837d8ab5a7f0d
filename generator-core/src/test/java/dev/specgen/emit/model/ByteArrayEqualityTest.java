package dev.specgen.emit.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specgen.read.SpecFixture;
import dev.specgen.runtime.json.SpecgenJson;
import dev.specgen.testing.InMemoryCompiler;
import dev.specgen.testing.SpecgenTestKit;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records with {@code byte[]} components compare, hash and print by content, not by identity. */
class ByteArrayEqualityTest {

  @TempDir Path dir;

  private static final ObjectMapper MAPPER = SpecgenJson.newObjectMapper();

  @Test
  void byteArrayComponentsCompareHashAndPrintByContent() throws Exception {
    var model = new SpecFixture(dir).model("files.yaml", SpecFixture.openApi31("", """
          schemas:
            Attachment:
              type: object
              properties:
                name: {type: string}
                data: {type: string, format: byte}
        """));
    InMemoryCompiler.Compilation compiled = InMemoryCompiler.create().compileFiles(SpecgenTestKit.sources(model, "dev.specgen.bytes", false)).assertSucceeded();
    Class<?> attachment = compiled.loadClass("dev.specgen.bytes.Attachment");

    Object first = MAPPER.readValue("{\"name\": \"a.txt\", \"data\": \"aGk=\"}", attachment);
    Object same = MAPPER.readValue("{\"name\": \"a.txt\", \"data\": \"aGk=\"}", attachment);
    Object other = MAPPER.readValue("{\"name\": \"a.txt\", \"data\": \"aGo=\"}", attachment);

    assertThat(first).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
    assertThat(first.toString()).isEqualTo("Attachment[name=a.txt, data=[104, 105], additionalProperties={}]");
    assertThat(first).isNotEqualTo(null).isNotEqualTo("a.txt");
  }
}
