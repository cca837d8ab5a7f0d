package dev.specgen.ir;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names of the classes a generated package holds besides the API's model types, decided once
 * for the whole package when the spec is read, so that no class can take another's name whatever
 * the order in which emitters run.
 *
 * @param client the client class, {@code FrontClient}
 * @param requests the request record of each operation, by the operation's {@link
 *     Operation#javaName()}
 * @param multipartForms the form type of each multipart request body whose schema is an object, by
 *     {@link #multipartKey}
 * @param apiException the base of the API's exceptions, {@code FrontApiException}
 * @param statusExceptions the exception of each error status some operation declares ({@code 404},
 *     {@code 4XX}, {@code default}), {@code FrontNotFoundException}; codes first, then ranges,
 *     then {@code default}
 */
public record GeneratedNames(
    String client,
    Map<String, String> requests,
    Map<String, String> multipartForms,
    String apiException,
    Map<String, String> statusExceptions) {

  public GeneratedNames {
    requests = Map.copyOf(requests);
    multipartForms = Map.copyOf(multipartForms);
    statusExceptions = Collections.unmodifiableMap(new LinkedHashMap<>(statusExceptions));
  }

  /** The exception class name of an error status key ({@code 404}, {@code 4XX}, {@code default}). */
  public String statusException(String status) {
    String name = statusExceptions.get(status);
    if (name == null) {
      throw new IllegalArgumentException("no exception name for status " + status);
    }
    return name;
  }

  /**
   * The key of {@link #multipartForms} for the {@code index}th multipart media type (counted from 0,
   * in the spec's order) of an operation's request body.
   */
  public static String multipartKey(Operation operation, int index) {
    return operation.javaName() + "#" + index;
  }

  /** The form type name of the {@code index}th multipart body of {@code operation}. */
  public String multipartForm(Operation operation, int index) {
    String name = multipartForms.get(multipartKey(operation, index));
    if (name == null) {
      throw new IllegalArgumentException(
          "no multipart form name for body " + index + " of operation " + operation.operationId());
    }
    return name;
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
