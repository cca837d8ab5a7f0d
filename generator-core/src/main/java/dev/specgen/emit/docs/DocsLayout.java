package dev.specgen.emit.docs;

import com.palantir.javapoet.ClassName;
import dev.specgen.emit.EmitContext;
import dev.specgen.emit.OutputPaths;
import dev.specgen.emit.client.EnvironmentVariables;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.Operation;
import dev.specgen.ir.SecurityScheme;
import dev.specgen.ir.TypeDef;
import dev.specgen.naming.JavaNames;
import dev.specgen.naming.NameScope;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where everything of one spec's docs goes: page file names, model anchors, snippet class names
 * and the environment variables the examples read credentials from. Operations are found by
 * identity: pass the operations of the model the layout was made from.
 */
final class DocsLayout {

  static final String README = "README.md";
  static final String MODELS = "models.md";

  private static final Pattern SAFE_FILE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,100}");

  private final ApiModel model;
  private final EmitContext context;
  private final String folder;
  // By identity: lookups pass the model's own operations, and a record's hashCode walks its whole tree.
  private final Map<Operation, String> pages = new IdentityHashMap<>();
  private final Map<Operation, ClassName> snippetClasses = new IdentityHashMap<>();
  private final Map<String, String> modelAnchors = new LinkedHashMap<>();
  private final ClassName setupClass;

  DocsLayout(ApiModel model, EmitContext context) {
    this.model = model;
    this.context = context;
    this.folder = OutputPaths.docsFolder(context.specFile());
    NameScope files = new NameScope("-");
    files.reserve("README");
    files.reserve("models");
    NameScope classes = new NameScope();
    this.setupClass = ClassName.get(snippetPackage(), classes.allocate(model.apiName() + "ClientSetup"));
    for (Operation operation : model.operations()) {
      String base = SAFE_FILE.matcher(operation.operationId()).matches() && !operation.operationId().endsWith(".")
          ? operation.operationId()
          : operation.javaName();
      pages.put(operation, files.allocate(base) + ".md");
      snippetClasses.put(operation, ClassName.get(snippetPackage(),
          classes.allocate(JavaNames.typeName(operation.javaName()) + "Snippet")));
    }
    Slugger slugger = new Slugger();
    slugger.slug(ModelsPage.TITLE);
    for (TypeDef type : model.types()) {
      modelAnchors.put(type.name(), slugger.slug(type.name()));
    }
  }

  /** The docs folder of the spec, {@code front}: every DOCS path starts with it. */
  String folder() {
    return folder;
  }

  /** {@code front/README.md}. */
  String path(String page) {
    return folder + "/" + page;
  }

  /** The page of an operation, relative to the docs folder: {@code listContactConversations.md}. */
  String page(Operation operation) {
    return pages.get(operation);
  }

  /** {@code models.md#conversation} from another page, {@code #conversation} from the models page. */
  String modelLink(String typeName, boolean fromModelsPage) {
    return (fromModelsPage ? "" : MODELS) + "#" + modelAnchors.get(typeName);
  }

  String snippetPackage() {
    return context.packageName() + ".snippets";
  }

  ClassName snippetClass(Operation operation) {
    return snippetClasses.get(operation);
  }

  /** {@code FrontClientSetup}: the client set-up examples of the README. */
  ClassName setupClass() {
    return setupClass;
  }

  /** {@code com/acme/front/snippets/ListContactConversationsSnippet.java}. */
  String snippetPath(ClassName snippet) {
    return OutputPaths.javaFile(snippet);
  }

  /** {@code FRONT}: the prefix of the example environment variables. */
  String envPrefix() {
    return envPrefix(model);
  }

  static String envPrefix(ApiModel model) {
    return EnvironmentVariables.prefix(model);
  }

  /**
   * The variables the examples read a scheme's credentials from: {@code FRONT_API_TOKEN} for a
   * bearer token, {@code CHATWOOT_API_ACCESS_TOKEN} for an API key named {@code api_access_token},
   * a user name and a password for basic auth.
   */
  List<String> envVariables(SecurityScheme scheme) {
    return envVariables(model, scheme);
  }

  static List<String> envVariables(ApiModel model, SecurityScheme scheme) {
    return EnvironmentVariables.credentials(model, scheme);
  }
}
