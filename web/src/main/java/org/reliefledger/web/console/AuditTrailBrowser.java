package org.reliefledger.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.reliefledger.audit.boundary.Audit;
import org.reliefledger.audit.boundary.AuditPage;
import org.reliefledger.audit.boundary.AuditSelection;

/**
 * The auditor's view of the audit trail: the events of a range of UTC days, optionally of one type
 * and/or by one person, newest first, a page at a time.
 */
@Named
@RequestScoped
public class AuditTrailBrowser extends PagedDays {

  static final int PAGE_SIZE = 50;

  @Inject Audit audit;

  private String type;
  private String actor;
  private AuditPage events;

  public AuditPage getEvents() {
    if (events == null) {
      events =
          audit.events(new AuditSelection(getFrom(), getTo(), type, actor), PAGE_SIZE, offset());
    }
    return events;
  }

  @Override
  protected int pageSize() {
    return PAGE_SIZE;
  }

  @Override
  protected long total() {
    return getEvents().total();
  }

  /** The types to choose from: those that occur in the trail. */
  public List<String> getTypes() {
    return audit.types();
  }

  /** The event type to filter by; empty for any. */
  public String getType() {
    return type == null ? "" : type;
  }

  public void setType(String type) {
    this.type = type;
  }

  /** The user name to filter by; empty for anyone. */
  public String getActor() {
    return actor == null ? "" : actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  /** The query string of this selection without the page, for the links to other pages. */
  public String getSelection() {
    return range()
        + "&type="
        + URLEncoder.encode(getType(), StandardCharsets.UTF_8)
        + "&actor="
        + URLEncoder.encode(getActor(), StandardCharsets.UTF_8);
  }
}
