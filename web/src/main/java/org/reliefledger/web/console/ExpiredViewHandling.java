package org.reliefledger.web.console;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.reliefledger.cases.vault.control.VaultSealedException;

/**
 * A form posted with a view state this server does not hold (the session timed out, the server
 * restarted, or the state came from another session or was made up) leads to the expired page, not
 * a 500: the container's error page for Faces' {@link ViewExpiredException} is never reached,
 * because the exception arrives wrapped and the catch-all error page matches the wrapper first.
 * Registered in faces-config.xml.
 */
public class ExpiredViewHandling extends ExceptionHandlerFactory {

  static final String EXPIRED_PAGE = "/expired.xhtml";
  static final String VAULT_PAGE = "/vault.xhtml";

  public ExpiredViewHandling(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  private static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
      var unhandled = getUnhandledExceptionQueuedEvents().iterator();
      while (unhandled.hasNext()) {
        ExceptionQueuedEvent event = unhandled.next();
        Throwable exception = event.getContext().getException();
        if (isCausedBy(exception, ViewExpiredException.class)) {
          unhandled.remove();
          toPage(event.getContext().getContext(), EXPIRED_PAGE);
        } else if (isCausedBy(exception, VaultSealedException.class)) {
          // personal details asked for while sealed: the vault screen says so plainly
          unhandled.remove();
          toPage(event.getContext().getContext(), VAULT_PAGE);
        }
      }
      getWrapped().handle();
    }

    private static boolean isCausedBy(Throwable exception, Class<? extends Throwable> type) {
      for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (type.isInstance(t)) {
          return true;
        }
      }
      return false;
    }

    private static void toPage(FacesContext faces, String page) {
      if (faces.getResponseComplete()) {
        return;
      }
      var external = faces.getExternalContext();
      try {
        external.redirect(external.getRequestContextPath() + page);
      } catch (IOException clientGone) {
        throw new UncheckedIOException(clientGone);
      }
      faces.responseComplete();
    }
  }
}
