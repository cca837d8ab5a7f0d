package dev.specgen.ir;

import java.util.List;

/**
 * A server the API is served from.
 *
 * @param url the URL template, possibly with {@code {variables}}
 * @param description the spec's description, or empty
 * @param variables the template's variables with their defaults
 */
public record Server(String url, String description, List<ServerVariable> variables) {

  public Server {
    variables = List.copyOf(variables);
  }

  /** The URL with every variable replaced by its default value. */
  public String defaultUrl() {
    String result = url;
    for (ServerVariable variable : variables) {
      result = result.replace("{" + variable.name() + "}", variable.defaultValue());
    }
    return result;
  }

  /**
   * A server variable.
   *
   * @param name the variable's name in the URL template
   * @param defaultValue the value used when none is given
   * @param allowedValues the enum of allowed values, or empty when any value goes
   * @param description what the variable stands for, or empty
   */
  public record ServerVariable(
      String name, String defaultValue, List<String> allowedValues, String description) {

    public ServerVariable {
      allowedValues = List.copyOf(allowedValues);
    }
  }
}
