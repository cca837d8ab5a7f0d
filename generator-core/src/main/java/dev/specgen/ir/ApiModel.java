package dev.specgen.ir;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The normalized, language-neutral description of one API that every emitter reads. It knows
 * nothing of YAML or {@code $ref}: names are final, inline schemas are named, and every type a
 * {@link TypeRef.Named} mentions is in {@link #types()}.
 *
 * @param title {@code info.title}
 * @param version {@code info.version}
 * @param description {@code info.description}, or empty
 * @param apiName a Java type name for the API as a whole, e.g. {@code Front} (clients append
 *     {@code Client})
 * @param sourceFile the root spec file
 * @param servers servers in spec order; the first is the default
 * @param securitySchemes the schemes any operation may use
 * @param operations operations sorted by path, then method
 * @param types named types sorted by name
 * @param generatedNames the names of the classes generated beside the types, in the same package
 * @param typesByName the same types by name, in name order (derived from {@code types})
 */
public record ApiModel(
    String title,
    String version,
    String description,
    String apiName,
    Path sourceFile,
    List<Server> servers,
    List<SecurityScheme> securitySchemes,
    List<Operation> operations,
    List<TypeDef> types,
    GeneratedNames generatedNames,
    Map<String, TypeDef> typesByName) {

  public ApiModel {
    servers = List.copyOf(servers);
    securitySchemes = List.copyOf(securitySchemes);
    operations = List.copyOf(operations);
    types = List.copyOf(types);
    typesByName = index(types);
  }

  /** A model whose type index is derived from {@code types}. */
  public ApiModel(String title, String version, String description, String apiName, Path sourceFile,
      List<Server> servers, List<SecurityScheme> securitySchemes, List<Operation> operations,
      List<TypeDef> types, GeneratedNames generatedNames) {
    this(title, version, description, apiName, sourceFile, servers, securitySchemes, operations, types,
        generatedNames, Map.of());
  }

  /** The named type called {@code name}, if there is one. */
  public Optional<TypeDef> type(String name) {
    return Optional.ofNullable(typesByName.get(name));
  }

  private static Map<String, TypeDef> index(List<TypeDef> types) {
    Map<String, TypeDef> byName = new LinkedHashMap<>();
    types.forEach(t -> byName.put(t.name(), t));
    return Collections.unmodifiableMap(byName);
  }

  public Optional<SecurityScheme> securityScheme(String key) {
    return securitySchemes.stream().filter(s -> s.key().equals(key)).findFirst();
  }
}
