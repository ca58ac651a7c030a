package org.reliefledger.web.api;

import jakarta.json.Json;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Reads every JSON request body token by token before JSON-B binds it, and refuses a malformed one
 * as {@code malformed_json} (400). JSON-B skips the value of a property it does not know with the
 * parser's {@code skipArray}/{@code skipObject}, and Parsson's skip never returns on a malformed
 * value such as {@code {"x":[}}: without this check one such request keeps a request thread busy
 * for ever (found by ApiRobustnessIT's fuzzing). A plain token-by-token read throws on the same
 * input.
 *
 * <p>It also refuses text containing the NUL character: no person types it, and PostgreSQL cannot
 * store it in a text column, so letting it through turned a bad request into a 500 there (also
 * found by the fuzzing). Likewise a lone surrogate (half of a UTF-16 pair, such as U+D800): it is
 * not a character, and the vault refuses to seal text it cannot encode faithfully, so it would fail
 * the opening of a case or a request with a 500.
 */
@Provider
public class WellFormedJson implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type == null || !MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    if (body.length > 0) {
      Charset charset = charset(type);
      try (JsonParser parser =
          Json.createParser(new InputStreamReader(new ByteArrayInputStream(body), charset))) {
        while (parser.hasNext()) {
          JsonParser.Event event = parser.next();
          if ((event == JsonParser.Event.VALUE_STRING || event == JsonParser.Event.KEY_NAME)
              && !storable(parser.getString())) {
            throw new IllegalArgumentException("NUL or lone surrogate in text");
          }
        }
      } catch (RuntimeException malformed) {
        throw new JsonbException("malformed JSON body");
      }
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  /** Text without NUL and with every surrogate in a pair. */
  static boolean storable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        return false;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static Charset charset(MediaType type) {
    String name = type.getParameters().get(MediaType.CHARSET_PARAMETER);
    try {
      return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    } catch (IllegalArgumentException unknown) {
      return StandardCharsets.UTF_8;
    }
  }
}
