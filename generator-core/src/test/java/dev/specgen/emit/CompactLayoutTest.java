package dev.specgen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompactLayoutTest {

  @Test
  void oneLineMembersAndEnumConstantsLoseTheBlankLinesBetweenThem() {
    String java = """
        class A {
            private String id;

            private final int count;

            public Builder id(String id) {
                return this;
            }
        }
        enum B {
            ACTIVE,

            CLOSED,

            _UNKNOWN
        }
        """;
    assertThat(CompactLayout.compact(java)).isEqualTo("""
        class A {
            private String id;
            private final int count;

            public Builder id(String id) {
                return this;
            }
        }
        enum B {
            ACTIVE,
            CLOSED,
            _UNKNOWN
        }
        """);
  }

  @Test
  void oneMemberAnnotationsAndUntaggedOneLineCommentsGoOnOneLineWhenTheyFit() {
    String java = """
            @JsonCreator(
                    mode = JsonCreator.Mode.DELEGATING
            )
            /**
             * The value as sent.
             */
            /**
             * @return a tag keeps its lines
             */
        """;
    assertThat(CompactLayout.compact(java)).isEqualTo("""
            @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
            /** The value as sent. */
            /**
             * @return a tag keeps its lines
             */
        """);
  }

  @Test
  void anEmptyBlockClosesOnTheLineThatOpensIt() {
    String java = """
            private Builder() {
            }

            public void run() {
                list.forEach(item -> {
                });
                if (ready) {
            }
        }
        """;
    assertThat(CompactLayout.compact(java)).isEqualTo("""
            private Builder() {}

            public void run() {
                list.forEach(item -> {
                });
                if (ready) {
            }
        }
        """);
  }

  @Test
  void linesThatWouldPassTheWidthStayAsTheyAre() {
    String words = "word ".repeat(20).trim();
    String java = "    /**\n     * " + words + "\n     */\n";
    assertThat(CompactLayout.compact(java)).isEqualTo(java);
    String block = "    public void " + "m".repeat(80) + "() {\n    }\n";
    assertThat(CompactLayout.compact(block)).isEqualTo(block);
  }
}
