package dev.specgen.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.diag.Diagnostic;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.Operation;
import dev.specgen.ir.TypeDef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes small spec files into a test's temporary folder, loads them, and shows diagnostics with
 * the folder left out of every path, so tests can assert {@code spec.yaml:12:7: error: ...}.
 */
public final class SpecFixture {

  private final Path dir;

  public SpecFixture(Path dir) {
    this.dir = dir;
  }

  public Path dir() {
    return dir;
  }

  /** Writes {@code text} to {@code name} (folders are created) and returns its path. */
  public Path write(String name, String text) {
    Path file = dir.resolve(name);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  public LoadResult load(String name) {
    return load(name, LoadOptions.defaults());
  }

  public LoadResult load(String name, LoadOptions options) {
    return new SpecLoader(options).loadFile(dir.resolve(name));
  }

  /** Writes and loads in one step. */
  public LoadResult load(String name, String text) {
    write(name, text);
    return load(name);
  }

  /** Every diagnostic in the order reported, formatted, with this folder left out of paths. */
  public List<String> messages(LoadResult result) {
    return result.diagnostics().all().stream().map(this::format).toList();
  }

  public List<String> errors(LoadResult result) {
    return result.diagnostics().errors().stream().map(this::format).toList();
  }

  public List<String> warnings(LoadResult result) {
    return result.diagnostics().warnings().stream().map(this::format).toList();
  }

  public String format(Diagnostic diagnostic) {
    return diagnostic.format().replace(dir + "/", "").replace(dir.toString(), "<dir>");
  }

  /** The model of a load that must have succeeded; fails with the diagnostics otherwise. */
  public ApiModel model(LoadResult result) {
    assertThat(result.succeeded()).as("load failed:%n%s", String.join("\n", messages(result))).isTrue();
    return result.model().orElseThrow();
  }

  /** Writes, loads and returns the model of a spec that must load. */
  public ApiModel model(String name, String text) {
    return model(load(name, text));
  }

  public static Operation operation(ApiModel model, String operationId) {
    return model.operations().stream().filter(o -> o.operationId().equals(operationId)).findFirst()
        .orElseThrow(() -> new AssertionError("no operation " + operationId + " in "
            + model.operations().stream().map(Operation::operationId).toList()));
  }

  @SuppressWarnings("unchecked")
  public static <T extends TypeDef> T type(ApiModel model, String name, Class<T> kind) {
    TypeDef type = model.type(name).orElseThrow(
        () -> new AssertionError("no type " + name + " in " + model.typesByName().keySet()));
    assertThat(type).isInstanceOf(kind);
    return (T) type;
  }

  /**
   * An OpenAPI 3.1 document with the given {@code paths} and {@code components} bodies, each
   * already indented by two spaces. The header takes lines 1-3; {@code paths:} is line 4.
   */
  public static String openApi31(String paths, String components) {
    return "openapi: 3.1.0\n"
        + "info: {title: Test API, version: '1'}\n"
        + "servers: [{url: 'https://api.example.com'}]\n"
        + "paths:\n" + (paths.isEmpty() ? "  {}\n" : paths)
        + (components.isEmpty() ? "" : "components:\n" + components);
  }
}
