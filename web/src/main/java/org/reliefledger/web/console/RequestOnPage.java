package org.reliefledger.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Optional;
import org.reliefledger.disbursement.boundary.Disbursements;
import org.reliefledger.disbursement.boundary.RequestView;

/**
 * The disbursement request a page is about: its id read from the page key ({@code id}) when the
 * page's bean is made, and the request loaded at most once per HTTP request.
 */
@Dependent
class RequestOnPage {

  @Inject Disbursements disbursements;

  @Inject FacesContext faces;

  private long id;
  private Optional<RequestView> request;

  @PostConstruct
  void readPageKey() {
    id = PageKey.id(faces, "id");
  }

  long id() {
    return id;
  }

  /** The request, or null when there is none with the page's id. */
  RequestView view() {
    if (request == null) {
      request = disbursements.find(id);
    }
    return request.orElse(null);
  }
}
