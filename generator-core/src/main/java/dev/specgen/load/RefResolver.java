package dev.specgen.load;

import dev.specgen.diag.Diagnostics;
import dev.specgen.diag.Location;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Follows {@code $ref}s: local ({@code #/components/schemas/X}), into other files ({@code
 * ./common.yaml#/components/schemas/X}, {@code ../common/x.json#/...}), with JSON-pointer escapes
 * ({@code ~0}, {@code ~1}) and percent-encoding.
 *
 * <p>Resolution is lazy, one {@code $ref} at a time, so recursive schemas are fine; only chains of
 * {@code $ref}s that lead back to themselves are errors. References are confined to {@code
 * refRoot}: a {@code $ref} that leaves it is refused.
 */
public final class RefResolver {

  /** A URL with a scheme: references to other hosts are not followed. */
  private static final Pattern REMOTE = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://.*");

  /** A JSON pointer token that indexes a list. */
  private static final Pattern LIST_INDEX = Pattern.compile("0|[1-9][0-9]{0,8}");

  private final SpecFiles files;
  private final Path refRoot;
  private final Diagnostics diagnostics;
  private Consumer<Node> targetListener = target -> { };
  private String refRootOption = "refRoot";

  public RefResolver(SpecFiles files, Path refRoot, Diagnostics diagnostics) {
    this.files = files;
    this.refRoot = refRoot.toAbsolutePath().normalize();
    this.diagnostics = diagnostics;
  }

  /** Names the setting that widens the confinement folder in messages ({@code --ref-root}). */
  public RefResolver withRefRootOption(String option) {
    this.refRootOption = option;
    return this;
  }

  /**
   * Calls {@code listener} with every node a {@code $ref} leads to from now on (replacing the
   * previous listener), so a reader can tell which parts of a spec are reached from where.
   */
  public void onTarget(Consumer<Node> listener) {
    this.targetListener = listener;
  }

  /** The same resolver, reporting the references it cannot follow to {@code other} instead. */
  public RefResolver reportingTo(Diagnostics other) {
    return new RefResolver(files, refRoot, other);
  }

  /** The {@code $ref} string of a mapping, if it has one. */
  public static Optional<String> refOf(Node node) {
    if (node instanceof MapNode map && map.get("$ref").orElse(null) instanceof ScalarNode ref
        && ref.isString()) {
      return Optional.of(ref.text());
    }
    return Optional.empty();
  }

  /**
   * Follows {@code node}'s {@code $ref} chain to a node that is not itself a pure reference.
   * Returns {@code node} unchanged when it has no {@code $ref}; empty (with a reported error) when
   * a reference cannot be followed or is not a string.
   */
  public Optional<Node> resolve(Node node) {
    Set<String> seen = new LinkedHashSet<>();
    Node current = node;
    while (true) {
      Optional<String> ref = refOf(current);
      if (ref.isEmpty()) {
        return reportsNonStringRef(current) ? Optional.empty() : Optional.of(current);
      }
      String target = identity(current.location().file(), ref.get());
      if (!seen.add(target)) {
        diagnostics.error(whereRefIsWritten(current),
            "$ref '" + ref.get() + "' refers back to itself (" + String.join(" -> ", seen) + ")");
        return Optional.empty();
      }
      Optional<Node> next = follow(current, ref.get());
      if (next.isEmpty()) {
        return Optional.empty();
      }
      current = next.get();
    }
  }

  /** Reports, and returns true, when {@code node} has a {@code $ref} that is not a string. */
  private boolean reportsNonStringRef(Node node) {
    if (node instanceof MapNode map && map.has("$ref")) {
      Node value = map.get("$ref").get();
      diagnostics.error(value.location(), "'$ref' must be a string, found " + value.kindName());
      return true;
    }
    return false;
  }

  /** Follows exactly one {@code $ref}, reporting why when it cannot. */
  public Optional<Node> follow(Node holder, String ref) {
    Location at = whereRefIsWritten(holder);
    int hash = ref.indexOf('#');
    String filePart = hash < 0 ? ref : ref.substring(0, hash);
    String fragment = hash < 0 ? "" : ref.substring(hash + 1);
    if (!filePart.isEmpty() && REMOTE.matcher(filePart).matches()) {
      diagnostics.error(at, "$ref '" + ref + "' is a remote reference; only files are supported");
      return Optional.empty();
    }
    Optional<Node> document = documentFor(holder, filePart, ref, at);
    if (document.isEmpty()) {
      return Optional.empty();
    }
    List<String> tokens;
    try {
      tokens = JsonPointers.parseFragment(fragment);
    } catch (IllegalArgumentException e) {
      diagnostics.error(at, "$ref '" + ref + "' has a malformed JSON pointer: " + e.getMessage());
      return Optional.empty();
    }
    Optional<Node> target = walk(document.get(), tokens, ref, at);
    target.ifPresent(targetListener);
    return target;
  }

  private Optional<Node> documentFor(Node holder, String filePart, String ref, Location at) {
    Path currentFile = holder.location().file();
    if (filePart.isEmpty()) {
      return files.document(currentFile);
    }
    Path target;
    try {
      target = resolveSibling(currentFile, filePart).normalize();
    } catch (IllegalArgumentException e) { // also java.nio.file.InvalidPathException
      diagnostics.error(at, "$ref '" + ref + "' has a malformed file name: " + e.getMessage());
      return Optional.empty();
    }
    if (!target.toAbsolutePath().normalize().startsWith(refRoot)) {
      diagnostics.error(at, "$ref '" + ref + "' leaves the folder " + refRoot
          + " that references are confined to (widen it with the " + refRootOption + " option)");
      return Optional.empty();
    }
    return files.referencedDocument(target, at, ref);
  }

  private Optional<Node> walk(Node document, List<String> tokens, String ref, Location at) {
    Node current = document;
    for (String token : tokens) {
      Optional<Node> next = Optional.empty();
      if (current instanceof MapNode map) {
        next = map.get(token);
      } else if (current instanceof ListNode list && LIST_INDEX.matcher(token).matches()) {
        int index = Integer.parseInt(token);
        next = index < list.items().size() ? Optional.of(list.items().get(index)) : Optional.empty();
      }
      if (next.isEmpty()) {
        diagnostics.error(at, "unknown $ref '" + ref + "'");
        return Optional.empty();
      }
      current = next.get();
    }
    return Optional.of(current);
  }

  /** The location of the {@code $ref} value, which is where a reference's mistakes are. */
  private static Location whereRefIsWritten(Node holder) {
    if (holder instanceof MapNode map && map.get("$ref").isPresent()) {
      return map.get("$ref").get().location();
    }
    return holder.location(); // a mapping value that names a schema, e.g. a discriminator mapping
  }

  private static String identity(Path file, String ref) {
    int hash = ref.indexOf('#');
    String filePart = hash < 0 ? ref : ref.substring(0, hash);
    String target;
    try {
      target = filePart.isEmpty() ? file.toString() : resolveSibling(file, filePart).toString();
    } catch (IllegalArgumentException e) {
      target = filePart;
    }
    return target + "#" + (hash < 0 ? "" : ref.substring(hash + 1));
  }

  /** {@code relative} resolved against the folder of {@code file}; throws on a bad name. */
  private static Path resolveSibling(Path file, String relative) {
    Path base = file.getParent() == null ? Path.of("") : file.getParent();
    return base.resolve(JsonPointers.percentDecode(relative)).normalize();
  }
}
