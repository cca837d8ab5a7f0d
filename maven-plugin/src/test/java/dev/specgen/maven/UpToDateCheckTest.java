package dev.specgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.diag.Diagnostic;
import dev.specgen.generate.GeneratorOptions;
import dev.specgen.load.LoaderLimits;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that changed nothing is decided without the generator's code: no parser, no emitter, no
 * package naming. Loading and initialising those classes was most of the no-op build's time, and a
 * class load is something a test can see on any machine, where a timing bound would be flaky.
 */
class UpToDateCheckTest {

  @TempDir
  Path project;

  @Test
  void anUnchangedBuildLoadsNoGeneratorCode() throws Exception {
    write("src/main/specs/pets.yaml", """
        openapi: 3.1.0
        info: {title: Pets, version: '1'}
        paths: {}
        components:
          schemas:
            Litter:
              type: object
              properties:
                pets: {type: array, items: {$ref: 'common/pet.yaml#/components/schemas/Pet'}}
        """);
    write("src/main/specs/common/pet.yaml", """
        components:
          schemas:
            Pet:
              type: object
              properties:
                name: {type: string}
        """);
    write("src/main/specs/orders.yaml", """
        openapi: 3.1.0
        info: {title: Orders, version: '1'}
        paths: {}
        """);
    generate(project);

    try (RecordingLoader loader = new RecordingLoader()) {
      Method check = loader.loadClass(UpToDateCheckTest.class.getName())
          .getDeclaredMethod("unchanged", Path.class);
      check.setAccessible(true); // its class is another runtime package's: the loader's own
      Object unchanged = check.invoke(null, project);

      assertThat(unchanged).isEqualTo(Optional.of(List.of()));
      assertThat(loader.loaded()).as("classes of the generator loaded by the check")
          .filteredOn(name -> !name.startsWith("dev.specgen.maven."))
          .isSubsetOf(LoaderLimits.class.getName(), "dev.specgen.generate.InvalidOptionsException");
    }
  }

  /** The first build: finds the specs, generates them and records the state. */
  private static void generate(Path project) throws Exception {
    SpecgenSettings settings = settings(project);
    OptionsMapper mapper = new OptionsMapper();
    GeneratorOptions options = mapper.map(settings, mapper.specFiles(settings));
    Object outcome = new IncrementalGenerator(fingerprint(settings), Diagnostic::format).run(options);
    assertThat(outcome).isInstanceOf(IncrementalGenerator.Generated.class);
  }

  /**
   * What {@link GenerateMojo} does before it knows whether to generate: find the specs, check the
   * settings, compare with the state. Called through the recording class loader.
   */
  static Optional<List<String>> unchanged(Path project) throws Exception {
    SpecgenSettings settings = settings(project);
    OptionsMapper mapper = new OptionsMapper();
    List<Path> specs = mapper.specFiles(settings);
    mapper.checkSettings(settings, specs);
    return fingerprint(settings).unchanged(specs);
  }

  private static SpecgenSettings settings(Path project) {
    return new SpecgenSettings(project, List.of(), Path.of("src/main/specs"), null,
        List.of("common/**"), Optional.of("com.acme.shop"), project, 50L * 1024 * 1024,
        Path.of("target/generated-sources/specgen"), Optional.of(Path.of("target/docs")),
        Optional.empty(), true);
  }

  private static BuildFingerprint fingerprint(SpecgenSettings settings) {
    Path state = settings.basedir().resolve("target/specgen-state/default.properties");
    return new BuildFingerprint(state, settings.basedir(),
        BuildFingerprint.describe(settings, true, List.of("plugin test")));
  }

  private void write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /**
   * Loads Specgen's classes itself, from the plugin's and the generator's class folders or jars,
   * and remembers their names; every other class comes from the test's own loader.
   */
  private static final class RecordingLoader extends URLClassLoader {
    private final Set<String> loaded = new TreeSet<>();

    RecordingLoader() {
      super(new URL[] {location(UpToDateCheckTest.class), location(OptionsMapper.class),
          location(LoaderLimits.class)}, UpToDateCheckTest.class.getClassLoader());
    }

    private static URL location(Class<?> type) {
      return type.getProtectionDomain().getCodeSource().getLocation();
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("dev.specgen.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> type = findLoadedClass(name);
        if (type == null) {
          type = findClass(name);
          loaded.add(name);
        }
        if (resolve) {
          resolveClass(type);
        }
        return type;
      }
    }

    synchronized Set<String> loaded() {
      return new TreeSet<>(loaded);
    }
  }
}
