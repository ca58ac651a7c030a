package org.reliefledger.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every visible sentence exists in English and Spanish, and every page asks for known keys. */
class BundlesTest {

  private static final Pattern KEY_IN_PAGE = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
  private static final Pattern KEY_PARAM =
      Pattern.compile("name=\"title\" value=\"([A-Za-z0-9_.]+)\"");
  private static final Pattern KEY_IN_JAVA =
      Pattern.compile(
          "(?:text|error|done)\\(\\s*faces,\\s*(?:[^,]+,\\s*)?\"([a-z][A-Za-z0-9_]*\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

  @Test
  void englishAndSpanishHaveTheSameKeys() throws IOException {
    assertThat(bundle("es").stringPropertyNames()).isEqualTo(bundle("en").stringPropertyNames());
  }

  @Test
  void noSentenceIsEmpty() throws IOException {
    for (String language : Set.of("en", "es")) {
      Properties bundle = bundle(language);
      assertThat(bundle.stringPropertyNames())
          .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }
  }

  @Test
  void everyKeyThePagesAndBeansUseExists() throws IOException {
    Set<String> known = bundle("en").stringPropertyNames();
    Set<String> used = new TreeSet<>();
    used.addAll(keys(Path.of("src/main/webapp"), ".xhtml", KEY_IN_PAGE));
    used.addAll(keys(Path.of("src/main/webapp"), ".xhtml", KEY_PARAM));
    used.addAll(keys(Path.of("src/main/java/org/reliefledger/web/console"), ".java", KEY_IN_JAVA));
    assertThat(used).isNotEmpty();
    assertThat(known).containsAll(used);
  }

  /** Keys built from enum names, e.g. {@code "role." + role.name()}. */
  @Test
  void everyEnumValueShownOnAPageHasItsName() throws IOException {
    Set<String> known = bundle("en").stringPropertyNames();
    for (var role : org.reliefledger.identity.entity.Role.values()) {
      assertThat(known).contains("role." + role.name());
    }
  }

  private static Set<String> keys(Path root, String suffix, Pattern pattern) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(file -> file.toString().endsWith(suffix))
          .flatMap(
              file -> {
                try {
                  return pattern.matcher(Files.readString(file)).results().map(m -> m.group(1));
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .collect(Collectors.toSet());
    }
  }

  private static Properties bundle(String language) throws IOException {
    var properties = new Properties();
    try (InputStream in =
        BundlesTest.class.getResourceAsStream(
            "/org/reliefledger/web/console/messages_" + language + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
