package org.reliefledger.web.console;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language of the screens for this browser session: the browser's preference among the
 * supported languages until the person picks one.
 */
@Named
@SessionScoped
public class Language implements Serializable {

  private static final long serialVersionUID = 1L;

  static final List<String> SUPPORTED = List.of("en", "es");

  private String tag;

  public Locale getLocale() {
    return Locale.forLanguageTag(getTag());
  }

  public String getTag() {
    if (tag == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      tag = supportedOrDefault(faces.getExternalContext().getRequestLocales());
    }
    return tag;
  }

  public List<String> getSupported() {
    return SUPPORTED;
  }

  /** Switches the language and shows the same page again in it. */
  public String use(String wanted) {
    if (SUPPORTED.contains(wanted)) {
      tag = wanted;
      FacesContext.getCurrentInstance().getViewRoot().setLocale(getLocale());
    }
    return null;
  }

  static String supportedOrDefault(java.util.Iterator<Locale> preferred) {
    while (preferred.hasNext()) {
      String language = preferred.next().getLanguage();
      if (SUPPORTED.contains(language)) {
        return language;
      }
    }
    return SUPPORTED.get(0);
  }
}
