package dev.specgen.runtime;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a generated client's settings from environment variables ({@code FrontClient.fromEnv()}),
 * failing with a message that names the variable to set rather than sending a request without
 * credentials.
 */
public final class ClientEnvironment {

  private final Function<String, String> variables;
  private final String clientName;

  private ClientEnvironment(Function<String, String> variables, String clientName) {
    this.variables = variables;
    this.clientName = clientName;
  }

  /**
   * Reads from a source of variables.
   *
   * @param variables yields a variable's value, or null when it is not set ({@code System::getenv})
   * @param clientName the generated client, for messages
   * @return the reader
   */
  public static ClientEnvironment of(Function<String, String> variables, String clientName) {
    return new ClientEnvironment(Objects.requireNonNull(variables, "variables"), clientName);
  }

  /**
   * Reads a variable that may be unset.
   *
   * @param name the variable
   * @return its value, or empty when it is not set
   * @throws IllegalStateException if it is set but blank, which is always a mistake
   */
  public Optional<String> optional(String name) {
    String value = variables.apply(name);
    if (value != null && value.isBlank()) {
      throw new IllegalStateException(clientName + ".fromEnv(): the environment variable " + name + " is blank");
    }
    return Optional.ofNullable(value);
  }

  /**
   * Reads a variable that must be set.
   *
   * @param name the variable
   * @param holds what the variable holds, for the message, e.g. {@code the bearer token}
   * @return its value
   * @throws IllegalStateException if it is not set or blank
   */
  public String required(String name, String holds) {
    return optional(name).orElseThrow(() -> new IllegalStateException(
        clientName + ".fromEnv(): set the environment variable " + name + " to " + holds + "; it is not set"));
  }

  /**
   * Checks that at least one of several variables is set, for an API that accepts any one of
   * several credentials.
   *
   * @param names the variables
   * @throws IllegalStateException if none of them is set, or one is set but blank
   */
  public void requireAny(String... names) {
    boolean anySet = false;
    for (String name : names) {
      anySet |= optional(name).isPresent();
    }
    if (!anySet) {
      throw new IllegalStateException(clientName + ".fromEnv(): set one of the environment variables "
          + Arrays.stream(names).collect(Collectors.joining(", ")) + " to a credential; none is set");
    }
  }

  /**
   * Checks a credential handed to a client builder, so that a token read from an unset variable
   * fails at once with a hint instead of on the first request.
   *
   * @param value the credential
   * @param setter the builder method, e.g. {@code FrontClient.Builder.bearerToken}
   * @param variable the variable {@code fromEnv()} reads it from, e.g. {@code FRONT_API_TOKEN}
   * @return the credential
   * @throws IllegalArgumentException if it is null or blank
   */
  public static String checkedCredential(String value, String setter, String variable) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(setter + ": the credential is " + (value == null ? "null" : "blank")
          + "; if it was read with System.getenv(\"" + variable + "\"), that variable is not set"
          + " (fromEnv() reads it and names what is missing)");
    }
    return value;
  }
}
