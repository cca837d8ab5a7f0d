package dev.specgen.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page number the generated client could not count is refused, not silently truncated. */
class StartPageRangeTest {

  @TempDir
  Path dir;

  private static String spec(String startPage) {
    return """
        openapi: 3.1.0
        info: {title: Pages, version: '1'}
        paths:
          /items:
            get:
              operationId: listItems
              parameters: [{name: page, in: query, schema: {type: integer}}]
              x-pagination: {style: page-number, parameter: page, startPage: %s}
              responses:
                '200':
                  description: ok
                  content: {application/json: {schema: {type: array, items: {type: string}}}}
        """.formatted(startPage);
  }

  @Test
  void aStartPageAboveTheIntRangeIsAnError() {
    SpecFixture fixture = new SpecFixture(dir);
    assertThat(fixture.errors(fixture.load("pages.yaml", spec("3000000000")))).containsExactly(
        "pages.yaml:8:70: error: 'startPage' must be from -2147483648 to 2147483647 (page numbers are"
            + " counted with an int), found 3000000000 (at /paths/~1items/get/x-pagination/startPage)");
  }

  @Test
  void theLargestIntIsAccepted() {
    SpecFixture fixture = new SpecFixture(dir);
    assertThat(fixture.errors(fixture.load("pages.yaml", spec("2147483647")))).isEmpty();
  }
}
