package dev.specgen.read;

import dev.specgen.diag.Diagnostic;
import dev.specgen.diag.Diagnostics;
import dev.specgen.diag.Location;
import dev.specgen.load.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which operations use which shared parts of a spec (anything an operation reaches through a
 * {@code $ref}: component parameters, responses, schemas, other files), so that a diagnostic about
 * a shared part also names the operations it affects: the part alone does not tell the reader
 * which calls of the generated client are concerned.
 */
final class SharedComponentUsers {

  /** At most this many operations are named; the rest are counted. */
  private static final int NAMED = 3;

  private final Map<String, Set<String>> usersByTarget = new HashMap<>();
  private String currentOperation;

  /** Attributes the {@code $ref} targets reached from now on to {@code operationId}. */
  void enterOperation(String operationId) {
    currentOperation = operationId;
  }

  /** Stops attributing targets to an operation. */
  void leaveOperation() {
    currentOperation = null;
  }

  /** Records that the current operation, if any, reached {@code target} through a {@code $ref}. */
  void reached(Node target) {
    if (currentOperation != null) {
      usersByTarget.computeIfAbsent(key(target.location().file().toString(), target.location().pointer()),
          k -> new TreeSet<>()).add(currentOperation);
    }
  }

  /** {@code diagnostics}, with the users named in each diagnostic that lies inside a shared part. */
  Diagnostics annotate(Diagnostics diagnostics) {
    if (usersByTarget.isEmpty()) {
      return diagnostics;
    }
    Diagnostics annotated = new Diagnostics();
    for (Diagnostic diagnostic : diagnostics.all()) {
      Set<String> users = usersOf(diagnostic.location());
      annotated.add(users.isEmpty() ? diagnostic : new Diagnostic(diagnostic.severity(),
          diagnostic.message() + "; used by " + describe(users), diagnostic.location()));
    }
    return annotated;
  }

  /** The users of every shared part that contains {@code location}: its pointer and its parents. */
  private Set<String> usersOf(Location location) {
    Set<String> users = new TreeSet<>();
    String file = location.file().toString();
    String pointer = location.pointer();
    while (true) {
      users.addAll(usersByTarget.getOrDefault(key(file, pointer), Set.of()));
      int slash = pointer.lastIndexOf('/');
      if (slash < 0) {
        return users;
      }
      pointer = pointer.substring(0, slash);
    }
  }

  private static String describe(Set<String> users) {
    List<String> names = new ArrayList<>(users);
    if (names.size() == 1) {
      return "operation " + names.get(0);
    }
    if (names.size() <= NAMED) {
      return "operations " + String.join(", ", names.subList(0, names.size() - 1)) + " and "
          + names.get(names.size() - 1);
    }
    return "operations " + String.join(", ", names.subList(0, NAMED)) + " and "
        + (names.size() - NAMED) + " more";
  }

  private static String key(String file, String pointer) {
    return file + "#" + pointer;
  }
}
