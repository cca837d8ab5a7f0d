package dev.specgen.emit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.emit.GeneratedFile;
import dev.specgen.testing.SpecgenTestKit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code written per model stays small: an open enum holds its constants, its factory and its
 * {@code Known} enum, the value handling coming from the runtime's {@code OpenEnum}; a record's
 * builder has a field and a setter per property, its undeclared properties coming from the
 * runtime's {@code ModelBuilder}, and {@code toBuilder()} chains the setters.
 */
class ModelSizeTest {

  /** {@code Status.java}, three values: 37 lines when this test was written, 81 with the value handling inline. */
  private static final int ENUM_LINES = 40;
  /**
   * {@code Item.java}, eight properties (one a list, one a date-time): 121 lines when this test
   * was written, about 140 with the undeclared properties and a copy constructor in the builder.
   */
  private static final int RECORD_LINES = 122;

  @Test
  void anOpenEnumAndARecordStayUnderTheirLines(@TempDir Path dir) throws IOException {
    Path spec = Files.writeString(dir.resolve("shop.yaml"), """
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths: {}
        components:
          schemas:
            Status: {type: string, enum: [active, archived, pending]}
            Owner: {type: object, properties: {id: {type: string}}}
            Item:
              type: object
              required: [id, name, status]
              properties:
                id: {type: string}
                name: {type: string}
                status: {$ref: '#/components/schemas/Status'}
                count: {type: integer}
                created_at: {type: string, format: date-time}
                tags: {type: array, items: {type: string}}
                owner: {$ref: '#/components/schemas/Owner'}
                related: {$ref: '#/components/schemas/Owner'}
        """);
    List<GeneratedFile> files = SpecgenTestKit.sources(SpecgenTestKit.loadModel(spec), "test.size", true);

    long enumLines = lines(files, "/Status.java");
    long recordLines = lines(files, "/Item.java");
    System.out.printf("Status.java: %d lines; Item.java: %d lines%n", enumLines, recordLines);

    assertThat(enumLines).as("lines of a three-value open enum").isBetween(1L, (long) ENUM_LINES);
    assertThat(recordLines).as("lines of an eight-property record").isBetween(1L, (long) RECORD_LINES);
  }

  private static long lines(List<GeneratedFile> files, String suffix) {
    return files.stream().filter(file -> file.relativePath().endsWith(suffix))
        .mapToLong(file -> file.content().lines().count()).sum();
  }
}
