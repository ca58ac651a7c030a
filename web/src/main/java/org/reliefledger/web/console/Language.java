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

  /**
   * Switches the language and shows the page the person was on again, with its query string (the
   * form sends it as {@code back}; only a path on this site is followed).
   */
  public void use(String wanted) throws java.io.IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (SUPPORTED.contains(wanted)) {
      tag = wanted;
      faces.getViewRoot().setLocale(getLocale());
    }
    String back = PageKey.text(faces, "back");
    if (isLocalPath(back)) {
      faces.getExternalContext().redirect(back);
      faces.responseComplete();
    }
  }

  static boolean isLocalPath(String path) {
    return path != null
        && path.startsWith("/")
        && !path.startsWith("//")
        && !path.contains("\\")
        && path.chars().noneMatch(Character::isISOControl);
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
