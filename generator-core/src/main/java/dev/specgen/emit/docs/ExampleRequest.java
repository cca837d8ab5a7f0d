package dev.specgen.emit.docs;

import dev.specgen.emit.docs.ClientSurface.Call;
import dev.specgen.emit.docs.ClientSurface.Setter;
import dev.specgen.emit.docs.WireValues.Node;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.JsonValue;
import dev.specgen.ir.Operation;
import dev.specgen.ir.Pagination;
import dev.specgen.ir.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The example request of one operation: which values the snippet passes (every required value, and
 * every optional parameter that has an example), and the HTTP request those values make, for the
 * curl command.
 */
final class ExampleRequest {

  /** Query parameters that continue an earlier page; the all-pages example starts at the first. */
  private static final Pattern PAGE_POSITION = Pattern.compile(
      "(?i)(page|next)_?token|(next_?)?cursor|starting_?after|ending_?before|after|before|offset|page|skip");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}/]+)}");

  /**
   * A value the snippet sets on the request builder.
   *
   * @param value conformed to the setter's type ({@link ExampleValues#conform})
   */
  record Arg(Setter setter, Object value) {}

  /**
   * The request the example values make, without credentials.
   *
   * @param url the full URL with the encoded query
   * @param headers header names and values, in the order the client sets them
   * @param jsonBody the body as JSON text, if there is one
   */
  record Http(String method, String url, Map<String, String> headers, Optional<String> jsonBody) {}

  private final ExampleValues examples;
  private final WireValues wire;

  ExampleRequest(ApiModel model) {
    this.examples = new ExampleValues(model);
    this.wire = new WireValues(model);
  }

  /** The values of the one-call example. */
  List<Arg> args(Call call) {
    List<Arg> args = new ArrayList<>();
    for (Setter setter : call.setters()) {
      value(setter).ifPresent(value -> {
        if (setter.required() || serializable(setter, value)) {
          args.add(new Arg(setter, value));
        }
      });
    }
    return args;
  }

  /** The values of the all-pages example: those of {@code args} that do not pick a later page. */
  List<Arg> allPagesArgs(Call call, List<Arg> args) {
    Optional<String> cursor = call.paging().flatMap(ClientSurface.Paging::cursorParameter);
    boolean nextUrl = call.operation().pagination() instanceof Pagination.NextUrl;
    return args.stream().filter(arg -> arg.setter().parameter()
            .map(p -> p.required() || !(cursor.map(p.name()::equals).orElse(false)
                || nextUrl && PAGE_POSITION.matcher(p.name()).matches()))
            .orElse(true))
        .toList();
  }

  private Optional<Object> value(Setter setter) {
    Optional<JsonValue> example = setter.parameter().isPresent()
        ? setter.parameter().get().example()
        : setter.body().flatMap(body -> body.example());
    Optional<Object> value = example.filter(e -> !e.isNull()).flatMap(e -> examples.conform(e, setter.type()));
    if (value.isPresent() || !setter.required() && setter.parameter().isPresent()) {
      return value;
    }
    Optional<JsonValue> fallback = setter.parameter().flatMap(Parameter::defaultValue);
    value = fallback.filter(e -> !e.isNull()).flatMap(e -> examples.conform(e, setter.type()));
    return value.isPresent() ? value : examples.synthesize(setter.type(), ExampleValues.Mode.REQUEST);
  }

  private boolean serializable(Setter setter, Object value) {
    try {
      Node node = wire.tree(value, setter.type());
      setter.parameter().ifPresent(p -> parameterText(p, node));
      return true;
    } catch (WireValues.UnsupportedValueException e) {
      return false;
    }
  }

  /** The request {@code args} make, as the client sends it (credentials aside). */
  Http http(Operation operation, String baseUrl, List<Arg> args) {
    Map<String, Node> values = new LinkedHashMap<>();
    for (Arg arg : args) {
      arg.setter().parameter().ifPresent(p -> values.put(key(p), wire.tree(arg.value(), arg.setter().type())));
    }
    Map<String, String> pathValues = new LinkedHashMap<>();
    List<String> query = new ArrayList<>();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", "application/json");
    Optional<String> body = args.stream().filter(a -> a.setter().body().isPresent()).findFirst()
        .map(a -> WireValues.json(wire.tree(a.value(), a.setter().type())));
    body.ifPresent(b -> headers.put("Content-Type", "application/json"));
    for (Parameter parameter : operation.parameters()) {
      Node node = parameter.constantValue()
          .<Node>map(c -> new WireValues.Scalar(c, true))
          .orElse(values.get(key(parameter)));
      if (node == null) {
        continue;
      }
      try {
        switch (parameter.location()) {
          case PATH -> pathValues.put(parameter.name(), WireValues.pathSegment(node));
          case QUERY -> query.addAll(WireValues.queryPairs(parameter.name(), node, parameter.style(),
              parameter.explode()));
          case HEADER -> WireValues.headerText(node).ifPresent(text -> headers.put(parameter.name(), text));
          case COOKIE -> { } // the client does not send cookie parameters
        }
      } catch (WireValues.UnsupportedValueException e) {
        // the client refuses such a value as well; the command leaves it out
      }
    }
    String url = baseUrl + expand(operation.path(), pathValues) + (query.isEmpty() ? "" : "?" + String.join("&", query));
    return new Http(operation.method().name(), url, headers, body);
  }

  private static void parameterText(Parameter parameter, Node node) {
    switch (parameter.location()) {
      case PATH -> WireValues.pathSegment(node);
      case QUERY -> WireValues.queryPairs(parameter.name(), node, parameter.style(), parameter.explode());
      case HEADER -> WireValues.headerText(node);
      case COOKIE -> { }
    }
  }

  private static String key(Parameter parameter) {
    return parameter.location().name().toLowerCase(Locale.ROOT) + ":" + parameter.name();
  }

  /** The path with each placeholder replaced; a placeholder without a value stays as it is. */
  private static String expand(String template, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      matcher.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : matcher.group()));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
