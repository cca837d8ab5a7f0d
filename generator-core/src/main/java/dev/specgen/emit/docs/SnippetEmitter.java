package dev.specgen.emit.docs;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specgen.emit.EmitContext;
import dev.specgen.emit.GeneratedFile;
import dev.specgen.emit.JavaFiles;
import dev.specgen.emit.Javadocs;
import dev.specgen.emit.docs.ClientSurface.Call;
import dev.specgen.emit.docs.ExampleRequest.Arg;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.Operation;
import dev.specgen.ir.SecurityScheme;
import dev.specgen.naming.JavaNames;
import dev.specgen.naming.NameScope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Emits the docs' Java examples as classes that compile with the generated client, and gives back
 * the text the pages show. Each example is a static method whose body ends with {@code return x;}:
 * the page shows the body of the compiled file (with its imports) without that last line, so what
 * a reader copies is exactly what the build compiled.
 */
final class SnippetEmitter {

  static final ClassName RETRY_POLICY = ClassName.get("dev.specgen.runtime.retry", "RetryPolicy");

  private static final Pattern IMPORT = Pattern.compile("(?m)^import ([\\w.]+)\\.(\\w+);$");

  private final ApiModel model;
  private final EmitContext context;
  private final ClientSurface surface;
  private final DocsLayout layout;
  private final JavaValues values;

  SnippetEmitter(ApiModel model, EmitContext context, ClientSurface surface, DocsLayout layout) {
    this.model = model;
    this.context = context;
    this.surface = surface;
    this.layout = layout;
    this.values = new JavaValues(model, surface.types());
  }

  /**
   * A compiled snippet class and the code its methods show.
   *
   * @param shown the code shown per method name, with the imports it needs
   */
  record Snippets(GeneratedFile file, Map<String, String> shown) {

    String show(String method) {
      return shown.get(method);
    }
  }

  // ---- operation snippets

  // Emits:
  //   public final class ListContactConversationsSnippet {
  //     public static ConversationPage run(FrontClient client) { ...request...; response = client.op(request); return response; }
  //     public static List<Conversation> runAll(FrontClient client) { ...; for (Conversation c : client.opAll(request)) {...} }
  //   }
  Snippets operation(Call call, List<Arg> args, List<Arg> allPagesArgs) {
    ClassName name = layout.snippetClass(call.operation());
    TypeSpec.Builder type = snippetClass(name, "The Java examples of <code>$L</code> in the docs ($L).",
        Javadocs.escape(call.operation().operationId()), Javadocs.escape(layout.path(layout.page(call.operation()))));
    type.addMethod(run(call, args).addJavadoc(runJavadoc(call)).build());
    call.paging().ifPresent(paging -> type.addMethod(runAll(call, paging, allPagesArgs)));
    List<String> methods = call.paging().isPresent() ? List.of("run", "runAll") : List.of("run");
    return snippets(name, type.build(), context.sourceOf(call.operation().origin()), methods);
  }

  /**
   * The one-call example with no values set, as the page shows it (imports first): the HTML
   * reference's script adds the setters the user fills in before its {@code .build();} line.
   */
  String callSkeleton(Call call) {
    return shownRun(call, List.of());
  }

  /**
   * The one-call example with {@code args}, as {@link #operation} shows it under {@code "run"}: for
   * the client's Javadoc, which needs neither the all-pages example nor the snippet file.
   */
  String shownRun(Call call, List<Arg> args) {
    String file = renderedRun(call, args);
    return shown(file, "run");
  }

  /**
   * The statements of {@link #shownRun} without the imports they need, for the client's Javadoc,
   * whose example is text in the client's own package.
   *
   * <p>The client's Javadoc shows one per operation, so they are rendered without a file around
   * them where that gives the same text: with simple type names ({@link ShownTypeNames}), in one
   * pass of JavaPoet instead of a file's two (one to find the imports, one to write), and with
   * four-space indentation made from JavaPoet's default two. Where it might not give the same
   * text, the statements come from the rendered file like the page's.
   */
  String shownRunStatements(Call call, List<Arg> args) {
    return shownRunStatementsWithoutFile(call, args).orElseGet(() -> shownRunStatementsOfTheFile(call, args));
  }

  /** The statements of {@link #shownRun} rendered on their own; empty where that might differ from the file. */
  Optional<String> shownRunStatementsWithoutFile(Call call, List<Arg> args) {
    ShownTypeNames names = new ShownTypeNames();
    names.name(surface.client());
    CodeBlock statements = statements(call, args, new JavaValues(model, surface.types(), names), names);
    if (!names.asAFileWritesThem(layout.snippetClass(call.operation()).simpleName())) {
      return Optional.empty();
    }
    return withFourSpaceIndent(statements.toString());
  }

  /** The statements of {@link #shownRun}, taken from the rendered snippet file. */
  String shownRunStatementsOfTheFile(Call call, List<Arg> args) {
    return body(renderedRun(call, args), "run");
  }

  /**
   * {@code code}, rendered with JavaPoet's default indent of two spaces, as a file with an indent of
   * four renders it; empty when a line of it may start inside a string literal (after a Unicode line
   * or paragraph separator, where JavaPoet also breaks lines), whose spaces are not indentation.
   */
  static Optional<String> withFourSpaceIndent(String code) {
    if (code.indexOf('\u2028') >= 0 || code.indexOf('\u2029') >= 0) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder(code.length() + code.length() / 4);
    int lineStart = 0;
    while (lineStart < code.length()) {
      int indent = lineStart;
      while (indent < code.length() && code.charAt(indent) == ' ') {
        indent++;
      }
      int lineEnd = code.indexOf('\n', indent);
      int next = lineEnd < 0 ? code.length() : lineEnd + 1;
      out.append(code, lineStart, indent).append(code, lineStart, indent).append(code, indent, next);
      lineStart = next;
    }
    return Optional.of(out.toString());
  }

  /**
   * A class with only the {@code run} method of {@link #operation}, without the Javadoc and
   * annotations the compiled snippet carries: its body and the imports the body uses render the
   * same, and the client's Javadoc renders one per operation.
   */
  private String renderedRun(Call call, List<Arg> args) {
    ClassName name = layout.snippetClass(call.operation());
    TypeSpec type = TypeSpec.classBuilder(name).addMethod(run(call, args).build()).build();
    return JavaFiles.render(name.packageName(), type, context.sourceOf(call.operation().origin()));
  }

  // Emits: public static ConversationPage run(FrontClient client) { ...statements...; return response; }
  private MethodSpec.Builder run(Call call, List<Arg> args) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("run")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(surface.client(), "client");
    CodeBlock.Builder body = statements(call, args, values, TypeNaming.AS_GIVEN).toBuilder();
    call.responseType().ifPresent(response -> {
      method.returns(response);
      body.add("return response;\n");
    });
    return method.addCode(body.build());
  }

  // Emits: ListContactConversationsRequest request = ...;
  //        ConversationPage response = client.listContactConversations(request);
  private CodeBlock statements(Call call, List<Arg> args, JavaValues values, TypeNaming typeNames) {
    Operation operation = call.operation();
    CodeBlock.Builder body = CodeBlock.builder();
    call.requestType().ifPresent(request -> body.add(request(typeNames.name(request), args, values)));
    String arguments = call.requestType().isPresent() ? "request" : "";
    if (call.responseType().isPresent()) {
      body.add("$T response = client.$N($L);\n", typeNames.name(call.responseType().get()), operation.javaName(),
          arguments);
    } else {
      body.add("client.$N($L);\n", operation.javaName(), arguments);
    }
    return body.build();
  }

  /** The Javadoc of the compiled snippet's {@code run} method. */
  private static CodeBlock runJavadoc(Call call) {
    return CodeBlock.builder()
        .add("Calls <code>$L</code> once with the example values.\n\n@param client the client to call\n",
            Javadocs.escape(call.operation().operationId()))
        .add(call.responseType().isPresent() ? "@return the response\n" : "")
        .build();
  }

  // Emits:
  //   List<Conversation> conversations = new ArrayList<>();
  //   for (Conversation conversation : client.listContactConversationsAll(request)) {
  //     conversations.add(conversation);
  //   }
  private MethodSpec runAll(Call call, ClientSurface.Paging paging, List<Arg> args) {
    TypeName listType = ParameterizedTypeName.get(ClassName.get(List.class), paging.itemType());
    NameScope names = new NameScope();
    List.of("client", "request", "options").forEach(names::reserve);
    String item = names.allocate(itemName(paging.itemType()));
    String items = names.allocate(plural(item));
    CodeBlock body = CodeBlock.builder()
        .add(request(call.requestType().orElseThrow(), args, values))
        .add("$T $N = new $T<>();\n", listType, items, ArrayList.class)
        .beginControlFlow("for ($T $N : client.$N(request))", paging.itemType(), item,
            call.operation().javaName() + "All")
        .add("$N.add($N);\n", items, item)
        .endControlFlow()
        .add("return $N;\n", items)
        .build();
    return MethodSpec.methodBuilder("runAll")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("Iterates over every item of <code>$L</code>, page after page, from the first page.\n\n"
            + "@param client the client to call\n@return the items of every page\n",
            Javadocs.escape(call.operation().operationId()))
        .addParameter(surface.client(), "client")
        .returns(listType)
        .addCode(body)
        .build();
  }

  // Emits: ListContactConversationsRequest request = ListContactConversationsRequest.builder()
  //            .contactId("crd_123")
  //            .build();
  private static CodeBlock request(ClassName requestType, List<Arg> args, JavaValues values) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T request = $T.builder()$>", requestType, requestType);
    for (Arg arg : args) {
      code.add("\n.$N($L)", arg.setter().setter(), values.render(arg.value(), arg.setter().type()));
    }
    return code.add("\n.build();\n$<").build();
  }

  // ---- client set-up snippets

  /** The schemes the README's client sets: the first way of authenticating an operation uses. */
  List<ClientSurface.Credential> defaultCredentials(ApiModel model) {
    return model.operations().stream()
        .filter(o -> !o.security().isEmpty())
        .findFirst()
        .map(o -> credentials(o.security().get(0).schemes().keySet()))
        .orElse(List.of());
  }

  List<ClientSurface.Credential> credentials(Set<String> schemeKeys) {
    Set<String> setters = new LinkedHashSet<>();
    List<ClientSurface.Credential> out = new ArrayList<>();
    for (String key : schemeKeys) {
      surface.credential(key).filter(c -> setters.add(c.setter())).ifPresent(out::add);
    }
    return out;
  }

  // Emits:
  //   public final class FrontClientSetup {
  //     public static FrontClient fromEnvironment() { return FrontClient.fromEnv(); }
  //     public static FrontClient throughGateway(String gatewayUrl) { ... .baseUrl(gatewayUrl) ... }
  //     public static FrontClient tuned() { ...timeouts, retries, a header... }
  //   }
  Snippets setup(List<ClientSurface.Credential> credentials, Optional<String> baseUrlToSet) {
    ClassName name = layout.setupClass();
    ClassName client = surface.client();
    CodeBlock authenticated = CodeBlock.builder()
        .add(baseUrlToSet.map(url -> CodeBlock.of("\n.baseUrl($S)", url)).orElse(CodeBlock.of("")))
        .add(credentialCalls(credentials))
        .build();
    TypeSpec type = snippetClass(name, "The client set-up examples of the docs ($L).",
            layout.path(DocsLayout.README))
        .addMethod(fromEnvironment(client))
        .addMethod(clientMethod("throughGateway", "A client for a gateway that adds the credentials itself.",
            client, "gatewayUrl", CodeBlock.of("\n.baseUrl(gatewayUrl)")))
        .addMethod(clientMethod("tuned", "A client with its own timeouts, retries and an extra header.",
            client, null, CodeBlock.builder().add(authenticated)
                .add("\n.connectTimeout($T.ofSeconds(5))", Duration.class)
                .add("\n.requestTimeout($T.ofSeconds(30))", Duration.class)
                .add("\n.retryPolicy($T.builder().maxAttempts(3).build())", RETRY_POLICY)
                .add("\n.header($S, $S)", "X-Request-Source", "specgen-docs")
                .build()))
        .build();
    return snippets(name, type, context.specName(), List.of("fromEnvironment", "throughGateway", "tuned"));
  }

  private CodeBlock credentialCalls(List<ClientSurface.Credential> credentials) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (ClientSurface.Credential credential : credentials) {
      List<String> variables = layout.envVariables(credential.scheme());
      if (credential.scheme().kind() == SecurityScheme.Kind.BASIC) {
        code.add("\n.$N($T.getenv($S), $T.getenv($S))", credential.setter(), System.class, variables.get(0),
            System.class, variables.get(1));
      } else {
        code.add("\n.$N($T.getenv($S))", credential.setter(), System.class, variables.get(0));
      }
    }
    return code.build();
  }

  /** The client's own {@code fromEnv()}: base URL and credentials from the variables the README names. */
  private static MethodSpec fromEnvironment(ClassName client) {
    return MethodSpec.methodBuilder("fromEnvironment")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("A client whose base URL and credentials come from the environment variables the README names.\n\n")
        .addJavadoc("@return the client\n")
        .returns(client)
        .addStatement("$T client = $T.fromEnv()", client, client)
        .addStatement("return client")
        .build();
  }

  private static MethodSpec clientMethod(String name, String doc, ClassName client, String parameter,
      CodeBlock settings) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("$L\n\n", doc)
        .returns(client);
    if (parameter != null) {
      method.addParameter(String.class, parameter)
          .addJavadoc("@param $N the URL of the gateway\n", parameter);
    }
    method.addJavadoc("@return the client\n");
    return method.addCode(CodeBlock.builder()
            .add("$T client = $T.builder()$>", client, client)
            .add(settings)
            .add("\n.build();\n$<")
            .add("return client;\n")
            .build())
        .build();
  }

  // ---- files and shown text

  private static TypeSpec.Builder snippetClass(ClassName name, String doc, Object... args) {
    return TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(JavaFiles.generatedBy(DocsEmitter.class))
        .addJavadoc(doc + "\n", args)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
  }

  private Snippets snippets(ClassName name, TypeSpec type, String source, List<String> methods) {
    String text = JavaFiles.render(name.packageName(), type, source);
    Map<String, String> shown = new LinkedHashMap<>();
    for (String method : methods) {
      shown.put(method, shown(text, method));
    }
    return new Snippets(new GeneratedFile(GeneratedFile.Target.SNIPPETS, layout.snippetPath(name), text), shown);
  }

  /** The body of {@code method} in the file's text, without its last {@code return}, after the imports it uses. */
  static String shown(String file, String method) {
    String body = body(file, method);
    StringBuilder imports = new StringBuilder();
    Matcher matcher = IMPORT.matcher(file);
    while (matcher.find()) {
      if (containsWord(body, matcher.group(2))) {
        imports.append(matcher.group()).append('\n');
      }
    }
    return (imports.length() == 0 ? "" : imports + "\n") + body;
  }

  /** The body of {@code method} in the file's text, unindented, without its last {@code return}. */
  private static String body(String file, String method) {
    int signature = file.indexOf(" " + method + "(");
    int start = file.indexOf("{\n", signature) + 2;
    int end = file.indexOf("\n    }\n", start);
    List<String> lines = new ArrayList<>(List.of(file.substring(start, end).split("\n", -1)));
    if (lines.get(lines.size() - 1).strip().startsWith("return ")) {
      lines.remove(lines.size() - 1);
    }
    StringBuilder body = new StringBuilder();
    for (String line : lines) {
      body.append(line.startsWith("        ") ? line.substring(8) : line.strip()).append('\n');
    }
    return body.toString();
  }

  /** Whether {@code word} occurs in {@code text} as a whole Java identifier. */
  static boolean containsWord(CharSequence text, String word) {
    String haystack = text.toString();
    for (int at = haystack.indexOf(word); at >= 0; at = haystack.indexOf(word, at + 1)) {
      int end = at + word.length();
      if ((at == 0 || !Character.isJavaIdentifierPart(haystack.charAt(at - 1)))
          && (end == haystack.length() || !Character.isJavaIdentifierPart(haystack.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private static String itemName(TypeName itemType) {
    if (itemType instanceof ClassName className) {
      String name = JavaNames.memberName(className.simpleName());
      return name.endsWith("_") ? "item" : name;
    }
    return "item";
  }

  private static String plural(String name) {
    if (name.endsWith("y") && name.length() > 1 && "aeiou".indexOf(name.charAt(name.length() - 2)) < 0) {
      return name.substring(0, name.length() - 1) + "ies";
    }
    if (name.endsWith("s") || name.endsWith("x") || name.endsWith("ch") || name.endsWith("sh")) {
      return name + "es";
    }
    return name + "s";
  }
}
