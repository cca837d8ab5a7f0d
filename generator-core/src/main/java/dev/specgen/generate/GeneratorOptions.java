package dev.specgen.generate;

import dev.specgen.read.LoadOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a generation run needs, shared by the command line, the Maven plugin and tests.
 *
 * @param specs the specs to generate from, each with its package
 * @param sourcesDirectory where client and model sources are written
 * @param docsDirectory where Markdown docs are written; empty means no docs
 * @param snippetsDirectory where compilable snippet classes are written; empty means none
 * @param generateClients false generates models only
 * @param load how specs are loaded (limits, the folder {@code $ref}s are confined to)
 * @param failOnWarnings true treats warnings like errors: a spec with warnings fails the run and
 *     nothing is written
 * @param htmlReference whether the docs include the interactive HTML reference ({@code <docs>/<spec>/html})
 */
public record GeneratorOptions(
    List<SpecInput> specs,
    Path sourcesDirectory,
    Optional<Path> docsDirectory,
    Optional<Path> snippetsDirectory,
    boolean generateClients,
    LoadOptions load,
    boolean failOnWarnings,
    boolean htmlReference) {

  /**
   * @throws InvalidOptionsException when there is no spec, or the specs' packages break the rule of
   *     {@link PackageNames#check}
   */
  public GeneratorOptions {
    specs = List.copyOf(specs);
    if (specs.isEmpty()) {
      throw new InvalidOptionsException("at least one spec is needed");
    }
    PackageNames.check(specs);
  }

  /** Options that let warnings pass and, when there are docs, include the HTML reference. */
  public GeneratorOptions(List<SpecInput> specs, Path sourcesDirectory, Optional<Path> docsDirectory,
      Optional<Path> snippetsDirectory, boolean generateClients, LoadOptions load) {
    this(specs, sourcesDirectory, docsDirectory, snippetsDirectory, generateClients, load, false, true);
  }

  /** Models and clients for {@code specs} into {@code sourcesDirectory}, nothing else. */
  public static GeneratorOptions sourcesOnly(List<SpecInput> specs, Path sourcesDirectory) {
    return new GeneratorOptions(specs, sourcesDirectory, Optional.empty(), Optional.empty(), true,
        LoadOptions.defaults());
  }

  public GeneratorOptions withDocs(Path docs) {
    return new GeneratorOptions(specs, sourcesDirectory, Optional.of(docs), snippetsDirectory,
        generateClients, load, failOnWarnings, htmlReference);
  }

  public GeneratorOptions withSnippets(Path snippets) {
    return new GeneratorOptions(specs, sourcesDirectory, docsDirectory, Optional.of(snippets),
        generateClients, load, failOnWarnings, htmlReference);
  }

  public GeneratorOptions withGenerateClients(boolean clients) {
    return new GeneratorOptions(specs, sourcesDirectory, docsDirectory, snippetsDirectory, clients,
        load, failOnWarnings, htmlReference);
  }

  public GeneratorOptions withLoad(LoadOptions newLoad) {
    return new GeneratorOptions(specs, sourcesDirectory, docsDirectory, snippetsDirectory,
        generateClients, newLoad, failOnWarnings, htmlReference);
  }

  public GeneratorOptions withFailOnWarnings(boolean fail) {
    return new GeneratorOptions(specs, sourcesDirectory, docsDirectory, snippetsDirectory,
        generateClients, load, fail, htmlReference);
  }

  /** The same options, with or without the HTML reference in the docs. */
  public GeneratorOptions withHtmlReference(boolean html) {
    return new GeneratorOptions(specs, sourcesDirectory, docsDirectory, snippetsDirectory,
        generateClients, load, failOnWarnings, html);
  }
}
