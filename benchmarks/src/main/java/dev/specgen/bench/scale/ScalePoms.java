package dev.specgen.bench.scale;

import dev.specgen.bench.scale.ScaleProject.Tool;
import java.util.Map;

/** The text of the scale project's POMs and {@code .mvn/} files. */
final class ScalePoms {

  private ScalePoms() {}

  static String parent(Tool tool, String modules, Map<String, String> versions) {
    StringBuilder properties = new StringBuilder();
    versions.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> properties
        .append("    <").append(e.getKey()).append('>').append(e.getValue())
        .append("</").append(e.getKey()).append(">\n"));
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>bench.scale</groupId>
          <artifactId>scale-%s</artifactId>
          <version>1.0</version>
          <packaging>pom</packaging>
          <modules>
        %s  </modules>
          <properties>
            <maven.compiler.release>17</maven.compiler.release>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
        %s  </properties>
          <build>
            <pluginManagement>
              <plugins>
                <plugin>
                  <groupId>org.apache.maven.plugins</groupId>
                  <artifactId>maven-clean-plugin</artifactId>
                  <version>3.5.0</version>
                </plugin>
                <plugin>
                  <groupId>org.apache.maven.plugins</groupId>
                  <artifactId>maven-resources-plugin</artifactId>
                  <version>3.3.1</version>
                </plugin>
                <plugin>
                  <groupId>org.apache.maven.plugins</groupId>
                  <artifactId>maven-compiler-plugin</artifactId>
                  <version>3.14.1</version>
                </plugin>
              </plugins>
            </pluginManagement>
          </build>
        </project>
        """.formatted(tool.folder, modules, properties);
  }

  static String module(String name, Tool tool, String plugin) {
    String dependencies = tool == Tool.SPECGEN ? dependency("dev.specgen", "specgen-runtime",
        "${specgen.version}") : openapiGeneratorDependencies();
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <parent>
            <groupId>bench.scale</groupId>
            <artifactId>scale-%s</artifactId>
            <version>1.0</version>
          </parent>
          <artifactId>%s</artifactId>
          <dependencies>
        %s  </dependencies>
          <build>
            <plugins>
        %s    </plugins>
          </build>
        </project>
        """.formatted(tool.folder, name, dependencies, plugin);
  }

  static String specgenPlugin(String packageName) {
    return """
              <plugin>
                <groupId>dev.specgen</groupId>
                <artifactId>specgen-maven-plugin</artifactId>
                <version>${specgen.version}</version>
                <executions>
                  <execution>
                    <goals>
                      <goal>generate</goal>
                    </goals>
                  </execution>
                </executions>
                <configuration>
                  <packageName>%s</packageName>
                </configuration>
              </plugin>
        """.formatted(packageName);
  }

  static String openapiGeneratorPlugin(String executions) {
    return """
              <plugin>
                <groupId>org.openapitools</groupId>
                <artifactId>openapi-generator-maven-plugin</artifactId>
                <version>${openapi-generator.version}</version>
                <executions>
        %s        </executions>
              </plugin>
        """.formatted(executions);
  }

  /** One spec: the Java native client, its docs, no tests, skipped when the spec is unchanged. */
  static String openapiGeneratorExecution(String spec, String pkg) {
    return """
                  <execution>
                    <id>%1$s</id>
                    <goals>
                      <goal>generate</goal>
                    </goals>
                    <configuration>
                      <inputSpec>${project.basedir}/src/main/specs/%1$s.json</inputSpec>
                      <output>${project.build.directory}/generated-sources/openapi/%1$s</output>
                      <generatorName>java</generatorName>
                      <library>native</library>
                      <apiPackage>%2$s.api</apiPackage>
                      <modelPackage>%2$s.model</modelPackage>
                      <invokerPackage>%2$s.client</invokerPackage>
                      <skipIfSpecIsUnchanged>true</skipIfSpecIsUnchanged>
                      <generateApiTests>false</generateApiTests>
                      <generateModelTests>false</generateModelTests>
                      <configOptions>
                        <openApiNullable>false</openApiNullable>
                        <useJakartaEe>true</useJakartaEe>
                      </configOptions>
                    </configuration>
                  </execution>
        """.formatted(spec, pkg);
  }

  private static String openapiGeneratorDependencies() {
    return dependency("com.fasterxml.jackson.core", "jackson-databind", "${jackson.version}")
        + dependency("com.fasterxml.jackson.datatype", "jackson-datatype-jsr310", "${jackson.version}")
        + dependency("jakarta.annotation", "jakarta.annotation-api", "${jakarta-annotation.version}")
        + dependency("com.google.code.findbugs", "jsr305", "${jsr305.version}");
  }

  private static String dependency(String group, String artifact, String version) {
    return """
            <dependency>
              <groupId>%s</groupId>
              <artifactId>%s</artifactId>
              <version>%s</version>
            </dependency>
        """.formatted(group, artifact, version);
  }

  static String extensions(Map<String, String> versions) {
    return """
        <extensions>
          <extension>
            <groupId>org.apache.maven.extensions</groupId>
            <artifactId>maven-build-cache-extension</artifactId>
            <version>%s</version>
          </extension>
        </extensions>
        """.formatted(versions.get("build-cache-extension.version"));
  }

  /** The README's build cache setup; openapi-generator's docs and state live in its own folder. */
  static String cacheConfig(Tool tool) {
    String dirNames = tool == Tool.SPECGEN
        ? "<dirName>generated-docs</dirName><dirName>specgen-state</dirName>" : "";
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <cache xmlns="http://maven.apache.org/BUILD-CACHE-CONFIG/1.0.0">
          <configuration>
            <enabled>true</enabled>
            <hashAlgorithm>SHA-256</hashAlgorithm>
            <attachedOutputs><dirNames>%s</dirNames></attachedOutputs>
          </configuration>
          <input>
            <global>
              <glob>{*.java,*.xml,*.properties,*.yaml,*.yml,*.json}</glob>
              <includes><include>src/main/specs/</include></includes>
            </global>
          </input>
        </cache>
        """.formatted(dirNames);
  }
}
