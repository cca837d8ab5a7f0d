package dev.specgen.emit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.emit.GeneratedFile;
import dev.specgen.testing.SpecgenTestKit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which operations get the path-parameter shortcuts, and in which order they take the values. */
class PathOverloadsTest {

  private static final String SPEC = """
      openapi: 3.0.3
      info: {title: Shop, version: "1"}
      paths:
        /shops/{shop}/items/{item}:
          get:
            operationId: getItem
            parameters:
              - {name: item, in: path, required: true, schema: {type: integer}}
              - {name: shop, in: path, required: true, schema: {type: string}}
            responses: {"204": {description: none}}
          put:
            operationId: putItem
            parameters:
              - {name: item, in: path, required: true, schema: {type: integer}}
              - {name: shop, in: path, required: true, schema: {type: string}}
            requestBody:
              required: true
              content: {application/json: {schema: {type: object}}}
            responses: {"204": {description: none}}
        /shops/{shop}/items:
          get:
            operationId: listItems
            parameters:
              - {name: shop, in: path, required: true, schema: {type: string}}
              - {name: tag, in: query, required: true, schema: {type: string}}
            responses: {"204": {description: none}}
      """;

  @Test
  void onlyOperationsRequiringJustPathParametersGetShortcutsTakingThemInPathOrder(@TempDir Path dir)
      throws IOException {
    Path spec = Files.writeString(dir.resolve("shop.yaml"), SPEC);
    String client = SpecgenTestKit.sources(SpecgenTestKit.loadModel(spec), "test.shop", true).stream()
        .filter(file -> file.relativePath().endsWith("ShopClient.java"))
        .map(GeneratedFile::content)
        .findFirst().orElseThrow();

    assertThat(client).contains("public void getItem(String shop, Integer item) {")
        .doesNotContain("UnaryOperator<GetItemRequest.Builder>") // nothing optional left to set
        .doesNotContain("public void putItem(String shop, Integer item)") // the body is required too
        .doesNotContain("public void listItems(String shop)"); // so is the query parameter
  }
}
