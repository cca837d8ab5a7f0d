package dev.specgen.emit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JdkClassesTest {

  private static final List<String> PACKAGES = List.of("java.lang", "java.util", "java.util.function",
      "java.time", "java.math", "javax.annotation.processing");

  @Test
  void findsClassesOfEveryPackageAndOfAnyAccessAsClassForNameDoes() {
    List<String> names = List.of("String", "Override", "List", "ImmutableCollections", "Function", "Instant",
        "BigDecimal", "Generated", "Conversation", "ItemPage", "Item7", "list", "Uuid");
    try (JdkClasses jdk = new JdkClasses(PACKAGES)) {
      for (String name : names) {
        assertThat(jdk.has(name)).as(name).isEqualTo(loadable(name));
      }
      assertThat(jdk.has("ImmutableCollections")).isTrue(); // package-private in java.util
      assertThat(jdk.has("Generated")).isTrue(); // javax.annotation.processing, module java.compiler
      assertThat(jdk.has("Conversation")).isFalse();
    }
  }

  @Test
  void aPackageNoModuleHoldsIsAskedOfTheClassLoader() {
    try (JdkClasses classes = new JdkClasses(List.of("dev.specgen.emit.model"))) {
      assertThat(classes.has("JdkClasses")).isTrue();
      assertThat(classes.has("NoSuchClass")).isFalse();
    }
  }

  private static boolean loadable(String simpleName) {
    for (String jdkPackage : PACKAGES) {
      try {
        Class.forName(jdkPackage + "." + simpleName, false, JdkClassesTest.class.getClassLoader());
        return true;
      } catch (ClassNotFoundException e) {
        // try the next package
      }
    }
    return false;
  }
}
