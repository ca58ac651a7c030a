package org.reliefledger.web.console;

import jakarta.faces.context.FacesContext;

/**
 * The key of the thing a page shows (a request id, a case code, a kind of gift), read from the
 * query string when the page is opened and from a hidden field of the same name when one of its
 * forms is sent. Beans read it when they are made, so that what a page renders while Faces decodes
 * a form is already the right thing (view parameters would arrive only later in the lifecycle).
 */
final class PageKey {

  private PageKey() {}

  static String text(FacesContext faces, String name) {
    return faces.getExternalContext().getRequestParameterMap().get(name);
  }

  /** The parameter as a positive id, or 0 when it is missing or malformed. */
  static long id(FacesContext faces, String name) {
    String value = text(faces, name);
    if (value == null || !value.matches("[0-9]{1,18}")) {
      return 0;
    }
    return Long.parseLong(value);
  }
}
