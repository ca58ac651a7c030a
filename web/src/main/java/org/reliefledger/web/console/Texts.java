package org.reliefledger.web.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Sentences from the screens' resource bundle, in the language of the current view. */
final class Texts {

  private Texts() {}

  static String text(FacesContext faces, String key, Object... arguments) {
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    String pattern = bundle.getString(key);
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
  }

  /** An error shown next to the field with client id {@code clientId}, or on top when null. */
  static void error(FacesContext faces, String clientId, String key, Object... arguments) {
    String sentence = text(faces, key, arguments);
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, sentence, sentence));
    faces.validationFailed();
  }

  /** A confirmation that survives the redirect after a successful form. */
  static void done(FacesContext faces, String key, Object... arguments) {
    String sentence = text(faces, key, arguments);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, sentence, sentence));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
