package dev.specgen.ir;

import java.util.Map;

/**
 * The names of the classes a generated package holds besides the API's model types, decided once
 * for the whole package when the spec is read, so that no class can take another's name whatever
 * the order in which emitters run.
 *
 * @param client the client class, {@code FrontClient}
 * @param modelSupport the models' JSON support class, {@code ModelSupport}
 * @param requests the request record of each operation, by the operation's {@link
 *     Operation#javaName()}
 */
public record GeneratedNames(String client, String modelSupport, Map<String, String> requests) {

  public GeneratedNames {
    requests = Map.copyOf(requests);
  }

  /** The request record name of {@code operation}. */
  public String request(Operation operation) {
    String name = requests.get(operation.javaName());
    if (name == null) {
      throw new IllegalArgumentException("no request name for operation " + operation.operationId());
    }
    return name;
  }
}
